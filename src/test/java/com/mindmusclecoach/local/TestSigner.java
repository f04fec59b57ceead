package com.mindmusclecoach.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Signs requests the way Alexa does ({@code Signature-256}: SHA256withRSA, base64), with a certificate for
 * echo-api.amazon.com made on the spot by the JDK's keytool, so signature checks can be tested without the
 * network. The verifier under test trusts only it; two signers are two different keys, so another one plays an
 * impostor with a certificate of the right name. Public for the reliability tests.
 */
public final class TestSigner {

    public static final String CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem";

    private final X509Certificate certificate;
    private final PrivateKey key;

    private TestSigner(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    static TestSigner create(Path dir) throws Exception {
        return create(dir, "alexa-test");
    }

    /** A signer with a new key, kept in {@code dir} under {@code name}. */
    public static TestSigner create(Path dir, String name) throws Exception {
        return create(dir, name, "echo-api.amazon.com");
    }

    /** A signer whose certificate names {@code dnsName} instead of echo-api.amazon.com: the wrong subject. */
    static TestSigner create(Path dir, String name, String dnsName) throws Exception {
        Path store = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "alexa", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=" + dnsName, "-ext", "SAN=dns:" + dnsName,
                "-startdate", "-30d", "-validity", "3650",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        return new TestSigner((X509Certificate) keys.getCertificate("alexa"),
                (PrivateKey) keys.getKey("alexa", "changeit".toCharArray()));
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String sign(byte[] body) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(body);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    AlexaRequestVerifier verifier(java.time.Clock clock) {
        return verifier(url -> List.of(certificate), clock);
    }

    /** A verifier that trusts only this signer's certificate and gets chains from {@code fetcher}. */
    AlexaRequestVerifier verifier(java.util.function.Function<java.net.URI, List<X509Certificate>> fetcher, java.time.Clock clock) {
        return new AlexaRequestVerifier(fetcher, Set.of(new TrustAnchor(certificate, null)), clock);
    }
}
