package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.CoachStreamHandler;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP endpoint on a free loopback port, fed the same request fixtures as the Lambda path. */
class SkillHttpServerTest {

    private static final Instant REQUEST_TIME = Instant.parse("2026-11-25T10:00:00Z");
    private static final String FIXTURE_SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private static TestSigner signer;

    private final HttpClient http = HttpClient.newHttpClient();
    private SkillHttpServer server;

    @BeforeAll
    static void makeCertificate(@TempDir Path dir) throws Exception {
        signer = TestSigner.create(dir);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private URI start(boolean verify, String skillId, Instant now) throws Exception {
        JsonSkill skill = new JsonSkill(CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), skillId));
        server = new SkillHttpServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), skill,
                verify ? signer.verifier(Clock.fixed(now, ZoneOffset.UTC)) : null, skillId, 4);
        server.start();
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    private HttpResponse<String> post(URI uri, byte[] body, boolean signed) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (signed) {
            request.header("SignatureCertChainUrl", TestSigner.CERT_URL).header("Signature-256", signer.sign(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JsonSkill.JSON.readTree(response.body());
    }

    @Test
    void signedRequest_shouldGetTheSameAnswerAsTheLambdaPath() throws Exception {
        URI uri = start(true, null, REQUEST_TIME);
        byte[] launch = Requests.fixtureBytes("launch");
        ByteArrayOutputStream lambda = new ByteArrayOutputStream();
        new CoachStreamHandler().handleRequest(new ByteArrayInputStream(launch), lambda, null);

        HttpResponse<String> response = post(uri, launch, true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json(response).path("response"))
                .isEqualTo(JsonSkill.JSON.readTree(lambda.toByteArray()).path("response"));
    }

    @Test
    void unsignedRequest_shouldBeRefusedByDefault() throws Exception {
        URI uri = start(true, null, REQUEST_TIME);

        HttpResponse<String> response = post(uri, Requests.fixtureBytes("launch"), false);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).startsWith("the request is not signed");
    }

    @Test
    void tamperedBody_shouldBeRefused() throws Exception {
        URI uri = start(true, null, REQUEST_TIME);
        byte[] body = Requests.fixtureBytes("launch");
        String signature = signer.sign(body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("TESTUSER", "SOMEONEELSE").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(tampered))
                .header("SignatureCertChainUrl", TestSigner.CERT_URL).header("Signature-256", signature).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).isEqualTo("the signature does not match the body");
    }

    @Test
    void staleRequest_shouldBeRefused_evenWhenSigned() throws Exception {
        URI uri = start(true, null, REQUEST_TIME.plusSeconds(151));

        HttpResponse<String> response = post(uri, Requests.fixtureBytes("launch"), true);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).contains("timestamp");
    }

    @Test
    void certificateUrl_shouldBeAmazons() {
        assertThat(AlexaRequestVerifier.certificateUrl("https://s3.amazonaws.com/echo.api/echo-api-cert.pem")).isPresent();
        assertThat(AlexaRequestVerifier.certificateUrl("HTTPS://s3.amazonaws.com:443/echo.api/../echo.api/cert.pem")).isPresent();
        assertThat(AlexaRequestVerifier.certificateUrl("https://s3.amazonaws.com/echo.api/../invalid.path/cert.pem")).isEmpty();
        assertThat(AlexaRequestVerifier.certificateUrl("http://s3.amazonaws.com/echo.api/cert.pem")).isEmpty();
        assertThat(AlexaRequestVerifier.certificateUrl("https://notamazon.com/echo.api/cert.pem")).isEmpty();
        assertThat(AlexaRequestVerifier.certificateUrl("https://s3.amazonaws.com/EcHo.aPi/cert.pem")).isEmpty();
        assertThat(AlexaRequestVerifier.certificateUrl("https://s3.amazonaws.com:563/echo.api/cert.pem")).isEmpty();
    }

    @Test
    void badRequests_shouldGetJsonErrors_andTheServerKeepsServing() throws Exception {
        URI uri = start(false, null, REQUEST_TIME);

        assertThat(post(uri, "{not json".getBytes(StandardCharsets.UTF_8), false).statusCode()).isEqualTo(400);
        assertThat(post(uri, "[1,2]".getBytes(StandardCharsets.UTF_8), false).statusCode()).isEqualTo(400);
        assertThat(post(uri, "{\"request\":{\"type\":\"NoSuchRequest\"}}".getBytes(StandardCharsets.UTF_8), false).statusCode())
                .isEqualTo(400);
        HttpResponse<String> huge = post(uri, new byte[SkillHttpServer.MAX_BODY_BYTES + 10], false);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json(huge).path("error").asText()).contains("larger than");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(http.send(HttpRequest.newBuilder(uri.resolve("/admin")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        HttpResponse<String> stillServing = post(uri, Requests.fixtureBytes("launch"), false);
        assertThat(stillServing.statusCode()).isEqualTo(200);
        assertThat(stillServing.body()).doesNotContain("Exception").contains("Welcome to Mind Muscle Coach");
    }

    @Test
    void requestForAnotherSkill_shouldBeRefused_whenASkillIdIsConfigured() throws Exception {
        URI uri = start(false, "amzn1.ask.skill.the-real-one", REQUEST_TIME);

        HttpResponse<String> response = post(uri, Requests.fixtureBytes("launch"), false);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("error").asText()).isEqualTo("this endpoint serves another skill");
    }

    @Test
    void conversation_shouldCarryTheSessionThroughHttp_withVerificationOffForTestTools() throws Exception {
        URI uri = start(false, FIXTURE_SKILL, REQUEST_TIME);

        Echo user = new Echo(Transport.http(http, uri), null).checkedBy(Echo.PARSED);
        user.say("start-bicep-focus");
        JsonNode set = user.say("ready").envelope();

        assertThat(set.path("response").path("outputSpeech").path("ssml").asText()).contains("Biceps curls, set one of three.");
    }
}
