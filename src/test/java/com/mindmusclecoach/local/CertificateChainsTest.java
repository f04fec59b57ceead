package com.mindmusclecoach.local;

import com.mindmusclecoach.skill.MutableClock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain cache and fetcher on their own, with a fake certificate host and a clock moved by hand. */
class CertificateChainsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final URI URL = URI.create("https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem");
    private static TestSigner alexa;
    private static TestSigner wrongName;

    private final MutableClock clock = new MutableClock(NOW);

    @BeforeAll
    static void certificates(@TempDir Path dir) throws Exception {
        alexa = TestSigner.create(dir, "alexa");
        wrongName = TestSigner.create(dir, "wrong-name", "example.com");
    }

    /** Time limits far beyond what a fetch from the fake host takes on a busy machine: these tests are not about them. */
    private CertificateChains chains(FakeCertificateHost host) {
        return new CertificateChains(host, new ChainValidator(
                Set.of(new TrustAnchor(alexa.certificate(), null), new TrustAnchor(wrongName.certificate(), null)), clock), clock,
                Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void failedFetch_shouldBeRememberedFor60Seconds_thenTriedAgain() {
        FakeCertificateHost host = new FakeCertificateHost(url -> {
            throw new IllegalStateException("certificate chain download answered 404");
        });
        CertificateChains chains = chains(host);

        for (int i = 0; i < 50; i++) {
            assertThat(chains.chain(URL).problem()).isEqualTo("certificate chain download answered 404");
        }
        assertThat(host.fetches()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        chains.chain(URL);
        assertThat(host.fetches()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        chains.chain(URL);
        assertThat(host.fetches()).isEqualTo(2);
    }

    @Test
    void chainForAnotherName_shouldNotBeCached_andIsRememberedAsAFailure() {
        FakeCertificateHost host = new FakeCertificateHost(url -> List.of(wrongName.certificate()));
        CertificateChains chains = chains(host);

        assertThat(chains.chain(URL).problem()).contains("not issued to echo-api.amazon.com");
        assertThat(chains.chain(URL).problem()).contains("not issued to echo-api.amazon.com");
        assertThat(host.fetches()).isEqualTo(1);
        assertThat(chains.cachedChains()).isZero();
    }

    @Test
    void expiredChain_shouldBeDropped_andFetchedAgain() {
        FakeCertificateHost host = new FakeCertificateHost(url -> List.of(alexa.certificate()));
        CertificateChains chains = chains(host);
        assertThat(chains.chain(URL).chain()).containsExactly(alexa.certificate());
        assertThat(chains.chain(URL).chain()).containsExactly(alexa.certificate());
        assertThat(host.fetches()).isEqualTo(1);

        clock.set(alexa.certificate().getNotAfter().toInstant().plusSeconds(1));

        assertThat(chains.chain(URL).problem()).isNotNull();
        assertThat(host.fetches()).as("the expired chain is dropped and fetched again, and fails validation").isEqualTo(2);
        assertThat(chains.cachedChains()).isZero();
    }

    @Test
    void cache_shouldHoldAtMost16Chains_mostRecentlyUsedKept() {
        FakeCertificateHost host = new FakeCertificateHost(url -> List.of(alexa.certificate()));
        CertificateChains chains = chains(host);
        for (int i = 0; i < 100; i++) {
            assertThat(chains.chain(URL).chain()).isNotNull();
            assertThat(chains.chain(URI.create("https://s3.amazonaws.com/echo.api/other-" + i + ".pem")).chain()).isNotNull();
            assertThat(chains.cachedChains()).isLessThanOrEqualTo(CertificateChains.MAX_CHAINS);
        }
        assertThat(chains.cachedChains()).isEqualTo(CertificateChains.MAX_CHAINS);
        assertThat(host.fetches(URL.toString())).as("the chain in use stays cached").isEqualTo(1);
        assertThat(host.fetches()).isEqualTo(101);
    }

    @Test
    void concurrentRequestsForOneUrl_shouldShareOneFetch_andAnotherUrlBeyondTheLimitIsRefusedWithoutAFetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeCertificateHost host = new FakeCertificateHost(url -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
            return List.of(alexa.certificate());
        });
        // Time limits far beyond how long the test holds the fetches, however busy the machine.
        CertificateChains chains = new CertificateChains(host, new ChainValidator(
                Set.of(new TrustAnchor(alexa.certificate(), null)), clock), clock, Duration.ofSeconds(30), Duration.ofSeconds(30));
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<CertificateChains.Lookup>> sameUrl = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sameUrl.add(requests.submit(() -> chains.chain(URL)));
            }
            for (int i = 1; i < CertificateChains.MAX_FETCHES_AT_ONCE; i++) {
                URI other = URI.create("https://s3.amazonaws.com/echo.api/other-" + i + ".pem");
                requests.submit(() -> chains.chain(other));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (host.fetches() < CertificateChains.MAX_FETCHES_AT_ONCE && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(host.fetches()).isEqualTo(CertificateChains.MAX_FETCHES_AT_ONCE);

            assertThat(chains.chain(URI.create("https://s3.amazonaws.com/echo.api/one-too-many.pem")).problem())
                    .startsWith("too many certificate chains");
            release.countDown();

            for (Future<CertificateChains.Lookup> lookup : sameUrl) {
                assertThat(lookup.get(10, TimeUnit.SECONDS).chain()).containsExactly(alexa.certificate());
            }
            assertThat(host.fetches(URL.toString())).isEqualTo(1);
            assertThat(host.fetches("https://s3.amazonaws.com/echo.api/one-too-many.pem")).isZero();
        } finally {
            release.countDown();
            requests.shutdownNow();
        }
    }
}
