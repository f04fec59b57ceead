package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Alexa request envelopes as Alexa sends them, built from scratch (for generated input) or read from the
 * conversation tests' fixtures in {@code src/test/resources/requests}.
 */
final class Alexa {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The application id the fixtures carry. */
    static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    static final Instant FIXTURE_TIME = Instant.parse("2026-11-25T10:00:00Z");

    /** Every fixture the conversation tests use, by file name without {@code .json}. */
    static final List<String> FIXTURES = List.of("brief-cues", "cancel", "delete-data", "dizzy", "fallback", "faster",
            "full-cues", "help", "how-many-left", "launch", "lets-do-biceps", "navigate-home", "next", "no", "no-equipment",
            "pain-knee",
            "pain-unnamed", "pause", "progress", "rate-3", "rate-4", "rate-5", "rate-eleven", "rate-unheard", "ready", "repeat",
            "reps-10", "reps-1000", "reps-20", "reps-done-6", "reps-done-unheard", "rest-90", "resume", "session-ended",
            "session-ended-silence", "skill-disabled",
            "skip-cool-down", "skip-exercise", "skip-warm-up", "skip", "slower", "start-bicep-focus", "start-leg-day",
            "start-over", "start-push-up-focus", "start-single-arm-row",
            "start-squat-focus", "start-toe-focus", "start-without-workout", "stop", "too-easy", "too-hard", "train-my-chest",
            "unknown-intent", "why", "yes");

    private Alexa() {
    }

    static ObjectNode fixture(String name) {
        try (InputStream in = Alexa.class.getResourceAsStream("/requests/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no request fixture " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode launch() {
        return request("LaunchRequest");
    }

    static ObjectNode intent(String name) {
        ObjectNode request = request("IntentRequest").put("dialogState", "COMPLETED");
        request.putObject("intent").put("name", name).put("confirmationStatus", "NONE").putObject("slots");
        return request;
    }

    /** An intent with one slot holding {@code heard}, as for AMAZON.NUMBER slots (no entity resolution). */
    static ObjectNode intent(String name, String slot, String heard) {
        ObjectNode request = intent(name);
        slot(request, slot).put("value", heard);
        return request;
    }

    /** "Start ...": {@code resolvedId} null means entity resolution found no match (ER_SUCCESS_NO_MATCH). */
    static ObjectNode startWorkout(String heard, String resolvedId) {
        return resolved(intent("StartWorkoutIntent"), "workout", "WorkoutType", heard, resolvedId);
    }

    /**
     * "My knee hurts", or "ouch" when {@code heard} is null (the slot arrives empty); {@code resolvedId} null
     * means entity resolution found no match.
     */
    static ObjectNode pain(String heard, String resolvedId) {
        ObjectNode request = intent("PainIntent");
        if (heard == null) {
            ((ObjectNode) request.path("intent").path("slots")).putObject("bodyPart").put("name", "bodyPart")
                    .put("confirmationStatus", "NONE");
            return request;
        }
        return resolved(request, "bodyPart", "BodyPart", heard, resolvedId);
    }

    /** {@code request} with a custom-type slot heard as {@code heard}, resolved to {@code resolvedId} or to no match. */
    private static ObjectNode resolved(ObjectNode request, String slot, String type, String heard, String resolvedId) {
        ObjectNode authority = slot(request, slot).put("value", heard)
                .putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", "amzn1.er-authority.echo-sdk." + SKILL_ID + "." + type);
        authority.putObject("status").put("code", resolvedId == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
        if (resolvedId != null) {
            authority.putArray("values").addObject().putObject("value").put("name", heard).put("id", resolvedId);
        }
        return request;
    }

    static ObjectNode sessionEnded(String reason) {
        return request("SessionEndedRequest").put("reason", reason);
    }

    /** A request of any type, with the fields every request has. */
    static ObjectNode request(String type) {
        return JSON.createObjectNode().put("type", type)
                .put("requestId", "amzn1.echo-api.request." + UUID.randomUUID())
                .put("timestamp", FIXTURE_TIME.toString())
                .put("locale", "en-US");
    }

    /**
     * The envelope around {@code request}, for {@code userId} on one device, in a session (null: an
     * out-of-session event such as AlexaSkillEvent.SkillDisabled).
     */
    static ObjectNode envelope(ObjectNode request, String userId, Session session) {
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
        ObjectNode interfaces = system.putObject("device").put("deviceId", "amzn1.ask.device." + Math.abs(userId.hashCode()))
                .putObject("supportedInterfaces");
        if (session != null && session.screen()) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2024.2");
        }
        system.put("apiEndpoint", "https://api.amazonalexa.com").put("apiAccessToken", "test-token");
        envelope.set("request", request);
        return envelope;
    }

    /** The session part of an envelope: id, whether it is new, and the attributes the last response returned. */
    record Session(String id, boolean isNew, JsonNode attributes, String applicationId, boolean screen) {

        static Session fresh() {
            return new Session("amzn1.echo-api.session." + UUID.randomUUID(), true, JSON.createObjectNode(), SKILL_ID, false);
        }

        Session next(JsonNode returnedAttributes) {
            return new Session(id, false, returnedAttributes, applicationId, screen);
        }

        Session forSkill(String otherApplicationId) {
            return new Session(id, isNew, attributes, otherApplicationId, screen);
        }

        /** On a device with a screen (it announces Alexa.Presentation.APL). */
        Session withScreen() {
            return new Session(id, isNew, attributes, applicationId, true);
        }
    }

    private static ObjectNode slot(ObjectNode request, String name) {
        return ((ObjectNode) request.path("intent").path("slots")).putObject(name).put("name", name)
                .put("confirmationStatus", "NONE").put("source", "USER");
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
