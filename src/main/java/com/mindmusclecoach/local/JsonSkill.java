package com.mindmusclecoach.local;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The skill as JSON in, JSON out, the way Alexa talks to it: shared by the text coach and the HTTP endpoint. */
final class JsonSkill {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonSerializer SERIALIZER = new JacksonSerializer();

    private final CustomSkill skill;

    JsonSkill(CustomSkill skill) {
        this.skill = skill;
    }

    /** The skill's answer; {@code null} (in JSON) when it refuses the request, as the Lambda path writes it. */
    String invoke(String requestJson) {
        return answer(requestJson).orElse("null");
    }

    /**
     * The skill's answer, or empty when the skill refuses the request: the SDK returns no response to a request
     * for another skill, and {@code OwnRequestsOnlySkill} none to a request that names no skill.
     *
     * @throws IllegalArgumentException when the JSON is not an Alexa request envelope
     */
    Optional<String> answer(String requestJson) {
        RequestEnvelope envelope;
        try {
            envelope = SERIALIZER.deserialize(requestJson, RequestEnvelope.class);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("not an Alexa request envelope: " + rootMessage(unreadable), unreadable);
        }
        if (envelope == null || envelope.getRequest() == null) {
            throw new IllegalArgumentException("not an Alexa request envelope: no request");
        }
        if (envelope.getSession() == null && isConversational(envelope.getRequest())) {
            throw new IllegalArgumentException("not an Alexa request envelope: a " + envelope.getRequest().getType()
                    + " comes with a session");
        }
        return Optional.ofNullable(skill.invoke(envelope)).map(SERIALIZER::serialize);
    }

    JsonNode invoke(JsonNode request) {
        try {
            return JSON.readTree(invoke(JSON.writeValueAsString(request)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests Alexa only ever sends within a session; the skill keeps its state in that session's attributes. */
    private static boolean isConversational(Request request) {
        return request instanceof LaunchRequest || request instanceof IntentRequest || request instanceof SessionEndedRequest;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
