package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.skill.MutableClock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request verification over loopback HTTP, as {@code serve} runs it (8 threads), against issue 12's probe:
 * cache-busting URLs, a slow certificate host, encoded dot segments, late skill events, junk signatures.
 * The certificate host is {@link FakeCertificateHost}, which counts every fetch.
 */
class RequestVerificationHttpTest {

    private static final Instant REQUEST_TIME = Instant.parse("2026-11-25T10:00:00Z");
    private static final int THREADS = 8;
    private static TestSigner signer;
    private static byte[] launch;
    private static String launchSignature;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MutableClock clock = new MutableClock(REQUEST_TIME);
    private SkillHttpServer server;
    private AlexaRequestVerifier verifier;
    private URI uri;

    @BeforeAll
    static void certificate(@TempDir Path dir) throws Exception {
        signer = TestSigner.create(dir);
        launch = Requests.fixtureBytes("launch");
        launchSignature = signer.sign(launch);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private FakeCertificateHost start(Function<URI, List<X509Certificate>> answer) throws Exception {
        FakeCertificateHost host = new FakeCertificateHost(answer);
        verifier = signer.verifier(host, clock);
        JsonSkill skill = new JsonSkill(CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null));
        server = new SkillHttpServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), skill, verifier, null, THREADS);
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.port() + "/");
        return host;
    }

    private List<X509Certificate> genuine() {
        return List.of(signer.certificate());
    }

    private HttpRequest request(byte[] body, String certUrl, String signature) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("SignatureCertChainUrl", certUrl).header("Signature-256", signature).build();
    }

    private HttpResponse<String> post(byte[] body, String certUrl, String signature) throws Exception {
        return http.send(request(body, certUrl, signature), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLaunch(String certUrl) throws Exception {
        return post(launch, certUrl, launchSignature);
    }

    private static String error(HttpResponse<String> response) throws Exception {
        return JsonSkill.JSON.readTree(response.body()).path("error").asText();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void floodOfCacheBustingUrls_shouldKeepTheCacheWithin16_andNeverRefetchARememberedFailure() throws Exception {
        int requests = 3_000;
        // Every other file "exists" and holds the genuine chain (the worst case: each is worth caching); the rest
        // answer 404, as S3 would for a made-up name.
        FakeCertificateHost host = start(url -> {
            if (url.getPath().endsWith("-even.pem") || url.toString().equals(TestSigner.CERT_URL)) {
                return genuine();
            }
            throw new IllegalStateException("certificate chain download answered 404");
        });
        long heapBefore = usedHeapAfterGc();
        long started = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < requests; i++) {
            String url = "https://s3.amazonaws.com/echo.api/flood-" + i + (i % 2 == 0 ? "-even.pem" : "-odd.pem");
            HttpResponse<String> response = postLaunch(url);
            accepted += response.statusCode() == 200 ? 1 : 0;
            assertThat(verifier.cachedChains()).isLessThanOrEqualTo(CertificateChains.MAX_CHAINS);
            assertThat(verifier.rememberedFailures()).isLessThanOrEqualTo(CertificateChains.MAX_FAILURES);
        }
        long floodMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long heapAfter = usedHeapAfterGc();

        assertThat(accepted).isEqualTo(requests / 2);
        assertThat(host.fetches()).isEqualTo(requests);
        assertThat(host.mostFetchesOfOneUrl()).isEqualTo(1);
        assertThat(verifier.cachedChains()).isEqualTo(CertificateChains.MAX_CHAINS);
        assertThat(verifier.rememberedFailures()).isEqualTo(CertificateChains.MAX_FAILURES);

        // The most recent failures, asked for again and again within the minute: no fetch at all.
        for (int round = 0; round < 3; round++) {
            for (int i = requests - 1; i >= requests - 2 * 100; i -= 2) {
                HttpResponse<String> again = postLaunch("https://s3.amazonaws.com/echo.api/flood-" + i + "-odd.pem");
                assertThat(again.statusCode()).isEqualTo(400);
                assertThat(error(again)).isEqualTo("certificate chain download answered 404");
            }
        }
        // One bad URL named by 500 requests: one fetch.
        for (int i = 0; i < 500; i++) {
            assertThat(postLaunch("https://s3.amazonaws.com/echo.api/missing.pem").statusCode()).isEqualTo(400);
        }
        assertThat(host.fetches("https://s3.amazonaws.com/echo.api/missing.pem")).isEqualTo(1);
        assertThat(host.fetches()).isEqualTo(requests + 1);
        assertThat(postLaunch(TestSigner.CERT_URL).statusCode()).as("Alexa's own request after the flood").isEqualTo(200);
        assertThat(host.fetches()).isEqualTo(requests + 2);
        assertThat(verifier.cachedChains()).isEqualTo(CertificateChains.MAX_CHAINS);
        System.out.printf("flood: %,d requests with distinct certificate URLs in %,d ms: %,d fetches, %d chains cached,"
                        + " %d failures remembered; 800 more for remembered failures: 1 fetch; heap after GC %.1f -> %.1f MB%n",
                requests, floodMillis, requests, verifier.cachedChains(), verifier.rememberedFailures(),
                heapBefore / 1e6, heapAfter / 1e6);
    }

    @Test
    void slowCertificateHost_shouldCostOneFetch_andNoRequestWaitsMuchPast2Seconds() throws Exception {
        String slowUrl = "https://s3.amazonaws.com/echo.api/slow.pem";
        CountDownLatch interrupted = new CountDownLatch(1);
        FakeCertificateHost host = start(url -> {
            if (url.toString().equals(slowUrl)) {
                try {
                    Thread.sleep(12_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return genuine();
        });
        assertThat(postLaunch(TestSigner.CERT_URL).statusCode()).as("warms the cache").isEqualTo(200);

        long started = System.nanoTime();
        List<CompletableFuture<Long>> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slow.add(http.sendAsync(request(launch, slowUrl, launchSignature), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> {
                        assertThat(response.statusCode()).isEqualTo(400);
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (host.fetches(slowUrl) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        long cachedStarted = System.nanoTime();
        HttpResponse<String> cached = postLaunch(TestSigner.CERT_URL);
        long cachedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cachedStarted);
        boolean slowOnesStillWaiting = slow.stream().noneMatch(CompletableFuture::isDone);

        List<Long> slowMillis = new ArrayList<>();
        for (CompletableFuture<Long> each : slow) {
            slowMillis.add(each.get(20, TimeUnit.SECONDS));
        }
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(slowOnesStillWaiting).as("the cached request was answered while the slow fetch was under way").isTrue();
        assertThat(cachedMillis).as("the cached request did not wait for the slow fetch").isLessThan(1_000);
        assertThat(slowMillis).as("each of four requests for the slow URL, ms").allSatisfy(ms -> assertThat(ms).isLessThan(4_500));
        assertThat(host.fetches(slowUrl)).isEqualTo(1);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the slow fetch was stopped at its time limit").isTrue();

        long laterStarted = System.nanoTime();
        HttpResponse<String> later = postLaunch(slowUrl);
        assertThat(later.statusCode()).isEqualTo(400);
        assertThat(error(later)).contains("longer than 2 s");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - laterStarted)).as("a remembered failure").isLessThan(1_000);
        assertThat(host.fetches(slowUrl)).isEqualTo(1);
        System.out.printf("slow host: four concurrent requests answered after %s ms, one fetch; a cached request meanwhile %d ms%n",
                slowMillis, cachedMillis);
    }

    @Test
    void trickyCertificateUrls_shouldBeRefusedWithoutAnyFetch() throws Exception {
        FakeCertificateHost host = start(url -> genuine());

        for (String url : CertificateUrlTest.TRICKY) {
            HttpResponse<String> response = postLaunch(url);
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(error(response)).as(url).startsWith("the signature certificate URL is not Amazon's");
        }
        assertThat(host.fetches()).as("fetches for refused URLs").isZero();

        // Amazon's URL in other spellings is one cache entry and one fetch.
        for (String url : List.of(TestSigner.CERT_URL, "HTTPS://S3.AmazonAWS.com:443/echo.api/echo-api-cert-12.pem",
                "https://s3.amazonaws.com/echo.api/./../echo.api/echo-api-cert-12.pem")) {
            assertThat(postLaunch(url).statusCode()).as(url).isEqualTo(200);
        }
        assertThat(host.fetches()).isEqualTo(1);
        assertThat(host.fetches(TestSigner.CERT_URL)).isEqualTo(1);
    }

    @Test
    void lateSkillEvent_shouldBeAcceptedWithinAnHour_otherRequestsWithin150Seconds() throws Exception {
        start(url -> genuine());
        byte[] disabled = Requests.fixtureBytes("skill-disabled");
        String disabledSignature = signer.sign(disabled);
        byte[] intent = Requests.fixtureBytes("ready");
        String intentSignature = signer.sign(intent);

        clock.set(REQUEST_TIME.plus(Duration.ofMinutes(50)));
        HttpResponse<String> fiftyMinutes = post(disabled, TestSigner.CERT_URL, disabledSignature);
        clock.set(REQUEST_TIME.plus(Duration.ofHours(3)));
        HttpResponse<String> threeHours = post(disabled, TestSigner.CERT_URL, disabledSignature);
        clock.set(REQUEST_TIME.plusSeconds(200));
        HttpResponse<String> intent200 = post(intent, TestSigner.CERT_URL, intentSignature);
        clock.set(REQUEST_TIME.plusSeconds(140));
        HttpResponse<String> intent140 = post(intent, TestSigner.CERT_URL, intentSignature);

        assertThat(fiftyMinutes.statusCode()).as("SkillDisabled 50 minutes late").isEqualTo(200);
        assertThat(threeHours.statusCode()).as("SkillDisabled 3 hours late").isEqualTo(400);
        assertThat(error(threeHours)).isEqualTo("the request timestamp is 10800 s away from now; at most 3600 s is allowed");
        assertThat(intent200.statusCode()).as("IntentRequest 200 s old").isEqualTo(400);
        assertThat(error(intent200)).isEqualTo("the request timestamp is 200 s away from now; at most 150 s is allowed");
        assertThat(intent140.statusCode()).as("IntentRequest 140 s old").isEqualTo(200);
    }

    @Test
    void junkSignature_shouldNotEvictTheChain() throws Exception {
        FakeCertificateHost host = start(url -> genuine());

        assertThat(postLaunch(TestSigner.CERT_URL).statusCode()).isEqualTo(200);
        for (String junk : List.of("AAAA", "not*base64!", "", java.util.Base64.getEncoder().encodeToString(new byte[256]))) {
            HttpResponse<String> refused = post(launch, TestSigner.CERT_URL, junk);
            assertThat(refused.statusCode()).as(junk).isEqualTo(400);
        }
        assertThat(postLaunch(TestSigner.CERT_URL).statusCode()).isEqualTo(200);

        assertThat(host.fetches()).as("one fetch for the good, the junk and the good again").isEqualTo(1);
        assertThat(verifier.cachedChains()).isEqualTo(1);
    }

    @Test
    void signatureOverAnotherBody_shouldBeRefused() throws Exception {
        start(url -> genuine());
        byte[] other = Requests.fixtureBytes("help");
        ObjectNode tampered = (ObjectNode) JsonSkill.JSON.readTree(launch);
        ((ObjectNode) tampered.path("request")).put("locale", "en-GB");

        HttpResponse<String> otherRequest = post(launch, TestSigner.CERT_URL, signer.sign(other));
        HttpResponse<String> edited = post(JsonSkill.JSON.writeValueAsBytes(tampered), TestSigner.CERT_URL, launchSignature);

        assertThat(otherRequest.statusCode()).isEqualTo(400);
        assertThat(error(otherRequest)).isEqualTo("the signature does not match the body");
        assertThat(edited.statusCode()).isEqualTo(400);
        assertThat(error(edited)).isEqualTo("the signature does not match the body");
        assertThat(postLaunch(TestSigner.CERT_URL).statusCode()).isEqualTo(200);
    }
}
