package com.mindmusclecoach.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one request builder of the tests: Alexa request envelopes as Alexa sends them, read from the JSON fixtures
 * in {@code src/test/resources/requests} ({@link #fixture}) or built from scratch ({@link #launch}, {@link #intent},
 * {@link #startWorkout}, {@link #pain}, {@link #sessionEnded}, {@link #request} for skill events and any other
 * type), put in an envelope ({@link #envelope}), and edited the way a test needs one request to differ: a slot, a
 * locale, the user, the recognized person, the device's context ({@link #device}, from
 * {@code src/test/resources/devices}), the API endpoint and a granted permission. {@link Echo} sends them.
 */
public final class Requests {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** The application id the fixtures carry. */
    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    /** The time every fixture's request carries. */
    public static final Instant FIXTURE_TIME = Instant.parse("2026-11-25T10:00:00Z");
    public static final String APL = "Alexa.Presentation.APL";
    public static final String RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";

    /** Every fixture the conversation tests use, by file name without {@code .json}. */
    public static final List<String> FIXTURES = List.of("brief-cues", "cancel", "delete-data", "dizzy", "fallback", "faster",
            "full-cues", "help", "how-many-left", "launch", "lets-do-biceps", "navigate-home", "next", "no", "no-equipment",
            "pain-knee",
            "pain-unnamed", "pause", "progress", "rate-3", "rate-4", "rate-5", "rate-eleven", "rate-unheard", "ready", "repeat",
            "reps-10", "reps-1000", "reps-20", "reps-done-6", "reps-done-unheard", "rest-90", "resume", "session-ended",
            "session-ended-silence", "skill-disabled",
            "skip-cool-down", "skip-exercise", "skip-warm-up", "skip", "slower", "start-bicep-focus", "start-leg-day",
            "start-over", "start-push-up-focus", "start-single-arm-row",
            "start-squat-focus", "start-toe-focus", "start-without-workout", "stop", "too-easy", "too-hard", "train-my-chest",
            "unknown-intent", "why", "yes");

    private Requests() {
    }

    // ---- whole envelopes from the fixtures

    /** The whole envelope of {@code src/test/resources/requests/<name>.json}, a fresh copy on every call. */
    public static ObjectNode fixture(String name) {
        return read("/requests/" + name + ".json", "request fixture " + name);
    }

    /** The file {@code src/test/resources/requests/<name>.json} byte for byte, as a body to post as it is. */
    public static byte[] fixtureBytes(String name) {
        try (InputStream in = Requests.class.getResourceAsStream("/requests/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no request fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code context} of {@code src/test/resources/devices/<name>.json}, as that device sends it. */
    public static ObjectNode device(String name) {
        return (ObjectNode) read("/devices/" + name + ".json", "device fixture " + name).path("context");
    }

    // ---- request bodies built from scratch

    public static ObjectNode launch() {
        return request("LaunchRequest");
    }

    public static ObjectNode intent(String name) {
        ObjectNode request = request("IntentRequest").put("dialogState", "COMPLETED");
        request.putObject("intent").put("name", name).put("confirmationStatus", "NONE").putObject("slots");
        return request;
    }

    /** An intent with one slot holding {@code heard}, as for AMAZON.NUMBER slots (no entity resolution). */
    public static ObjectNode intent(String name, String slot, String heard) {
        ObjectNode request = intent(name);
        slot(request, slot).put("value", heard);
        return request;
    }

    /** "Start ...": {@code resolvedId} null means entity resolution found no match (ER_SUCCESS_NO_MATCH). */
    public static ObjectNode startWorkout(String heard, String resolvedId) {
        return resolved(intent("StartWorkoutIntent"), "workout", "WorkoutType", heard, resolvedId);
    }

    /**
     * "My knee hurts", or "ouch" when {@code heard} is null (the slot arrives empty); {@code resolvedId} null
     * means entity resolution found no match.
     */
    public static ObjectNode pain(String heard, String resolvedId) {
        ObjectNode request = intent("PainIntent");
        if (heard == null) {
            ((ObjectNode) request.path("intent").path("slots")).putObject("bodyPart").put("name", "bodyPart")
                    .put("confirmationStatus", "NONE");
            return request;
        }
        return resolved(request, "bodyPart", "BodyPart", heard, resolvedId);
    }

    /**
     * {@code request} (an IntentRequest body) with a custom-type slot heard as {@code heard}, resolved by entity
     * resolution to {@code resolvedId}, or to no match when it is null.
     */
    public static ObjectNode resolved(ObjectNode request, String slot, String type, String heard, String resolvedId) {
        ObjectNode authority = slot(request, slot).put("value", heard)
                .putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", "amzn1.er-authority.echo-sdk." + SKILL_ID + "." + type);
        authority.putObject("status").put("code", resolvedId == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
        if (resolvedId != null) {
            authority.putArray("values").addObject().putObject("value").put("name", heard).put("id", resolvedId);
        }
        return request;
    }

    public static ObjectNode sessionEnded(String reason) {
        return request("SessionEndedRequest").put("reason", reason);
    }

    /** A request of any type (a skill event such as AlexaSkillEvent.SkillDisabled too), with the fields every request has. */
    public static ObjectNode request(String type) {
        return JSON.createObjectNode().put("type", type)
                .put("requestId", "amzn1.echo-api.request." + UUID.randomUUID())
                .put("timestamp", FIXTURE_TIME.toString())
                .put("locale", "en-US");
    }

    /**
     * The envelope around {@code request}, for {@code userId} on one device, in a session (null: an
     * out-of-session event such as AlexaSkillEvent.SkillDisabled).
     */
    public static ObjectNode envelope(ObjectNode request, String userId, Session session) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "1.0");
        if (session != null) {
            ObjectNode node = envelope.putObject("session").put("new", session.isNew()).put("sessionId", session.id());
            node.putObject("application").put("applicationId", session.applicationId());
            node.set("attributes", session.attributes() == null ? JSON.createObjectNode() : session.attributes().deepCopy());
            node.putObject("user").put("userId", userId);
        }
        String applicationId = session == null ? SKILL_ID : session.applicationId();
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", applicationId);
        system.putObject("user").put("userId", userId);
        system.putObject("device").put("deviceId", "amzn1.ask.device." + Math.abs(userId.hashCode()))
                .putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com").put("apiAccessToken", "test-token");
        envelope.set("request", request);
        return envelope;
    }

    /** The session part of an envelope: id, whether it is new, the attributes it carries, the skill it is for. */
    public record Session(String id, boolean isNew, JsonNode attributes, String applicationId) {

        public static Session fresh() {
            return new Session("amzn1.echo-api.session." + UUID.randomUUID(), true, JSON.createObjectNode(), SKILL_ID);
        }

        public Session forSkill(String otherApplicationId) {
            return new Session(id, isNew, attributes, otherApplicationId);
        }
    }

    // ---- editing one envelope

    /** {@code envelope} with slot {@code slot} of its intent now heard as {@code value}. */
    public static ObjectNode withSlotValue(ObjectNode envelope, String slot, String value) {
        ((ObjectNode) envelope.path("request").path("intent").path("slots").path(slot)).put("value", value);
        return envelope;
    }

    /**
     * {@code envelope} with slot {@code slot} of its intent now heard as {@code heard} and resolved to {@code id}: the
     * first value of its first resolution authority says so.
     */
    public static ObjectNode withResolvedSlot(ObjectNode envelope, String slot, String heard, String id) {
        ObjectNode node = (ObjectNode) envelope.path("request").path("intent").path("slots").path(slot);
        node.put("value", heard);
        ((ObjectNode) node.path("resolutions").path("resolutionsPerAuthority").get(0).path("values").get(0).path("value"))
                .put("name", heard).put("id", id);
        return envelope;
    }

    /** {@code envelope} asking for intent {@code name}, its slots as they were. */
    public static ObjectNode withIntentName(ObjectNode envelope, String name) {
        ((ObjectNode) envelope.path("request").path("intent")).put("name", name);
        return envelope;
    }

    /** {@code envelope} with its request in {@code locale}. */
    public static ObjectNode withLocale(ObjectNode envelope, String locale) {
        ((ObjectNode) envelope.path("request")).put("locale", locale);
        return envelope;
    }

    /** {@code envelope} from a device whose Alexa API endpoint (settings, reminders) is {@code endpoint}. */
    public static ObjectNode withApiEndpoint(ObjectNode envelope, String endpoint) {
        system(envelope).put("apiEndpoint", endpoint);
        return envelope;
    }

    /** {@code envelope} from a user who granted the skill {@code scope}. */
    public static ObjectNode withPermission(ObjectNode envelope, String scope) {
        ((ObjectNode) system(envelope).path("user")).putObject("permissions").putObject("scopes")
                .putObject(scope).put("status", "GRANTED");
        return envelope;
    }

    /** {@code envelope} sent to the skill with application id {@code id}, in its session and in its context. */
    public static ObjectNode withApplication(ObjectNode envelope, String id) {
        if (envelope.path("session").isObject()) {
            ((ObjectNode) envelope.path("session")).putObject("application").put("applicationId", id);
        }
        system(envelope).putObject("application").put("applicationId", id);
        return envelope;
    }

    /** {@code envelope} with no user at all, neither in its session nor in its context. */
    public static ObjectNode withoutUser(ObjectNode envelope) {
        ((ObjectNode) envelope.path("session")).remove("user");
        system(envelope).remove("user");
        return envelope;
    }

    /** The {@code context.System} of {@code envelope}, to edit. */
    public static ObjectNode system(ObjectNode envelope) {
        return (ObjectNode) envelope.path("context").path("System");
    }

    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        return text(node).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode slot(ObjectNode request, String name) {
        return ((ObjectNode) request.path("intent").path("slots")).putObject(name).put("name", name)
                .put("confirmationStatus", "NONE").put("source", "USER");
    }

    private static ObjectNode read(String resource, String what) {
        try (InputStream in = Requests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + what);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
