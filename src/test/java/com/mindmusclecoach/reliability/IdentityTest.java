package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.amazon.ask.SkillStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.local.TestSigner;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.CountingProgressRepository;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may talk to the skill, and whose data they get: requests for another skill are refused on the Lambda and
 * the HTTP path, {@code serve} refuses requests that are unsigned, badly signed or stale, and users interleaved
 * on one skill only ever hear and store their own progress. A refused request never reaches storage.
 */
class IdentityTest {

    private static final String OURS = "amzn1.ask.skill.11111111-1111-1111-1111-111111111111";
    private static final String THEIRS = "amzn1.ask.skill.22222222-2222-2222-2222-222222222222";
    private static final String IMPOSTOR_URL = "https://s3.amazonaws.com/echo.api/impostor-cert.pem";
    private static final Catalogue CATALOGUE = CatalogueFile.standard();

    private static TestSigner alexa;
    private static TestSigner impostor;

    private final HttpClient client = HttpClient.newHttpClient();
    private final CountingProgressRepository storage = new CountingProgressRepository();
    private LocalEndpoint endpoint;

    @BeforeAll
    static void certificates(@TempDir Path dir) throws Exception {
        alexa = TestSigner.create(dir, "alexa");
        impostor = TestSigner.create(dir, "impostor");
    }

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void lambda_shouldRefuseEveryRequestForAnotherSkill_beforeTouchingStorage() {
        Transport lambda = Transport.lambda(new SkillStreamHandler(CoachSkill.create(CATALOGUE, storage, OURS)) { });
        Requests.Session theirs = Requests.Session.fresh().forSkill(THEIRS);

        for (ObjectNode request : everyKindOfRequest()) {
            Transport.Reply reply = lambda.send(Requests.bytes(Requests.envelope(request, "amzn1.ask.account.A", theirs)));
            Checks.cleanLambdaError(reply);
            assertThat(reply.thrown()).hasMessageContaining("Could not find a skill to handle the incoming request");
        }
        ObjectNode noApplication = Requests.envelope(Requests.launch(), "amzn1.ask.account.A", Requests.Session.fresh());
        ((ObjectNode) noApplication.path("context").path("System")).remove("application");
        Transport.Reply refused = lambda.send(Requests.bytes(noApplication));
        Checks.cleanLambdaError(refused);
        assertThat(refused.thrown()).as("refused as not ours, not by a fault")
                .isNotInstanceOf(NullPointerException.class)
                .hasMessageContaining("Could not find a skill to handle the incoming request");
        assertThat(storage.calls()).as("storage calls for refused requests").isZero();

        Echo ours = Checks.echo(lambda, "amzn1.ask.account.A").forSkill(OURS);
        assertThat(ours.say(Requests.launch()).heard()).contains("Welcome to Mind Muscle Coach");
    }

    @Test
    void http_shouldAnswer403_toEveryRequestForAnotherSkill_beforeTouchingStorage() {
        endpoint = LocalEndpoint.start(CoachSkill.create(CATALOGUE, storage, OURS), null, OURS);
        Transport http = Transport.http(client, endpoint.uri());
        Requests.Session theirs = Requests.Session.fresh().forSkill(THEIRS);

        for (ObjectNode request : everyKindOfRequest()) {
            Transport.Reply reply = http.send(Requests.bytes(Requests.envelope(request, "amzn1.ask.account.A", theirs)));
            assertThat(reply.status()).isEqualTo(403);
            Checks.cleanHttpError(reply);
        }
        ObjectNode noApplication = Requests.envelope(Requests.launch(), "amzn1.ask.account.A", Requests.Session.fresh());
        ((ObjectNode) noApplication.path("context").path("System")).remove("application");
        ((ObjectNode) noApplication.path("session")).remove("application");
        assertThat(http.send(Requests.bytes(noApplication)).status()).isEqualTo(403);
        assertThat(storage.calls()).as("storage calls for refused requests").isZero();

        Echo ours = Checks.echo(http, "amzn1.ask.account.A").forSkill(OURS);
        assertThat(ours.say(Requests.launch()).heard()).contains("Welcome to Mind Muscle Coach");
    }

    @Test
    void serve_shouldRefuseUnsignedBadlySignedAndStaleRequests_andAnswerTheGenuineOne() throws Exception {
        Instant now = Requests.FIXTURE_TIME;
        Function<URI, List<X509Certificate>> chains = url -> List.of(url.toString().equals(IMPOSTOR_URL)
                ? impostor.certificate() : alexa.certificate());
        endpoint = LocalEndpoint.start(CoachSkill.create(CATALOGUE, storage, OURS),
                LocalEndpoint.verifier(chains, alexa.certificate(), Clock.fixed(now, ZoneOffset.UTC)), OURS);
        byte[] genuine = Requests.bytes(Requests.envelope(Requests.launch(), "amzn1.ask.account.A", Requests.Session.fresh().forSkill(OURS)));
        byte[] otherBody = Requests.bytes(Requests.envelope(Requests.intent("DeleteDataIntent"), "amzn1.ask.account.A",
                Requests.Session.fresh().forSkill(OURS)));

        Map<String, Transport.Reply> refused = new LinkedHashMap<>();
        refused.put("unsigned", post(genuine, Map.of()));
        refused.put("no signature", post(genuine, Map.of("SignatureCertChainUrl", TestSigner.CERT_URL)));
        refused.put("no certificate URL", post(genuine, Map.of("Signature-256", alexa.sign(genuine))));
        refused.put("signature of another body", post(genuine, signed(alexa.sign(otherBody))));
        refused.put("signature not base64", post(genuine, signed("not*base64!")));
        refused.put("random signature", post(genuine, signed(Base64.getEncoder().encodeToString(new byte[256]))));
        refused.put("signed by another key", post(genuine, signed(impostor.sign(genuine))));
        refused.put("untrusted chain", post(genuine, Map.of("SignatureCertChainUrl", IMPOSTOR_URL,
                "Signature-256", impostor.sign(genuine))));
        for (String url : List.of("http://s3.amazonaws.com/echo.api/echo-api-cert-12.pem",
                "https://evil.example/echo.api/echo-api-cert-12.pem", "https://s3.amazonaws.com/other/echo-api-cert-12.pem",
                "https://s3.amazonaws.com/echo.api/../other/cert.pem", "https://s3.amazonaws.com:8443/echo.api/cert.pem")) {
            refused.put("certificate at " + url, post(genuine, Map.of("SignatureCertChainUrl", url,
                    "Signature-256", alexa.sign(genuine))));
        }
        for (long seconds : List.of(-151L, 151L, -3600L, 86_400L * 365)) {
            byte[] body = Requests.bytes(withTimestamp(genuine, now.plusSeconds(seconds).toString()));
            refused.put("timestamp " + seconds + " s away", post(body, signed(alexa.sign(body))));
        }
        for (String timestamp : List.of("", "yesterday", "2026-11-25 10:00:00")) {
            byte[] body = Requests.bytes(withTimestamp(genuine, timestamp));
            refused.put("timestamp '" + timestamp + "'", post(body, signed(alexa.sign(body))));
        }
        byte[] theirs = Requests.bytes(Requests.envelope(Requests.launch(), "amzn1.ask.account.A", Requests.Session.fresh().forSkill(THEIRS)));
        Transport.Reply forThem = post(theirs, signed(alexa.sign(theirs)));

        refused.forEach((why, reply) -> {
            assertThat(reply.status()).as(why).isEqualTo(400);
            Checks.cleanHttpError(reply);
        });
        assertThat(refused.get("unsigned").body()).contains("not signed");
        assertThat(refused.get("timestamp 151 s away").body()).contains("timestamp");
        assertThat(forThem.status()).isEqualTo(403);
        assertThat(storage.calls()).as("storage calls for refused requests").isZero();

        Transport.Reply answered = post(genuine, signed(alexa.sign(genuine)));
        assertThat(Checks.validResponse(answered).toString()).contains("Welcome to Mind Muscle Coach");
        Transport.Reply withinTolerance = post(Requests.bytes(withTimestamp(genuine, now.minusSeconds(150).toString())), Map.of());
        assertThat(withinTolerance.status()).as("unsigned even when fresh").isEqualTo(400);
        byte[] fresh = Requests.bytes(withTimestamp(genuine, now.minusSeconds(150).toString()));
        assertThat(post(fresh, signed(alexa.sign(fresh))).status()).as("150 s old").isEqualTo(200);
    }

    @Test
    void usersInterleavedOnOneSkill_shouldOnlyEverHearAndStoreTheirOwnProgress() {
        endpoint = LocalEndpoint.start(CoachSkill.create(CATALOGUE, storage, null), null, null);
        Transport http = Transport.http(client, endpoint.uri());
        Echo ann = Checks.echo(http, "amzn1.ask.account.ANN");
        Echo bob = Checks.echo(http, "amzn1.ask.account.BOB");
        List<Runnable> script = new ArrayList<>(List.of(
                () -> ann.say(Requests.launch()), () -> bob.say(Requests.launch()),
                () -> ann.say(Requests.startWorkout("bicep focus", "bicep_focus")),
                () -> bob.say(Requests.startWorkout("squat focus", "squat_focus")),
                () -> ann.say(Requests.intent("ReadyIntent")), () -> bob.say(Requests.intent("ReadyIntent")),
                () -> ann.say(Requests.intent("RateIntent", "rating", "4")), () -> bob.say(Requests.intent("RateIntent", "rating", "2")),
                () -> bob.say(Requests.intent("ReadyIntent")), () -> bob.say(Requests.intent("RateIntent", "rating", "3")),
                () -> ann.say(Requests.intent("AMAZON.StopIntent")), () -> bob.say(Requests.intent("AMAZON.StopIntent"))));
        script.forEach(Runnable::run);

        String annWelcome = ann.say(Requests.launch()).heard();
        String bobWelcome = bob.say(Requests.launch()).heard();
        String annReport = ann.say(Requests.intent("ProgressIntent")).heard();
        String bobReport = bob.say(Requests.intent("ProgressIntent")).heard();

        assertThat(annReport).contains("biceps curls: one set and eight reps").doesNotContain("squat");
        assertThat(bobReport).contains("squats: two sets and twenty reps").doesNotContain("bicep");
        assertThat(annWelcome).contains("Pick up bicep focus at set two of biceps curls?");
        assertThat(bobWelcome).contains("Pick up squat focus at set three of squats?");
        assertThat(storage.stored("amzn1.ask.account.ANN").totals()).containsOnlyKeys("biceps_curl")
                .containsEntry("biceps_curl", new ExerciseTotals(1, 8));
        assertThat(storage.stored("amzn1.ask.account.BOB").totals()).containsOnlyKeys("squat")
                .containsEntry("squat", new ExerciseTotals(2, 20));
        assertThat(storage.stored("amzn1.ask.account.NOBODY")).isEqualTo(UserProgress.NONE);
    }

    private Transport.Reply post(byte[] body, Map<String, String> headers) {
        return Transport.http(client, endpoint.uri(), headers).send(body);
    }

    private static Map<String, String> signed(String signature) {
        return Map.of("SignatureCertChainUrl", TestSigner.CERT_URL, "Signature-256", signature);
    }

    private static ObjectNode withTimestamp(byte[] body, String timestamp) {
        ObjectNode envelope = (ObjectNode) Checks.json(new String(body, StandardCharsets.UTF_8));
        ((ObjectNode) envelope.path("request")).put("timestamp", timestamp);
        return envelope;
    }

    private static List<ObjectNode> everyKindOfRequest() {
        return List.of(Requests.launch(), Requests.startWorkout("bicep focus", "bicep_focus"), Requests.intent("DeleteDataIntent"),
                Requests.intent("AMAZON.YesIntent"), Requests.intent("ProgressIntent"), Requests.sessionEnded("USER_INITIATED"),
                Requests.request("AlexaSkillEvent.SkillDisabled"), Requests.request("Alexa.Presentation.APL.UserEvent"));
    }
}
