package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks Amazon requires of a skill hosted as a web service, in order of cost, so cheap refusals never reach
 * the network: both headers present; a certificate URL {@link CertificateUrl} accepts; a fresh timestamp
 * ({@link RequestTimestamp}: 150 s, an hour for skill events); a chain from {@link CertificateChains} that
 * {@link ChainValidator} passed (dates, echo-api.amazon.com, a trusted root); and {@code Signature-256} over the
 * exact body ({@link RequestSignature}). We verify ourselves rather than with the ASK SDK's servlet support: see
 * docs/RELIABILITY.md, "Request verification".
 */
final class AlexaRequestVerifier {

    static final String CERT_URL_HEADER = "SignatureCertChainUrl";
    static final String SIGNATURE_HEADER = "Signature-256";

    private final CertificateChains chains;
    private final Clock clock;

    /**
     * @param certificates fetches the chain at a URL {@link CertificateUrl} accepted; runs on the chain cache's own
     *                     threads, never on a request thread
     */
    AlexaRequestVerifier(Function<URI, List<X509Certificate>> certificates, Set<TrustAnchor> trusted, Clock clock) {
        this.chains = new CertificateChains(certificates, new ChainValidator(trusted, clock), clock);
        this.clock = clock;
    }

    /** Fetches chains from Amazon over HTTPS and trusts the JDK's root certificates. */
    static AlexaRequestVerifier standard(Clock clock) {
        return new AlexaRequestVerifier(new ChainDownload(), ChainValidator.jdkTrustAnchors(), clock);
    }

    /** Why the request must be refused, or empty when it passes every check. */
    Optional<String> problem(Map<String, String> headers, byte[] body, JsonNode request) {
        String certUrl = headers.get(CERT_URL_HEADER.toLowerCase(Locale.ROOT));
        String signature = headers.get(SIGNATURE_HEADER.toLowerCase(Locale.ROOT));
        if (certUrl == null || signature == null) {
            return Optional.of("the request is not signed: " + CERT_URL_HEADER + " and " + SIGNATURE_HEADER + " are required");
        }
        Optional<URI> url = CertificateUrl.normalized(certUrl);
        if (url.isEmpty()) {
            return Optional.of("the signature certificate URL is not Amazon's: " + CertificateUrl.quoted(certUrl));
        }
        Optional<String> stale = RequestTimestamp.problem(request, clock.instant());
        if (stale.isPresent()) {
            return stale;
        }
        CertificateChains.Lookup chain = chains.chain(url.get());
        if (chain.problem() != null) {
            return Optional.of(chain.problem());
        }
        return RequestSignature.problem(chain.chain().get(0), signature, body);
    }

    /** The canonical form of an acceptable certificate URL, or empty: see {@link CertificateUrl}. */
    static Optional<URI> certificateUrl(String value) {
        return CertificateUrl.normalized(value);
    }

    /** For tests: chains cached now (at most {@value CertificateChains#MAX_CHAINS}). */
    int cachedChains() {
        return chains.cachedChains();
    }

    /** For tests: failed fetches remembered now (at most {@value CertificateChains#MAX_FAILURES}). */
    int rememberedFailures() {
        return chains.rememberedFailures();
    }
}
