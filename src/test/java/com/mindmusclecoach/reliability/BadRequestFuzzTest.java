package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.CoachStreamHandler;
import com.mindmusclecoach.skill.CountingProgressRepository;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad requests, through both ways in: the Lambda handler ({@code new CoachStreamHandler().handleRequest}) and the
 * JSON path of the HTTP endpoint (verification off, as for local test tools). Whatever arrives, the answer is a
 * valid Alexa response, or for input that is not Alexa's a clean error (Lambda: an exception with a message and
 * nothing written; HTTP: 4xx with a JSON error), never a stack trace, and the session goes on working.
 *
 * <p>The seed is fixed so a run is repeatable; change {@link #SEED}, or see {@link Gen} to explore or replay a case.
 */
class BadRequestFuzzTest {

    static final long SEED = 7070707;
    /** Heard words longer than this are not said back (Narrator's limit). */
    private static final int MAX_ECHO_CHARS = 60;
    private static final Catalogue CATALOGUE = CatalogueFile.standard();

    /** What the requests got, by path: printed at the end, for docs/RELIABILITY.md. */
    private static final Map<String, AtomicInteger> OUTCOMES = new ConcurrentSkipListMap<>();

    private static Transport lambda;
    private static CountingProgressRepository httpStorage;
    private static LocalEndpoint endpoint;
    private static Transport http;
    private static List<JsonNode> snapshots;

    @BeforeAll
    static void start() {
        lambda = Transport.lambda(new CoachStreamHandler());
        httpStorage = new CountingProgressRepository();
        endpoint = LocalEndpoint.start(CoachSkill.create(CATALOGUE, httpStorage, null), null, null);
        http = Transport.http(HttpClient.newHttpClient(), endpoint.uri());
        snapshots = SessionSnapshots.all();
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
        System.out.println("bad requests: " + OUTCOMES);
    }

    @TestFactory
    Stream<DynamicTest> bodiesThatAreNotAlexaRequests_getACleanError_andTheSkillKeepsAnswering() {
        return Gen.cases("bodies that are not Alexa requests", SEED, 300, BadRequestFuzzTest::notAlexa, NotAlexa::toString,
                input -> answersCleanly(input.body()));
    }

    private static void answersCleanly(byte[] body) {
        Transport.Reply fromLambda = count("not Alexa", "Lambda", lambda.send(body));
        if (fromLambda.ok()) {
            Checks.validResponse(fromLambda);
        } else {
            Checks.cleanLambdaError(fromLambda);
        }
        Transport.Reply fromHttp = count("not Alexa", "HTTP", http.send(body));
        if (fromHttp.ok()) {
            Checks.validResponse(fromHttp);
        } else {
            Checks.cleanHttpError(fromHttp);
        }
        stillAnswers(lambda);
        stillAnswers(http);
    }

    @TestFactory
    Stream<DynamicTest> mutatedEnvelopes_getAValidResponseOrACleanError_andTheSessionStillWorks() {
        return Gen.cases("mutated envelopes", SEED, 400, BadRequestFuzzTest::mutated, Mutated::toString,
                input -> carriesOnAfter(input.fixture(), input.snapshot(), input.mutations()));
    }

    private static void carriesOnAfter(String fixture, int snapshot, List<Hostile.Mutation> mutations) {
        String userId = "amzn1.ask.account.FUZZ-" + UUID.randomUUID();
        ObjectNode envelope = inSession(Requests.fixture(fixture), userId, snapshots.get(snapshot));
        mutations.forEach(m -> m.applyTo(envelope));
        sidestepWhatIsKnown(envelope);
        byte[] body = Requests.text(envelope).getBytes(StandardCharsets.UTF_8);

        Transport.Reply fromLambda = count("mutated", "Lambda", lambda.send(body));
        Transport.Reply fromHttp = count("mutated", "HTTP", http.send(body));

        carriesOn(lambda, fromLambda, userId, false);
        carriesOn(http, fromHttp, userId, true);
    }

    @TestFactory
    Stream<DynamicTest> slotTextThatLooksLikeSsml_isSpokenEscaped_neverInjected() {
        return Gen.cases("slot text that looks like SSML", SEED, 300, BadRequestFuzzTest::lookalike, Lookalike::toString,
                input -> isSpokenEscaped(input.heard(), input.overHttp(), input.resolvedToUnknownId()));
    }

    private static void isSpokenEscaped(String heard, boolean overHttp, boolean resolvedToUnknownId) {
        Echo device = Checks.echo(overHttp ? http : lambda, "amzn1.ask.account.SSML-" + UUID.randomUUID());

        Turn turn = device.say(Requests.startWorkout(heard, resolvedToUnknownId ? heard : null));

        String said = Checks.heard(turn.ssml());
        String expected = asSpoken(heard.strip());
        if (heard.isBlank()) {
            assertThat(said).contains("I didn't catch which workout.");
        } else if (heard.strip().length() <= MAX_ECHO_CHARS) {
            assertThat(said).contains("I don't know a workout called " + expected + " yet.");
        } else {
            assertThat(said).contains("I don't know that workout yet.");
        }
        assertThat(turn.workout().path("phase").asText()).isEqualTo("CHOOSING");
    }

    @TestFactory
    Stream<DynamicTest> absurdNumbers_neverTakeTheWorkoutOutOfItsLimits() {
        return Gen.cases("absurd numbers", SEED, 250, BadRequestFuzzTest::absurdNumber, AbsurdNumber::toString,
                input -> staysWithinLimits(input.phase(), input.intent(), input.value(), input.overHttp()));
    }

    private static void staysWithinLimits(int phase, String intent, String value, boolean overHttp) {
        Echo device = Checks.echo(overHttp ? http : lambda, "amzn1.ask.account.NUMBERS-" + UUID.randomUUID());
        List<ObjectNode> before = List.of(Requests.launch(), Requests.startWorkout("bicep focus", "bicep_focus"),
                Requests.intent("ReadyIntent"), Requests.intent("RateIntent", "rating", "3"));
        before.subList(0, phase).forEach(device::say);

        Turn turn = device.say(Requests.intent(intent, slotOf(intent), value));

        JsonNode preferences = turn.workout().path("preferences");
        assertThat(preferences.path("reps").asInt()).isBetween(0, 20);
        int rest = preferences.path("restSeconds").asInt();
        assertThat(rest == 0 || rest >= 15 && rest <= 120).as("rest of " + rest + " s").isTrue();
        for (JsonNode set : turn.workout().path("completed")) {
            assertThat(set.path("rating").isNull() || set.path("rating").asInt() >= 1 && set.path("rating").asInt() <= 5)
                    .as("rating " + set.path("rating")).isTrue();
            assertThat(set.path("reps").asInt()).isBetween(1, 20);
        }
        if (!turn.ends()) {
            device.say(Requests.intent("ReadyIntent"));
        }
    }

    @Test
    void everyRequestType_withOrWithoutASession_getsAValidResponseOrACleanError() {
        for (String type : Hostile.REQUEST_TYPES) {
            for (boolean session : List.of(true, false)) {
                ObjectNode envelope = Requests.envelope(Requests.request(type), "amzn1.ask.account.TYPES-" + UUID.randomUUID(),
                        session ? Requests.Session.fresh() : null);
                byte[] body = Requests.text(envelope).getBytes(StandardCharsets.UTF_8);
                // an IntentRequest without an intent is not Alexa's; the apology is a valid answer to it
                boolean apologyAllowed = type.equals("IntentRequest");
                Transport.Reply fromLambda = lambda.send(body);
                if (fromLambda.ok()) {
                    JsonNode response = Checks.validResponse(fromLambda);
                    assertThat(apologyAllowed || !response.toString().contains(Checks.TROUBLE)).as(type).isTrue();
                } else {
                    Checks.cleanLambdaError(fromLambda);
                }
                Transport.Reply fromHttp = http.send(body);
                if (fromHttp.ok()) {
                    JsonNode response = Checks.validResponse(fromHttp);
                    assertThat(apologyAllowed || !response.toString().contains(Checks.TROUBLE)).as(type).isTrue();
                } else {
                    Checks.cleanHttpError(fromHttp);
                }
            }
        }
        stillAnswers(lambda);
        stillAnswers(http);
    }

    @Test
    void anUnreadableTimeZoneAttribute_isDroppedLikeAnyOtherUnreadableAttribute() {
        Echo device = Checks.echo(http, "amzn1.ask.account.ZONE-" + UUID.randomUUID());
        device.say(Requests.launch());
        ObjectNode tampered = ((ObjectNode) device.attributes()).deepCopy().put("zone", "Mars/Olympus_Mons");
        device.forceAttributes(tampered);

        device.say(Requests.intent("AMAZON.HelpIntent"));
    }

    @Test
    void aNullAmongTheUnsavedChanges_isDroppedLikeAnyOtherUnreadableAttribute() {
        Echo device = Checks.echo(lambda, "amzn1.ask.account.PENDING-" + UUID.randomUUID());
        device.say(Requests.launch());
        ObjectNode tampered = ((ObjectNode) device.attributes()).deepCopy();
        tampered.putArray("pending").addNull();
        device.forceAttributes(tampered);

        device.say(Requests.intent("AMAZON.HelpIntent"));
    }

    @Test
    void aSlotValueOfAHundredThousandCharacters_getsAShortAnswer_andTooLargeABodyGets413() {
        String endless = "bicep focus and ".repeat(6_250);
        for (Transport transport : List.of(lambda, http)) {
            Echo device = Checks.echo(transport, "amzn1.ask.account.LONG-" + UUID.randomUUID());
            Turn turn = device.say(Requests.startWorkout(endless, null));
            assertThat(turn.ssml().length()).isLessThan(1_000);
            assertThat(turn.heard()).contains("I don't know that workout yet.");
        }
        String huge = Requests.text(Requests.envelope(Requests.startWorkout("x".repeat(300_000), null), "amzn1.ask.account.HUGE",
                Requests.Session.fresh()));
        Transport.Reply tooLarge = http.send(huge.getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.status()).isEqualTo(413);
        Checks.cleanHttpError(tooLarge);
        stillAnswers(http);
    }

    /**
     * After whatever {@code reply} was, the same device goes on: from the session the reply kept open, or from a
     * new one. Help, a whole set with its rating, and stop must all be answered without a fault, and on the HTTP
     * path the set must be stored.
     */
    private static void carriesOn(Transport transport, Transport.Reply reply, String userId, boolean storageVisible) {
        Echo device = Checks.echo(transport, userId);
        if (reply.ok()) {
            device.after(new Turn(Checks.validResponse(reply)));
        } else if (transport == lambda) {
            Checks.cleanLambdaError(reply);
        } else {
            Checks.cleanHttpError(reply);
        }
        int before = storageVisible ? bicepSets(userId) : 0;
        device.say(Requests.intent("AMAZON.HelpIntent"));
        if ("CONFIRMING".equals(device.say(Requests.startWorkout("bicep focus", "bicep_focus")).workout().path("phase").asText())) {
            device.say(Requests.intent("AMAZON.YesIntent"));
        }
        assertThat(device.say(Requests.intent("ReadyIntent")).heard()).contains("Biceps curls, set one of three.");
        device.say(Requests.intent("RateIntent", "rating", "4"));
        Turn goodbye = device.say(Requests.intent("AMAZON.StopIntent"));
        assertThat(goodbye.heard()).doesNotContain("couldn't save");
        if (storageVisible) {
            assertThat(bicepSets(userId)).as("biceps sets stored").isGreaterThan(before);
        }
    }

    /**
     * Keeps the input clear of what is already known, so the property goes on finding new things:
     * <ul>
     * <li>a "zone" attribute that is not a time zone id fails every later turn of the session, and so does a
     * null among the unsaved changes, even the apology (reported bugs; see the disabled examples above): such a
     * zone is emptied and such a null removed;</li>
     * <li>session attributes are echoed back as the skill wrote them, so an attribute text grown to thousands of
     * characters (Alexa returns attributes unchanged, and signs them for the HTTP endpoint: no device can grow
     * them) could push a response past 24 KB; such texts are cut to 200 characters.</li>
     * </ul>
     */
    private static void sidestepWhatIsKnown(ObjectNode envelope) {
        JsonNode attributes = envelope.path("session").path("attributes");
        for (Hostile.Location location : Hostile.locations(attributes)) {
            JsonNode value = location.value();
            if (value != null && value.isTextual() && value.asText().length() > 200) {
                location.set(TextNode.valueOf(value.asText().substring(0, 200)));
            }
        }
        JsonNode zone = attributes.path("zone");
        if (zone.isTextual() && !zone.asText().isEmpty() && !isZoneId(zone.asText())) {
            ((ObjectNode) attributes).put("zone", "");
        }
        if (attributes.path("pending").isArray()) {
            ArrayNode pending = (ArrayNode) attributes.path("pending");
            for (int i = pending.size() - 1; i >= 0; i--) {
                if (pending.get(i).isNull()) {
                    pending.remove(i);
                }
            }
        }
    }

    private static boolean isZoneId(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Transport.Reply count(String input, String path, Transport.Reply reply) {
        String outcome = reply.status() == Transport.Reply.THREW ? "threw" : String.valueOf(reply.status());
        OUTCOMES.computeIfAbsent(input + " via " + path + ": " + outcome, k -> new AtomicInteger()).incrementAndGet();
        return reply;
    }

    private static int bicepSets(String userId) {
        return httpStorage.stored(userId).totals().getOrDefault("biceps_curl", ExerciseTotals.NONE).sets();
    }

    private static void stillAnswers(Transport transport) {
        Echo device = Checks.echo(transport, "amzn1.ask.account.HEALTH-" + UUID.randomUUID());
        assertThat(device.say(Requests.launch()).heard()).contains("Welcome to Mind Muscle Coach");
    }

    private static ObjectNode inSession(ObjectNode envelope, String userId, JsonNode attributes) {
        Echo device = new Echo(lambda, userId);
        if (!attributes.isEmpty()) {
            device.forceAttributes(attributes);
        }
        return device.prepare(envelope);
    }

    /**
     * What the listener hears of {@code text}: characters XML cannot carry, and control characters, are
     * spoken as spaces (as {@code Ssml.escape} writes them).
     */
    private static String asSpoken(String text) {
        StringBuilder spoken = new StringBuilder();
        text.codePoints().forEach(c -> spoken.appendCodePoint(Character.isISOControl(c) || !isXmlChar(c) ? ' ' : c));
        return spoken.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static String slotOf(String intent) {
        return switch (intent) {
            case "RateIntent" -> "rating";
            case "SetRepsIntent", "RepsDoneIntent" -> "reps";
            default -> "seconds";
        };
    }

    /** A body that is not an Alexa request, and how it was made. */
    record NotAlexa(String kind, byte[] body) {

        @Override
        public String toString() {
            String shown = kind.equals("random bytes") ? HexFormat.of().formatHex(body) : new String(body, StandardCharsets.UTF_8);
            return kind + " (" + body.length + " bytes): " + shown;
        }
    }

    record Mutated(String fixture, int snapshot, List<Hostile.Mutation> mutations) {
    }

    record Lookalike(List<Integer> fragments, boolean overHttp, boolean resolvedToUnknownId) {

        String heard() {
            return Hostile.ssmlLookalike(fragments);
        }

        @Override
        public String toString() {
            return "fragments " + fragments + " over " + (overHttp ? "HTTP" : "Lambda")
                    + (resolvedToUnknownId ? ", resolved to an unknown id" : "") + ": " + heard();
        }
    }

    record AbsurdNumber(int phase, String intent, String value, boolean overHttp) {
    }

    private static final List<String> SHAPES = List.of("", " ", "null", "[]", "[1,2]", "{}", "\"text\"", "42", "-0.0e-0",
            "true", "{\"request\":null}", "{\"request\":{}}", "{\"request\":[]}", "{\"version\":\"1.0\"}",
            "{\"request\":{\"type\":\"LaunchRequest\"}}", "{\"request\":{\"type\":\"IntentRequest\",\"intent\":{}}}",
            "{\"request\":{\"type\":\"SessionEndedRequest\"}}", "{\"session\":{},\"request\":{\"type\":\"LaunchRequest\"}}",
            "{{{{", "}", "\u0000", "{\"a\":1,\"a\":2}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"request\":".repeat(2_000) + "{}" + "}".repeat(2_000), "\uFEFF{}", "<speak>hello</speak>",
            "GET / HTTP/1.1\r\nHost: x\r\n\r\n");

    /** Half text (a known shape, a fixture cut short, or any string), half any bytes. */
    private static NotAlexa notAlexa(Gen gen) {
        if (gen.bool()) {
            return new NotAlexa("random bytes", gen.bytes(300));
        }
        return switch (gen.between(0, 2)) {
            case 0 -> text("shape", gen.pick(SHAPES));
            case 1 -> {
                String name = gen.pick(Requests.FIXTURES);
                int percent = gen.between(0, 99);
                String text = Requests.text(Requests.fixture(name));
                yield text(name + " cut at " + percent + "%", text.substring(0, text.length() * percent / 100));
            }
            default -> text("random text", gen.anyString(300));
        };
    }

    private static NotAlexa text(String kind, String text) {
        return new NotAlexa(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mutated mutated(Gen gen) {
        return new Mutated(gen.pick(Requests.FIXTURES), gen.between(0, snapshots.size() - 1), gen.list(1, 4,
                g -> new Hostile.Mutation(g.pick(Hostile.Kind.values()), g.between(0, 10_000), g.between(0, 10_000))));
    }

    private static Lookalike lookalike(Gen gen) {
        return new Lookalike(gen.list(1, 8, g -> g.between(0, Hostile.SSML_FRAGMENTS.size() - 1)), gen.bool(), gen.bool());
    }

    private static AbsurdNumber absurdNumber(Gen gen) {
        return new AbsurdNumber(gen.between(0, 4), gen.pick("RateIntent", "SetRepsIntent", "SetRestIntent", "RepsDoneIntent"),
                number(gen), gen.bool());
    }

    private static String number(Gen gen) {
        return switch (gen.between(0, 5)) {
            case 0 -> gen.pick(Hostile.NUMBER_TEXTS);
            case 1 -> String.valueOf(gen.anyInt());
            case 2 -> String.valueOf(gen.between(-30, 200));
            case 3 -> String.valueOf(gen.anyLong());
            case 4 -> String.valueOf(gen.bigInteger(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
            default -> String.valueOf(gen.anyDouble());
        };
    }
}
