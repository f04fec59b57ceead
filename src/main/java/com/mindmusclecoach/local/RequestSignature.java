package com.mindmusclecoach.local;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code Signature-256} header: base64 of a SHA256withRSA signature over the exact bytes of the body, by the
 * key of the chain's first certificate. A failure here is the request's fault, not the chain's: it never touches
 * the cache (the old verifier dropped the cached chain on any error, so one junk header cost the next request a
 * fetch).
 */
final class RequestSignature {

    private RequestSignature() {
    }

    static Optional<String> problem(X509Certificate signer, String header, byte[] body) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("the signature is not base64");
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(signer.getPublicKey());
            verifier.update(body);
            return verifier.verify(signature) ? Optional.empty() : Optional.of("the signature does not match the body");
        } catch (SignatureException e) {
            // A signature of the wrong length or shape: as wrong as one that does not match.
            return Optional.of("the signature does not match the body");
        } catch (GeneralSecurityException e) {
            return Optional.of("the signature cannot be verified: " + e.getMessage());
        }
    }
}
