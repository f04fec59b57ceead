package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Builds genuine Alexa request envelopes for one device and user: session ids, the application id, user,
 * device, locale and timestamp, with the session attributes the skill returned last time.
 */
final class RequestFactory {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String applicationId;
    private final String userId;
    private final String deviceId;
    private final String locale;
    private final Clock clock;
    private String sessionId;
    private boolean newSession = true;
    private JsonNode attributes = JSON.createObjectNode();
    private String personId;

    RequestFactory(String applicationId, String userId, String locale, Clock clock) {
        this.applicationId = applicationId;
        this.userId = userId;
        this.deviceId = "amzn1.ask.device.LOCAL-" + Math.abs(userId.hashCode());
        this.locale = locale;
        this.clock = clock;
        this.sessionId = newId("amzn1.echo-api.session.");
    }

    /** The voice profile Alexa recognizes from now on ({@code context.System.person}); null: nobody recognized. */
    void speakAs(String personId) {
        this.personId = personId;
    }

    ObjectNode launch() {
        return envelope(request("LaunchRequest"));
    }

    ObjectNode intent(String name, Map<String, UtteranceResolver.SlotValue> slots) {
        ObjectNode request = request("IntentRequest");
        ObjectNode intent = request.putObject("intent").put("name", name).put("confirmationStatus", "NONE");
        ObjectNode slotsNode = intent.putObject("slots");
        slots.forEach((slotName, value) -> {
            ObjectNode slot = slotsNode.putObject(slotName).put("name", slotName).put("value", value.heard())
                    .put("confirmationStatus", "NONE").put("source", "USER");
            if (value.customType()) {
                ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                        .put("authority", "amzn1.er-authority.echo-sdk." + applicationId + ".custom");
                authority.putObject("status").put("code", value.id() != null ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
                if (value.id() != null) {
                    authority.putArray("values").addObject().putObject("value").put("name", value.heard()).put("id", value.id());
                }
            }
        });
        return envelope(request);
    }

    ObjectNode sessionEnded(String reason) {
        ObjectNode request = request("SessionEndedRequest").put("reason", reason);
        return envelope(request);
    }

    /** Carries the response's session into the next request, or starts a new session when it ended. */
    void after(JsonNode response) {
        boolean ended = response.path("response").path("shouldEndSession").asBoolean(true);
        if (ended) {
            newSession = true;
            attributes = JSON.createObjectNode();
            sessionId = newId("amzn1.echo-api.session.");
        } else {
            newSession = false;
            attributes = response.path("sessionAttributes").isObject() ? response.path("sessionAttributes") : JSON.createObjectNode();
        }
    }

    private ObjectNode request(String type) {
        ObjectNode request = JSON.createObjectNode().put("type", type)
                .put("requestId", newId("amzn1.echo-api.request."))
                .put("timestamp", Instant.now(clock).toString())
                .put("locale", locale);
        if (type.equals("IntentRequest")) {
            request.put("dialogState", "COMPLETED");
        }
        return request;
    }

    private ObjectNode envelope(ObjectNode request) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "1.0");
        ObjectNode session = envelope.putObject("session").put("new", newSession).put("sessionId", sessionId);
        session.putObject("application").put("applicationId", applicationId);
        session.set("attributes", attributes);
        session.putObject("user").put("userId", userId);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", applicationId);
        system.putObject("user").put("userId", userId);
        if (personId != null) {
            system.putObject("person").put("personId", personId);
        }
        system.putObject("device").put("deviceId", deviceId).putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        envelope.set("request", request);
        return envelope;
    }

    private static String newId(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
