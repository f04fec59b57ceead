package com.mindmusclecoach.skill;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressConflictException;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Before a SnapStart snapshot, plays a whole conversation through the Lambda's own handler (the request stream in,
 * the response stream out, as Lambda calls it), so the snapshot holds the classes and the warmed code of every kind of
 * turn (see {@link #converse}). Session attributes
 * travel from each answer into the next request, as on an Echo.
 *
 * <p>The conversation is a synthetic trainee's ({@value #PRIMING_USER}), who trained two days before, whose progress
 * lives under that key in the real store, as in a real session: it is read once, written after the set and at the
 * end; then a write on a stale version loses its race, and the key is deleted. Nobody's progress is touched. The device's Settings API and the
 * Reminders API are called on a closed loopback port (refused at once), so their HTTP paths load without leaving the
 * machine. Whatever fails (storage unreachable, the skill refusing a foreign skill ID) is logged and priming goes on:
 * it never stops the function from starting.
 */
public final class SnapStartPriming {

    static final String PRIMING_USER = "amzn1.ask.account.SNAPSTART-PRIMING";
    /** Nothing listens here: the Alexa API calls priming makes are refused at once, on this machine. */
    static final String CLOSED_ENDPOINT = "http://127.0.0.1:1";
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What priming did: what the coach said at each turn, and what the store did. */
    public record Primed(List<String> said, int setsStored, boolean raceLost, boolean deleted) {
    }

    private SnapStartPriming() {
    }

    /**
     * @param handler the Lambda's handler, answering as it will for users
     * @param skillId the skill ID the handler accepts (null: any)
     * @param storage the handler's store, for the race and the deletion of the synthetic key
     */
    public static Primed prime(RequestStreamHandler handler, String skillId, ProgressRepository storage) {
        seed(storage);
        List<String> said = converse(handler, skillId, PRIMING_USER);
        int sets = 0;
        boolean raceLost = false;
        boolean deleted = false;
        try {
            Optional<StoredProgress> stored = storage.find(PRIMING_USER);
            sets = stored.map(s -> s.progress().setsCompleted()).orElse(0);
            if (stored.isPresent()) {
                try {
                    storage.put(PRIMING_USER, stored.get().progress(), stored.get().version() - 1);
                } catch (ProgressConflictException expected) {
                    raceLost = true;
                }
            }
            storage.delete(PRIMING_USER);
            deleted = true;
        } catch (RuntimeException unavailable) {
            LOG.warn("priming's storage calls failed; the first request will warm the rest", unavailable);
        }
        return new Primed(said, sets, raceLost, deleted);
    }

    /**
     * The synthetic trainee trained two days ago (a bicep focus finished), so the first launch is a returning trainee's,
     * as most first turns after a restore are: the welcome back, today's suggestion, the muscles that are due. A key
     * left by an earlier priming that did not finish is replaced.
     */
    private static void seed(ProgressRepository storage) {
        LocalDate twoDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        try {
            storage.delete(PRIMING_USER);
            storage.put(PRIMING_USER, UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("bicep_focus"),
                    new ProgressChange.SetDone("biceps_curl", 8, twoDaysAgo), new ProgressChange.WorkoutDone(twoDaysAgo))), 0);
        } catch (RuntimeException unavailable) {
            LOG.warn("priming could not seed its trainee; it primes a first-time trainee's launch instead", unavailable);
        }
    }

    /**
     * The whole conversation priming plays, as {@code userId} on one Echo: launch, bicep focus started, the warm-up
     * skipped, a set coached and rated, pause and resume, "how many left", slower, a second set coached and rated,
     * the exercise skipped (and the skip confirmed), the report, the delete question answered no, a reminder asked for, a second launch, stop
     * and the session's end. Also what {@code bench.ClassLoadBenchmark} plays after the checkpoint.
     *
     * @return what the coach said at each turn ("" for a turn answered without speech)
     */
    public static List<String> converse(RequestStreamHandler handler, String skillId, String userId) {
        Echo echo = new Echo(handler, skillId == null ? "amzn1.ask.skill.snapstart-priming" : skillId, userId);
        echo.launch();
        echo.intent("StartWorkoutIntent", "workout", "bicep focus", "bicep_focus");
        echo.intent("SkipWarmUpIntent");
        echo.intent("ReadyIntent");
        echo.intent("RateIntent", "rating", "4", null);
        echo.intent("AMAZON.PauseIntent");
        echo.intent("AMAZON.ResumeIntent");
        echo.intent("HowManyLeftIntent");
        echo.intent("SlowerIntent");
        echo.intent("ReadyIntent");
        echo.intent("RateIntent", "rating", "5", null);
        echo.intent("SkipExerciseIntent");
        echo.intent("AMAZON.YesIntent");
        echo.intent("ProgressIntent");
        echo.intent("DeleteDataIntent");
        echo.intent("AMAZON.NoIntent");
        echo.reminder();
        echo.launch();
        echo.intent("AMAZON.StopIntent");
        echo.sessionEnded();
        return echo.said;
    }

    /** One Echo of the synthetic trainee, talking to the handler as Lambda would. */
    private static final class Echo {

        private final RequestStreamHandler handler;
        private final String skillId;
        private final String userId;
        private final List<String> said = new ArrayList<>();
        private JsonNode attributes = JSON.createObjectNode();
        private boolean newSession = true;
        private int requests;

        Echo(RequestStreamHandler handler, String skillId, String userId) {
            this.handler = handler;
            this.skillId = skillId;
            this.userId = userId;
        }

        void launch() {
            send(request("LaunchRequest"));
        }

        void intent(String name) {
            intent(name, null, null, null);
        }

        void intent(String name, String slot, String heard, String resolvedId) {
            ObjectNode request = request("IntentRequest").put("dialogState", "COMPLETED");
            ObjectNode slots = slots(request, name);
            if (slot != null) {
                ObjectNode value = slot(slots, slot, heard);
                if (resolvedId != null) {
                    resolve(value, "WorkoutType", heard, resolvedId);
                }
            }
            send(request);
        }

        /** "Remind me to train Monday at seven", which asks for the permission without it. */
        void reminder() {
            ObjectNode request = request("IntentRequest").put("dialogState", "COMPLETED");
            ObjectNode slots = slots(request, "SetReminderIntent");
            resolve(slot(slots, "dayOne", "monday"), "ReminderDay", "monday", "MO");
            slot(slots, "time", "07:00");
            send(request);
        }

        private static ObjectNode slots(ObjectNode request, String intentName) {
            return request.putObject("intent").put("name", intentName).put("confirmationStatus", "NONE").putObject("slots");
        }

        private static ObjectNode slot(ObjectNode slots, String name, String heard) {
            return slots.putObject(name).put("name", name).put("value", heard).put("confirmationStatus", "NONE")
                    .put("source", "USER");
        }

        /** The custom slot type's entity resolution, as Alexa sends it for a value of the model. */
        private void resolve(ObjectNode slot, String type, String heard, String id) {
            ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                    .put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + type);
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            authority.putArray("values").addObject().putObject("value").put("name", heard).put("id", id);
        }

        void sessionEnded() {
            send(request("SessionEndedRequest").put("reason", "USER_INITIATED"));
        }

        private ObjectNode request(String type) {
            return JSON.createObjectNode().put("type", type).put("requestId", "amzn1.echo-api.request.priming-" + ++requests)
                    .put("timestamp", java.time.Instant.now().toString()).put("locale", "en-US");
        }

        private void send(ObjectNode request) {
            ObjectNode envelope = JSON.createObjectNode().put("version", "1.0");
            ObjectNode session = envelope.putObject("session").put("new", newSession)
                    .put("sessionId", "amzn1.echo-api.session.priming");
            session.putObject("application").put("applicationId", skillId);
            session.set("attributes", attributes);
            session.putObject("user").put("userId", userId);
            ObjectNode system = envelope.putObject("context").putObject("System");
            system.putObject("application").put("applicationId", skillId);
            system.putObject("user").put("userId", userId);
            system.putObject("device").put("deviceId", "amzn1.ask.device.SNAPSTART-PRIMING").putObject("supportedInterfaces");
            system.put("apiEndpoint", CLOSED_ENDPOINT).put("apiAccessToken", "priming");
            envelope.set("request", request);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, null);
                JsonNode response = JSON.readTree(out.toByteArray());
                said.add(response.path("response").path("outputSpeech").path("ssml").asText(""));
                boolean ended = response.path("response").path("shouldEndSession").asBoolean(true);
                newSession = ended;
                attributes = ended || !response.path("sessionAttributes").isObject()
                        ? JSON.createObjectNode() : response.path("sessionAttributes");
            } catch (IOException | RuntimeException failed) {
                LOG.warn("priming turn {} failed", request.path("type").asText(), failed);
                said.add("");
                newSession = true;
                attributes = JSON.createObjectNode();
            }
        }
    }
}
