package com.mindmusclecoach.skill;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the real skill with the JSON request fixtures in {@code src/test/resources/requests}, the way Alexa
 * would: session attributes travel from each response into the next request, an ended session makes the
 * next request start a new one, and every response is checked against {@link ResponseRules}. A conversation on
 * a screen device announces APL in every request; on any other device a response must carry no APL directive.
 */
final class Conversation {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String APL = "Alexa.Presentation.APL";
    static final String RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";
    private static final JacksonSerializer SERIALIZER = new JacksonSerializer();

    private final CustomSkill skill;
    private final String userId;
    private JsonNode attributes = JSON.createObjectNode();
    private boolean newSession = true;
    private boolean screen;
    private String person;

    Conversation(CustomSkill skill, String userId) {
        this.skill = skill;
        this.userId = userId;
    }

    /** From now on, requests come from a device with a screen (an Echo Show): APL 1.6 is announced. */
    Conversation onScreenDevice() {
        screen = true;
        return this;
    }

    /**
     * From now on, requests carry this recognized voice profile as {@code context.System.person.personId}, as Alexa
     * sends it to a skill with the {@code alexa::person_id:read} permission; null: nobody recognized.
     */
    Conversation as(String personId) {
        person = personId;
        return this;
    }

    static ObjectNode fixture(String name) {
        try (InputStream in = Conversation.class.getResourceAsStream("/requests/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no request fixture " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Turn say(String fixtureName) {
        return send(fixture(fixtureName));
    }

    Turn send(ObjectNode request) {
        if (request.path("session").isObject()) {
            ObjectNode session = (ObjectNode) request.path("session");
            session.put("new", newSession);
            session.set("attributes", attributes);
            if (userId != null) {
                ((ObjectNode) session.path("user")).put("userId", userId);
            }
        }
        if (userId != null) {
            ((ObjectNode) request.path("context").path("System").path("user")).put("userId", userId);
        }
        if (request.path("context").path("System").isObject()) {
            ObjectNode system = (ObjectNode) request.path("context").path("System");
            if (person != null) {
                system.putObject("person").put("personId", person);
            } else {
                system.remove("person");
            }
        }
        if (screen && request.path("context").path("System").path("device").isObject()) {
            ((ObjectNode) request.path("context").path("System").path("device").path("supportedInterfaces"))
                    .putObject(APL).putObject("runtime").put("maxVersion", "1.6");
        }
        boolean aplAnnounced = request.path("context").path("System").path("device").path("supportedInterfaces").has(APL);
        try {
            String wireResponse = SERIALIZER.serialize(skill.invoke(SERIALIZER.deserialize(JSON.writeValueAsString(request),
                    RequestEnvelope.class)));
            JsonNode response = JSON.readTree(wireResponse);
            ResponseRules.check(response, wireResponse);
            Turn turn = new Turn(response, wireResponse.getBytes(StandardCharsets.UTF_8).length);
            if (!aplAnnounced) {
                assertThat(turn.screen().isMissingNode()).as("no APL directive for a device without APL").isTrue();
            }
            newSession = turn.ends();
            attributes = turn.ends() || response.path("sessionAttributes").isMissingNode()
                    ? JSON.createObjectNode() : response.path("sessionAttributes");
            return turn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode attributes() {
        return attributes;
    }

    /** Replaces what the next request carries, as a tampered or stale device would. */
    void forceAttributes(JsonNode tampered) {
        attributes = tampered;
        newSession = false;
    }

    /** One response, read the way a person would hear it; {@code bytes} is its size on the wire. */
    record Turn(JsonNode envelope, int bytes) {

        String ssml() {
            return envelope.path("response").path("outputSpeech").path("ssml").asText("");
        }

        /** The speech without markup, as heard. */
        String speech() {
            return plain(ssml());
        }

        String reprompt() {
            return plain(envelope.path("response").path("reprompt").path("outputSpeech").path("ssml").asText(""));
        }

        boolean ends() {
            return envelope.path("response").path("shouldEndSession").asBoolean(true);
        }

        boolean hasSpeech() {
            return !envelope.path("response").path("outputSpeech").isMissingNode();
        }

        JsonNode workout() {
            return envelope.path("sessionAttributes").path("workout");
        }

        /** The RenderDocument directive of this response, or a missing node when the screen is left as it was. */
        JsonNode screen() {
            for (JsonNode directive : envelope.path("response").path("directives")) {
                if (directive.path("type").asText().startsWith(APL)) {
                    return directive;
                }
            }
            return JSON.missingNode();
        }

        private static String plain(String ssml) {
            return ssml.replaceAll("<[^>]+>", " ").replace("&apos;", "'").replace("&quot;", "\"")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                    .replaceAll("\\s+", " ").strip();
        }
    }
}
