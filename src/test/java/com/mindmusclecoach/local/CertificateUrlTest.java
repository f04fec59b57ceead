package com.mindmusclecoach.local;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate URL rule on its own: what passes, the one spelling it is cached under, and what never does. */
class CertificateUrlTest {

    static final List<String> TRICKY = List.of(
            "https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem",
            "https://s3.amazonaws.com/echo.api/%2E%2E/evil/cert.pem",
            "https://s3.amazonaws.com/echo.api/.%2e/evil/cert.pem",
            "https://s3.amazonaws.com/echo.api/%2e./evil/cert.pem",
            "https://s3.amazonaws.com/echo.api/..%2fevil%2fcert.pem",
            "https://s3.amazonaws.com/echo.api%2F..%2Fevil/cert.pem",
            "https://s3.amazonaws.com/echo.api/%252e%252e/evil/cert.pem",
            "https://s3.amazonaws.com/echo.api/%65cho-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/cert.pem?n=1",
            "https://s3.amazonaws.com/echo.api/cert.pem?",
            "https://s3.amazonaws.com/echo.api/cert.pem#top",
            "https://s3.amazonaws.com/echo.api/cert.pem#",
            "https://user@s3.amazonaws.com/echo.api/cert.pem",
            "https://@s3.amazonaws.com/echo.api/cert.pem",
            "https://s3.amazonaws.com@evil.example/echo.api/cert.pem",
            "https://s3.amazonaws.com.evil.example/echo.api/cert.pem",
            "https://s3.amazonaws.com./echo.api/cert.pem",
            "https://evil.example/echo.api/cert.pem",
            "https://s3.amazonaws.com:8443/echo.api/cert.pem",
            "https://s3.amazonaws.com:/echo.api/cert.pem/../../x",
            "http://s3.amazonaws.com/echo.api/cert.pem",
            "ftp://s3.amazonaws.com/echo.api/cert.pem",
            "//s3.amazonaws.com/echo.api/cert.pem",
            "https:///echo.api/cert.pem",
            "https://s3.amazonaws.com/echo.api/../evil/cert.pem",
            "https://s3.amazonaws.com/echo.api/../../echo.api/../x.pem",
            "https://s3.amazonaws.com/echo.api/",
            "https://s3.amazonaws.com/echo.api/..",
            "https://s3.amazonaws.com/echo.api",
            "https://s3.amazonaws.com//echo.api/cert.pem",
            "https://s3.amazonaws.com/echo.api//cert.pem",
            "https://s3.amazonaws.com/ECHO.API/cert.pem",
            "https://s3.amazonaws.com/EcHo.aPi/cert.pem",
            "https://s3.amazonaws.com/echo.api\\..\\evil\\cert.pem",
            "https://s3.amazonaws.com/echo.api/ cert.pem",
            "https://s3.amazonaws.com/echo.api/cert;.pem",
            "https://s3.amazonaws.com/echo.api/" + "a".repeat(CertificateUrl.MAX_LENGTH) + ".pem",
            "");

    @Test
    void amazonsUrls_shouldPass_inOneCanonicalSpelling() {
        URI canonical = URI.create("https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem");
        for (String url : List.of("https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem",
                "HTTPS://S3.AMAZONAWS.COM:443/echo.api/echo-api-cert-12.pem",
                "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-12.pem",
                "https://s3.amazonaws.com/echo.api/./echo-api-cert-12.pem",
                "  https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem ")) {
            assertThat(CertificateUrl.normalized(url)).as(url).hasValue(canonical);
        }
    }

    @Test
    void trickyUrls_shouldBeRefused() {
        for (String url : TRICKY) {
            assertThat(CertificateUrl.normalized(url)).as(url).isEmpty();
        }
        assertThat(CertificateUrl.normalized("https://s3.amazonaws.com/echo.api/ünïcode.pem")).isEmpty();
        assertThat(CertificateUrl.normalized(null)).isEmpty();
    }
}
