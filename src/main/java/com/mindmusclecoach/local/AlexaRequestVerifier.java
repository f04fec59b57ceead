package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The checks Amazon requires of a skill hosted as a web service: the request was signed by Alexa (certificate
 * chain URL, chain, subject name and the {@code Signature-256} header over the exact body) and is fresh
 * (timestamp within {@value #TOLERANCE_SECONDS} seconds).
 */
final class AlexaRequestVerifier {

    static final long TOLERANCE_SECONDS = 150;
    static final String CERT_URL_HEADER = "SignatureCertChainUrl";
    static final String SIGNATURE_HEADER = "Signature-256";
    private static final String ALEXA_SUBJECT = "echo-api.amazon.com";

    private final Function<URI, List<X509Certificate>> certificates;
    private final Set<TrustAnchor> trusted;
    private final Clock clock;
    private final Map<URI, List<X509Certificate>> cache = new ConcurrentHashMap<>();

    AlexaRequestVerifier(Function<URI, List<X509Certificate>> certificates, Set<TrustAnchor> trusted, Clock clock) {
        this.certificates = certificates;
        this.trusted = Set.copyOf(trusted);
        this.clock = clock;
    }

    /** Fetches chains from Amazon over HTTPS and trusts the JDK's root certificates. */
    static AlexaRequestVerifier standard(Clock clock) {
        return new AlexaRequestVerifier(AlexaRequestVerifier::download, jdkTrustAnchors(), clock);
    }

    /** Why the request must be refused, or empty when it passes every check. */
    Optional<String> problem(Map<String, String> headers, byte[] body, JsonNode request) {
        String certUrl = headers.get(CERT_URL_HEADER.toLowerCase(Locale.ROOT));
        String signature = headers.get(SIGNATURE_HEADER.toLowerCase(Locale.ROOT));
        if (certUrl == null || signature == null) {
            return Optional.of("the request is not signed: " + CERT_URL_HEADER + " and " + SIGNATURE_HEADER + " are required");
        }
        Optional<URI> url = certificateUrl(certUrl);
        if (url.isEmpty()) {
            return Optional.of("the signature certificate URL is not Amazon's: " + certUrl);
        }
        try {
            List<X509Certificate> chain = cache.computeIfAbsent(url.get(), certificates);
            X509Certificate signer = chain.get(0);
            signer.checkValidity(Date.from(clock.instant()));
            if (!names(signer).contains(ALEXA_SUBJECT)) {
                return Optional.of("the signing certificate is not issued to " + ALEXA_SUBJECT);
            }
            validateChain(chain);
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(signer.getPublicKey());
            verifier.update(body);
            if (!verifier.verify(Base64.getDecoder().decode(signature.strip()))) {
                return Optional.of("the signature does not match the body");
            }
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
            cache.remove(url.get());
            return Optional.of("the signature cannot be verified: " + e.getMessage());
        }
        return stale(request);
    }

    /** A request older or newer than the tolerance is a replay, whoever signed it. */
    Optional<String> stale(JsonNode request) {
        String timestamp = request.path("request").path("timestamp").asText("");
        try {
            long age = Math.abs(Duration.between(Instant.parse(timestamp), clock.instant()).toSeconds());
            return age > TOLERANCE_SECONDS
                    ? Optional.of("the request timestamp is " + age + " s away from now; at most " + TOLERANCE_SECONDS + " s is allowed")
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("the request has no valid timestamp");
        }
    }

    /** https, host s3.amazonaws.com, port 443 if given, a normalized path under /echo.api/. */
    static Optional<URI> certificateUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            URI normalized = uri.normalize();
            boolean amazon = "https".equalsIgnoreCase(uri.getScheme())
                    && "s3.amazonaws.com".equalsIgnoreCase(uri.getHost())
                    && (uri.getPort() == -1 || uri.getPort() == 443)
                    && normalized.getPath() != null && normalized.getPath().startsWith("/echo.api/");
            return amazon ? Optional.of(normalized) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private void validateChain(List<X509Certificate> chain) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(trusted);
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(clock.instant()));
        List<X509Certificate> path = new ArrayList<>(chain);
        path.removeIf(c -> trusted.stream().anyMatch(a -> c.equals(a.getTrustedCert())) && path.size() > 1);
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), parameters);
    }

    private static Set<String> names(X509Certificate certificate) throws GeneralSecurityException {
        Set<String> names = new HashSet<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            alternatives.forEach(entry -> names.add(String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    private static List<X509Certificate> download(URI url) {
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("certificate chain download answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("certificate chain cannot be downloaded: " + e.getMessage(), e);
        } catch (InterruptedException e) {
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

    private static Set<TrustAnchor> jdkTrustAnchors() {
        try {
            javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory
                    .getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            Set<TrustAnchor> anchors = new HashSet<>();
            for (var manager : factory.getTrustManagers()) {
                if (manager instanceof javax.net.ssl.X509TrustManager x509) {
                    for (X509Certificate root : x509.getAcceptedIssuers()) {
                        anchors.add(new TrustAnchor(root, null));
                    }
                }
            }
            return anchors;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's trusted certificates cannot be read", e);
        }
    }
}
