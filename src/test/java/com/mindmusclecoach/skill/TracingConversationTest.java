package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.observability.Metrics;
import com.mindmusclecoach.observability.Tracing;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.LocalDynamoDb;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.FakeContext;
import com.mindmusclecoach.testkit.FakeXRayDaemon;
import com.mindmusclecoach.testkit.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's traces through the class Lambda invokes, with tracing on (Lambda's daemon address set, each invocation's
 * context carrying a sampled trace header): a turn's DynamoDB and Alexa API calls are subsegments of that invocation's
 * trace, named so X-Ray's service map shows DynamoDB and the Alexa API, with no user's, device's or reminder's id.
 */
class TracingConversationTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();

    private static final String PERSON = "amzn1.ask.person.TRACED-" + UUID.randomUUID();

    private final FakeXRayDaemon daemon = new FakeXRayDaemon();
    private final List<String> headers = new ArrayList<>();
    private FakeRemindersApi api;
    private String userId;

    @BeforeEach
    void start() {
        api = FakeRemindersApi.start();
        userId = "amzn1.ask.account." + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        api.close();
        daemon.close();
    }

    private Map<String, String> lambdaEnvironment() {
        return Map.of("ALLOW_ANY_SKILL", "true", "AWS_LAMBDA_FUNCTION_NAME", "mind-muscle-coach",
                "AWS_XRAY_DAEMON_ADDRESS", daemon.address());
    }

    private CoachStreamHandler handler(Tracing tracing) {
        return new CoachStreamHandler(new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC()),
                lambdaEnvironment(), Metrics.NONE, tracing);
    }

    /** The Lambda handler as on Lambda with tracing {@code Active}; each invocation's header {@code Sampled=sampled}. */
    private Echo device(String sampled) {
        return device(handler(Tracing.forEnvironment(lambdaEnvironment())), sampled);
    }

    private Echo device(CoachStreamHandler lambda, String sampled) {
        return new Echo(Transport.lambdaWithContexts(lambda, () -> {
            String header = FakeContext.sampledTraceHeader().replace("Sampled=1", "Sampled=" + sampled);
            headers.add(header);
            return new FakeContext(UUID.randomUUID().toString(), header);
        }), userId).as(PERSON);
    }

    @Test
    void aSessionsCalls_shouldEachBeASubsegmentOfItsOwnTurnsTrace() {
        Echo user = device("1");

        user.send(api.request("launch", true));
        List<JsonNode> launch = daemon.received();
        assertThat(launch).extracting(TracingConversationTest::call)
                .as("the progress read, and the device's time zone from the Settings API (404 here)")
                .containsExactlyInAnyOrder("DynamoDB GetItem", "127.0.0.1 GET");
        assertThat(launch).allSatisfy(doc -> assertThat(headers.get(0))
                .contains("Root=" + doc.path("trace_id").asText() + ";Parent=" + doc.path("parent_id").asText()));
        JsonNode settings = launch.stream().filter(doc -> doc.path("namespace").asText().equals("remote")).findFirst().orElseThrow();
        assertThat(settings.path("http").path("request").path("url").asText())
                .endsWith("/v2/devices/{deviceId}/settings/System.timeZone");
        assertThat(settings.path("http").path("response").path("status").asInt()).isEqualTo(404);
        assertThat(settings.path("error").asBoolean()).isTrue();

        user.send(api.request("remind-me-monday-wednesday-friday-at-seven", true));
        List<JsonNode> reminder = daemon.received();
        assertThat(reminder).extracting(TracingConversationTest::call).contains("127.0.0.1 POST", "DynamoDB PutItem");
        assertThat(reminder).allSatisfy(doc -> assertThat(headers.get(1)).contains("Root=" + doc.path("trace_id").asText()));
        JsonNode created = reminder.stream().filter(doc -> call(doc).equals("127.0.0.1 POST")).findFirst().orElseThrow();
        assertThat(created.path("http").path("response").path("status").asInt()).isEqualTo(201);
        assertThat(created.path("http").path("request").path("url").asText()).endsWith("/v1/alerts/reminders");

        user.send(api.request("cancel-reminders", true));
        List<JsonNode> cancelled = daemon.received();
        JsonNode deleted = cancelled.stream().filter(doc -> call(doc).equals("127.0.0.1 DELETE")).findFirst().orElseThrow();
        assertThat(deleted.path("http").path("request").path("url").asText())
                .as("the reminder's token named, not shown").endsWith("/v1/alerts/reminders/{alertToken}");

        List<JsonNode> all = new ArrayList<>(launch);
        all.addAll(reminder);
        all.addAll(cancelled);
        String device = user.envelope(com.mindmusclecoach.testkit.Requests.fixture("launch").deepCopy())
                .path("context").path("System").path("device").path("deviceId").asText();
        assertThat(device).isNotBlank();
        assertThat(all).allSatisfy(doc -> assertThat(doc.toString()).doesNotContain(userId).doesNotContain(device)
                .doesNotContain(PERSON)
                .doesNotContain("alert-1").doesNotContain("test-token"));
    }

    @Test
    void priming_shouldTraceItsWholeConversation_elsewhere_andTheFirstUserAfterTheRestoreIsTraced() {
        try (FakeXRayDaemon primingSeen = new FakeXRayDaemon()) {
            CoachStreamHandler lambda = handler(Tracing.forEnvironment(lambdaEnvironment()).primingTo(primingSeen.address()));

            lambda.beforeCheckpoint(null);
            lambda.afterRestore(null);

            assertThat(daemon.received()).as("no made-up trace reaches X-Ray").isEmpty();
            List<JsonNode> primed = primingSeen.received();
            assertThat(primed).as("priming ran the traced path: its storage calls and the Settings API")
                    .extracting(TracingConversationTest::call)
                    .contains("DynamoDB GetItem", "DynamoDB PutItem", "DynamoDB DeleteItem", "127.0.0.1 GET");
            assertThat(primed).allSatisfy(doc -> assertThat(Tracing.PRIMING_HEADER)
                    .contains("Root=" + doc.path("trace_id").asText() + ";Parent=" + doc.path("parent_id").asText()));

            Echo user = device(lambda, "1");
            user.send(api.request("launch", true));
            assertThat(daemon.received()).extracting(TracingConversationTest::call)
                    .containsExactlyInAnyOrder("DynamoDB GetItem", "127.0.0.1 GET");
            assertThat(primingSeen.received()).as("priming's twin is done with").isEmpty();
        }
    }

    @Test
    void withTracingOffForATurn_nothingShouldBeSent_andTheCoachAnswersAsEver() {
        Echo user = device("0");

        assertThat(user.send(api.request("launch", true)).speech()).isNotBlank();
        assertThat(user.say("start-bicep-focus").speech()).isNotBlank();

        assertThat(daemon.received()).isEmpty();
    }

    private static String call(JsonNode doc) {
        return doc.path("name").asText() + " " + (doc.path("namespace").asText().equals("aws")
                ? doc.path("aws").path("operation").asText() : doc.path("http").path("request").path("method").asText());
    }
}
