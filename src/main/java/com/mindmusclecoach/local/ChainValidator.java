package com.mindmusclecoach.local;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a fetched certificate chain may sign Alexa requests: every certificate is within its dates, the first one
 * (the signer) names echo-api.amazon.com among its subject alternative names, and the chain leads to a trusted root.
 * The full check runs once, when a chain is fetched; a cached chain is then only re-checked for its dates, which
 * is what can change while it sits in the cache.
 */
final class ChainValidator {

    static final String ALEXA_SUBJECT = "echo-api.amazon.com";

    private final Set<TrustAnchor> trusted;
    private final Clock clock;

    ChainValidator(Set<TrustAnchor> trusted, Clock clock) {
        this.trusted = Set.copyOf(trusted);
        this.clock = clock;
    }

    /** Throws with the reason when {@code chain} must not be used. */
    void check(List<X509Certificate> chain) throws GeneralSecurityException {
        if (chain == null || chain.isEmpty()) {
            throw new CertificateException("the certificate chain is empty");
        }
        checkDates(chain);
        if (!names(chain.get(0)).contains(ALEXA_SUBJECT)) {
            throw new CertificateException("the signing certificate is not issued to " + ALEXA_SUBJECT);
        }
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(trusted);
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(clock.instant()));
        // A chain that ends with its root: the root is the anchor, not part of the path. Only the last certificate
        // can be the root, and the signer always stays: an empty path would validate against any anchor.
        List<X509Certificate> path = new ArrayList<>(chain);
        X509Certificate last = path.get(path.size() - 1);
        if (path.size() > 1 && trusted.stream().anyMatch(a -> last.equals(a.getTrustedCert()))) {
            path.remove(path.size() - 1);
        }
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), parameters);
    }

    /** False once any certificate of a chain that passed {@link #check} has expired (or is not valid yet). */
    boolean stillValid(List<X509Certificate> chain) {
        try {
            checkDates(chain);
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private void checkDates(List<X509Certificate> chain) throws CertificateException {
        Date now = Date.from(clock.instant());
        for (X509Certificate certificate : chain) {
            certificate.checkValidity(now);
        }
    }

    private static Set<String> names(X509Certificate certificate) throws GeneralSecurityException {
        Set<String> names = new HashSet<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            alternatives.forEach(entry -> names.add(String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    /** The roots the JDK trusts for TLS, which include the ones Amazon's chains lead to. */
    static Set<TrustAnchor> jdkTrustAnchors() {
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
