package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.observability.EmfMetrics;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's metrics, through the class Lambda invokes with an EMF writer injected: one record a turn, each a line
 * of CloudWatch embedded metric format, whose values add up to what happened in the conversation.
 */
class MetricsConversationTest {

    private static final String USER = "amzn1.ask.account.METRICS-CONVERSATION";
    private static final Map<String, String> UNIT = Map.of(
            "SetsCoached", "Count", "WorkoutsFinished", "Count", "ConnectionRating", "None", "PainReported", "Count",
            "StorageUnavailable", "Count", "LostWriteRaces", "Count", "UnsavedGoodbyes", "Count",
            "TurnLatency", "Milliseconds", "ColdStart", "Count");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-02T07:30:00Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Echo user(com.mindmusclecoach.progress.ProgressRepository storage) {
        EmfMetrics metrics = new EmfMetrics(new PrintStream(out, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC));
        CoachStreamHandler lambda = new CoachStreamHandler(storage, Map.of("ALLOW_ANY_SKILL", "true"), metrics);
        return Echo.lambda(lambda, USER);
    }

    private Echo userWhileStorageIsDown() {
        CountingProgressRepository storage = new CountingProgressRepository();
        storage.down(true);
        return user(storage);
    }

    @Test
    void wholeWorkout_shouldWriteOneRecordATurn_addingUpToTheSetsRatingsAndTheFinish() {
        Echo user = user(new InMemoryProgressRepository());
        int turns = 0;
        int sets = 0;
        List<Double> ratings = new ArrayList<>();
        Turn turn = user.say("start-bicep-focus");
        turns++;
        while (!phase(turn).equals("COOLING_DOWN")) {
            boolean rating = phase(turn).equals("RATING");
            turn = user.say(rating ? "rate-4" : "ready");
            turns++;
            if (rating) {
                ratings.add(4.0);
            } else if (phase(turn).equals("RATING")) {
                sets++;
            }
        }
        assertThat(user.say("skip-cool-down").ends()).isTrue();
        turns++;

        List<JsonNode> records = records();
        assertThat(records).as("one record a turn").hasSize(turns);
        records.forEach(MetricsConversationTest::assertWellFormed);
        assertThat(sets).as("bicep focus: 3 curls and 2 hammer curls").isEqualTo(5);
        assertThat(sum(records, "SetsCoached")).isEqualTo(sets);
        assertThat(values(records, "ConnectionRating")).isEqualTo(ratings);
        assertThat(sum(records, "WorkoutsFinished")).isEqualTo(1);
        assertThat(sum(records, "ColdStart")).isEqualTo(1);
        assertThat(records.get(0).has("ColdStart")).as("the container's first turn").isTrue();
        assertThat(values(records, "TurnLatency")).hasSize(turns).allSatisfy(ms -> assertThat(ms).isNotNegative());
        assertThat(sum(records, "StorageUnavailable") + sum(records, "UnsavedGoodbyes") + sum(records, "PainReported")
                + sum(records, "LostWriteRaces")).isZero();
        assertThat(records).allSatisfy(r -> assertThat(r.path("locale").asText()).isEqualTo("en-US"));
        assertThat(records.get(records.size() - 1).path("routine").asText()).isEqualTo("bicep_focus");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(USER).doesNotContain("amzn1.");
    }

    @Test
    void storageDown_shouldCountEachFailure_andTheGoodbyeThatCouldNotSave() {
        Echo user = userWhileStorageIsDown();
        user.say("start-squat-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("pain-knee");
        Turn bye = user.say("stop");
        assertThat(bye.ends()).isTrue();

        List<JsonNode> records = records();
        records.forEach(MetricsConversationTest::assertWellFormed);
        assertThat(sum(records, "StorageUnavailable")).isPositive();
        assertThat(sum(records, "UnsavedGoodbyes")).isEqualTo(1);
        assertThat(records.get(records.size() - 1).has("UnsavedGoodbyes")).as("counted on the goodbye's turn").isTrue();
        assertThat(sum(records, "PainReported")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(USER).doesNotContain("amzn1.");
    }

    @Test
    void sessionEndedWhileStorageIsDown_shouldCountAnUnsavedGoodbye() {
        Echo user = userWhileStorageIsDown();
        user.say("start-squat-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("session-ended-silence");

        List<JsonNode> records = records();
        assertThat(records.get(records.size() - 1).path("UnsavedGoodbyes").asInt()).isEqualTo(1);
    }

    @Test
    void deleteWhileStorageIsDown_shouldCountTheFailedDelete() {
        Echo user = userWhileStorageIsDown();
        user.say("delete-data");
        user.say("yes");

        List<JsonNode> records = records();
        JsonNode last = records.get(records.size() - 1);
        assertThat(values(List.of(last), "StorageUnavailable")).as("the read, then the delete").hasSize(2);
    }

    @Test
    void snapStartPriming_shouldWriteNothing_andTheFirstTurnAfterRestoreIsAColdStart() {
        EmfMetrics metrics = new EmfMetrics(new PrintStream(out, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC));
        CoachStreamHandler lambda = new CoachStreamHandler(new InMemoryProgressRepository(),
                Map.of("SKILL_ID", "amzn1.ask.skill.primed"), metrics);
        Echo user = Echo.lambda(lambda, USER).forSkill("amzn1.ask.skill.primed");
        user.say("launch");

        lambda.beforeCheckpoint(null);
        assertThat(records()).as("priming's turns are not measured").hasSize(1);
        lambda.afterRestore(null);
        user.say("start-squat-focus");
        user.say("ready");

        List<JsonNode> records = records();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).has("ColdStart")).isTrue();
        assertThat(records.get(1).has("ColdStart")).as("the restored environment's first turn").isTrue();
        assertThat(records.get(2).has("ColdStart")).isFalse();
    }

    /** Namespace, dimension sets (by the turn's own, and none), and a unit for each metric, each found at the root. */
    private static void assertWellFormed(JsonNode record) {
        JsonNode directive = record.path("_aws").path("CloudWatchMetrics").path(0);
        assertThat(record.path("_aws").path("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(directive.path("Namespace").asText()).isEqualTo("MindMuscleCoach");
        JsonNode dimensions = directive.path("Dimensions");
        assertThat(dimensions.size()).isEqualTo(2);
        assertThat(dimensions.path(1).size()).as("each metric also without dimensions").isZero();
        List<String> keys = new ArrayList<>();
        dimensions.path(0).forEach(k -> keys.add(k.asText()));
        assertThat(keys).isIn(List.of("locale"), List.of("locale", "routine"));
        keys.forEach(k -> assertThat(record.path(k).isTextual()).as(k).isTrue());
        assertThat(directive.path("Metrics").size()).isPositive();
        directive.path("Metrics").forEach(metric -> {
            String name = metric.path("Name").asText();
            assertThat(UNIT).containsKey(name);
            assertThat(metric.path("Unit").asText()).as(name).isEqualTo(UNIT.get(name));
            assertThat(record.path(name).isNumber() || record.path(name).isArray()).as(name).isTrue();
        });
    }

    private List<JsonNode> records() {
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            try {
                records.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON line: " + line, e);
            }
        }
        return records;
    }

    private static List<Double> values(List<JsonNode> records, String name) {
        List<Double> values = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode value = record.path(name);
            if (value.isArray()) {
                value.forEach(v -> values.add(v.asDouble()));
            } else if (value.isNumber()) {
                values.add(value.asDouble());
            }
        }
        return values;
    }

    private static double sum(List<JsonNode> records, String name) {
        return values(records, name).stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String phase(Turn turn) {
        return turn.workout().path("phase").asText();
    }
}
