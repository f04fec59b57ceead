package com.mindmusclecoach.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Downloads a PEM certificate chain over HTTPS. Runs on {@link CertificateChains}' fetch threads, never on a
 * request thread. The whole download (connect, headers, body) is held to {@link CertificateChains#FETCH_TIMEOUT}
 * here as well as by the caller's alarm, redirects are not followed (the URL was checked, a redirect target was
 * not) and the body is capped: a chain is a few kilobytes.
 */
final class ChainDownload implements Function<URI, List<X509Certificate>> {

    static final int MAX_BYTES = 64 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CertificateChains.FETCH_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public List<X509Certificate> apply(URI url) {
        long deadline = System.nanoTime() + CertificateChains.FETCH_TIMEOUT.toNanos();
        CompletableFuture<HttpResponse<InputStream>> sent = client.sendAsync(
                HttpRequest.newBuilder(url).timeout(CertificateChains.FETCH_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = sent.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("certificate chain download answered " + response.statusCode());
                }
                byte[] pem = body.readNBytes(MAX_BYTES + 1);
                if (pem.length > MAX_BYTES) {
                    throw new IllegalStateException("the certificate chain is larger than " + MAX_BYTES + " bytes");
                }
                return parse(pem);
            }
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new IllegalStateException("certificate chain download took longer than "
                    + CertificateChains.FETCH_TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException | IOException e) {
            throw new IllegalStateException("certificate chain cannot be downloaded: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while downloading the certificate chain", e);
        }
    }

    static List<X509Certificate> parse(byte[] pem) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))
                    .forEach(c -> chain.add((X509Certificate) c));
            if (chain.isEmpty()) {
                throw new IllegalStateException("the certificate chain is empty");
            }
            return chain;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the certificate chain cannot be read: " + e.getMessage(), e);
        }
    }
}
