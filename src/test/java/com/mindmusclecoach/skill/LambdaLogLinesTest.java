package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.logging.LogLines;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's log lines, through the class Lambda invokes: a whole conversation's lines are JSON objects in Lambda's
 * shape, each carrying the Lambda request id of its invocation; one access line per turn; the user's and person's ids
 * never in clear, but as a keyed hash that two handler instances (two containers) with the same key agree on; the
 * level from AWS_LAMBDA_LOG_LEVEL.
 */
class LambdaLogLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "amzn1.ask.account.LOGGED-USER-7Q3";
    private static final String PERSON = "amzn1.ask.person.LOGGED-PERSON-9Z1";

    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void stopCapturing() {
        LogLines.captureOnThisThread(null);
    }

    @Test
    void conversation_shouldLogJsonLinesWithTheRequestId_andAnAccessLinePerTurn_andNoIdInClear() {
        LogLines.captureOnThisThread(lines::add);
        Echo echo = Echo.lambda(new CoachStreamHandler(env("key-one")), USER).as(PERSON);
        List<String> requestIds = new ArrayList<>();

        for (String said : List.of("launch", "start-squat-focus", "ready", "rate-4", "stop")) {
            int before = lines.size();
            echo.say(said);
            String requestId = echo.context().getAwsRequestId();
            requestIds.add(requestId);
            List<JsonNode> turn = lines.subList(before, lines.size()).stream().map(LambdaLogLinesTest::json).toList();
            assertThat(turn).as("the lines of '%s'", said).isNotEmpty()
                    .allSatisfy(line -> {
                        assertThat(line.path("timestamp").asText()).endsWith("Z");
                        assertThat(line.path("level").asText()).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
                        assertThat(line.path("message").isTextual()).isTrue();
                        assertThat(line.path("AWSRequestId").asText()).isEqualTo(requestId);
                    });
            JsonNode access = turn.get(turn.size() - 1);
            assertThat(access.path("level").asText()).isEqualTo("INFO");
            assertThat(access.path("phase").asText()).isEqualTo("turn");
            assertThat(access.path("outcome").asText()).isEqualTo("ok");
            assertThat(access.path("latencyMs").isIntegralNumber()).isTrue();
            assertThat(access.path("requestType").asText()).isNotEmpty();
            assertThat(access.path("coldStart").asBoolean()).isEqualTo(requestIds.size() == 1);
            assertThat(access.path("user").asText()).startsWith("h:");
            assertThat(access.path("person").asText()).startsWith("h:");
        }

        assertThat(requestIds).doesNotHaveDuplicates();
        assertThat(json(lines.get(0)).path("requestType").asText()).isEqualTo("LaunchRequest");
        assertThat(lines).as("no user or person id in clear")
                .noneMatch(line -> line.contains(USER) || line.contains(PERSON) || line.contains("LOGGED-"));
    }

    @Test
    void userHash_shouldBeTheSameInTwoHandlerInstancesWithOneKey_andDifferWithAnother() {
        String first = userHash(new CoachStreamHandler(env("key-one")));
        String second = userHash(new CoachStreamHandler(env("key-one")));
        String otherKey = userHash(new CoachStreamHandler(env("key-two")));

        assertThat(first).startsWith("h:").isEqualTo(second).isNotEqualTo(otherKey);
    }

    @Test
    void withoutAKey_ids_shouldBeRedactedEntirely() {
        Map<String, String> env = env("unused");
        env.remove("LOG_ID_KEY");

        assertThat(userHash(new CoachStreamHandler(env))).isEqualTo("redacted");
        assertThat(lines).noneMatch(line -> line.contains(USER));
    }

    @Test
    void level_shouldFollowAwsLambdaLogLevel() {
        Map<String, String> env = env("key-one");
        env.put("AWS_LAMBDA_LOG_LEVEL", "WARN");
        LogLines.captureOnThisThread(lines::add);

        Echo.lambda(new CoachStreamHandler(env), USER).say("launch");

        assertThat(lines).as("the INFO access line is below WARN").isEmpty();

        Map<String, String> refusing = env("key-one");
        refusing.remove("ALLOW_ANY_SKILL");
        refusing.put("AWS_LAMBDA_LOG_LEVEL", "ERROR");
        Echo refused = Echo.lambda(new CoachStreamHandler(refusing), USER);
        refused.sendUnchecked(refused.prepare(Requests.fixture("launch")));

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(json(line).path("level").asText()).isEqualTo("ERROR"));
    }

    @Test
    void priming_shouldLogItsOwnPhase_andLeaveTheColdStartToTheFirstRealTurn() {
        Map<String, String> env = env("key-one");
        env.remove("ALLOW_ANY_SKILL");
        env.put("SKILL_ID", "amzn1.ask.skill.primed");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "mind-muscle-coach");
        CoachStreamHandler handler = new CoachStreamHandler(new CountingProgressRepository(), env);
        LogLines.captureOnThisThread(lines::add);

        handler.beforeCheckpoint(null);
        List<JsonNode> primed = lines.stream().map(LambdaLogLinesTest::json)
                .filter(line -> line.has("latencyMs")).toList();
        lines.clear();
        Echo.lambda(handler, USER).forSkill("amzn1.ask.skill.primed").withApiEndpoint("http://127.0.0.1:9").say("launch");

        assertThat(primed).as("priming's access lines").hasSizeGreaterThan(10)
                .allSatisfy(line -> {
                    assertThat(line.path("phase").asText()).isEqualTo("priming");
                    assertThat(line.path("coldStart").asBoolean()).isFalse();
                });
        JsonNode first = json(lines.get(lines.size() - 1));
        assertThat(first.path("phase").asText()).isEqualTo("turn");
        assertThat(first.path("coldStart").asBoolean()).as("the first real turn").isTrue();
    }

    private String userHash(CoachStreamHandler handler) {
        List<String> captured = new ArrayList<>();
        LogLines.captureOnThisThread(captured::add);
        try {
            Echo.lambda(handler, USER).say("launch");
        } finally {
            LogLines.captureOnThisThread(null);
        }
        lines.addAll(captured);
        return json(captured.get(captured.size() - 1)).path("user").asText();
    }

    private static Map<String, String> env(String key) {
        Map<String, String> env = new HashMap<>();
        env.put("ALLOW_ANY_SKILL", "true");
        env.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
        env.put("LOG_ID_KEY", key);
        return env;
    }

    private static JsonNode json(String line) {
        try {
            assertThat(line).doesNotContain("\n");
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }
}
