package com.mindmusclecoach.progress.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.observability.Tracing;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressConflictException;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.FakeContext;
import com.mindmusclecoach.testkit.FakeXRayDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16: with tracing on, every DynamoDB call of a traced turn is an X-Ray subsegment, on the engine the tests use
 * (the client built as the Lambda's, with the interceptor every client of {@link DynamoDbClients} carries).
 */
class TracedCallsTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();
    private static final LocalDate DAY = LocalDate.parse("2026-11-02");

    private final FakeXRayDaemon daemon = new FakeXRayDaemon();
    private final Tracing tracing = Tracing.forEnvironment(Map.of("AWS_XRAY_DAEMON_ADDRESS", daemon.address()));
    private final String user = "amzn1.ask.account." + UUID.randomUUID();

    @AfterEach
    void stop() {
        daemon.close();
    }

    @Test
    void aTurnsReadAndWrite_shouldEachBeASubsegment_withOperationTableAndRequestId() {
        DynamoDbProgressRepository repository = new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC());
        String header = FakeContext.sampledTraceHeader();
        try (Tracing.Scope traced = tracing.begin(header)) {
            repository.find(user);
            repository.put(user, oneSet(), 0);
        }

        List<JsonNode> sent = daemon.received();
        assertThat(sent).extracting(doc -> doc.path("aws").path("operation").asText()).containsExactly("GetItem", "PutItem");
        assertThat(sent).allSatisfy(doc -> {
            assertThat(doc.path("name").asText()).isEqualTo("DynamoDB");
            assertThat(doc.path("namespace").asText()).isEqualTo("aws");
            assertThat(header).contains("Root=" + doc.path("trace_id").asText() + ";Parent=" + doc.path("parent_id").asText());
            assertThat(doc.path("aws").path("table_name").asText()).isEqualTo(LocalDynamoDb.TABLE);
            assertThat(doc.path("aws").path("region").asText()).isNotBlank();
            assertThat(doc.path("aws").path("request_id").asText()).isNotBlank();
            assertThat(doc.path("aws").path("retries").asInt()).isZero();
            assertThat(doc.path("http").path("response").path("status").asInt()).isEqualTo(200);
            assertThat(doc.has("error") || doc.has("fault")).isFalse();
            assertThat(doc.toString()).as("no user id in a trace").doesNotContain(user);
        });
    }

    @Test
    void aLostRace_shouldBeAnError_notAFault() {
        DynamoDbProgressRepository repository = new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC());
        repository.put(user, oneSet(), 0);
        daemon.received();
        try (Tracing.Scope traced = tracing.begin(FakeContext.sampledTraceHeader())) {
            assertThatThrownBy(() -> repository.put(user, oneSet(), 0)).isInstanceOf(ProgressConflictException.class);
        }

        JsonNode write = daemon.received().get(0);
        assertThat(write.path("http").path("response").path("status").asInt()).isEqualTo(400);
        assertThat(write.path("error").asBoolean()).isTrue();
        assertThat(write.has("fault")).isFalse();
        assertThat(write.path("cause").path("exceptions").path(0).path("type").asText()).endsWith("ConditionalCheckFailedException");
    }

    @Test
    void storageDown_shouldBeAFault_withWhatWasThrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DynamoDbProgressRepository repository = new DynamoDbProgressRepository(
                DynamoDbClients.forEndpoint(URI.create("http://127.0.0.1:" + closedPort)), LocalDynamoDb.TABLE, Clock.systemUTC());
        try (Tracing.Scope traced = tracing.begin(FakeContext.sampledTraceHeader())) {
            assertThatThrownBy(() -> repository.find(user)).isInstanceOf(ProgressUnavailableException.class);
        }

        List<JsonNode> sent = daemon.received();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).path("fault").asBoolean()).isTrue();
        assertThat(sent.get(0).path("http").path("response").has("status")).as("no answer came").isFalse();
        assertThat(sent.get(0).path("aws").path("retries").asInt()).as("the client's retries").isPositive();
        assertThat(sent.get(0).path("cause").path("exceptions").path(0).path("type").asText()).startsWith("software.amazon.awssdk");
    }

    @Test
    void callsOutsideASampledTurn_shouldSendNothing() {
        DynamoDbProgressRepository repository = new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC());
        repository.find(user);
        String unsampled = FakeContext.sampledTraceHeader().replace("Sampled=1", "Sampled=0");
        try (Tracing.Scope traced = tracing.begin(unsampled)) {
            repository.find(user);
        }
        assertThat(daemon.received()).isEmpty();
    }

    private static UserProgress oneSet() {
        return UserProgress.NONE.apply(new ProgressChange.SetDone("squat", 10, DAY));
    }
}
