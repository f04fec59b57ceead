package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One user's Echo talking to the skill over a {@link Transport} the way Alexa would: session attributes travel
 * from each response into the next request, and a session that ended makes the next request open a new one.
 * Every answer is checked with {@link Checks#validResponse}.
 */
final class Device {

    private final Transport transport;
    private final String userId;
    private String applicationId = Alexa.SKILL_ID;
    private boolean screen;
    private Alexa.Session session = Alexa.Session.fresh();

    Device(Transport transport, String userId) {
        this.transport = transport;
        this.userId = userId;
    }

    String userId() {
        return userId;
    }

    /** This device talks to the skill with this application id from now on. */
    Device forSkill(String id) {
        applicationId = id;
        session = session.forSkill(id);
        return this;
    }

    /** This device has a screen (an Echo Show): it announces APL. */
    Device withScreen() {
        screen = true;
        session = session.withScreen();
        return this;
    }

    /** Sends {@code request} in this device's session; the answer must be valid and free of the fault apology. */
    Turn say(ObjectNode request) {
        Turn turn = sayAllowingTrouble(request);
        assertThat(turn.ssml()).as("a turn that hit a fault inside the skill").doesNotContain(Checks.TROUBLE);
        return turn;
    }

    Turn sayAllowingTrouble(ObjectNode request) {
        Turn turn = new Turn(Checks.validResponse(send(envelope(request))));
        after(turn);
        return turn;
    }

    /** The envelope the next request would travel in. */
    ObjectNode envelope(ObjectNode request) {
        return Alexa.envelope(request, userId, session);
    }

    /** Sends any bytes, unchecked; the session moves on only if a valid response came back. */
    Transport.Reply send(ObjectNode envelope) {
        return transport.send(Alexa.text(envelope).getBytes(StandardCharsets.UTF_8));
    }

    void after(Turn turn) {
        Alexa.Session fresh = Alexa.Session.fresh().forSkill(applicationId);
        session = turn.ends() ? (screen ? fresh.withScreen() : fresh) : session.next(turn.attributes());
    }

    boolean inSession() {
        return !session.isNew();
    }

    /** Replaces what the next request carries, as a stale or tampered device would. */
    void forceAttributes(JsonNode attributes) {
        session = session.next(attributes);
    }

    JsonNode attributes() {
        return session.attributes();
    }

    /** One response, read as the user hears it. */
    record Turn(JsonNode envelope) {

        String ssml() {
            return envelope.path("response").path("outputSpeech").path("ssml").asText("");
        }

        String speech() {
            String ssml = ssml();
            return ssml.isEmpty() ? "" : Checks.heard(ssml).replaceAll("\\s+", " ").strip();
        }

        String reprompt() {
            String ssml = envelope.path("response").path("reprompt").path("outputSpeech").path("ssml").asText("");
            return ssml.isEmpty() ? "" : Checks.heard(ssml).replaceAll("\\s+", " ").strip();
        }

        boolean ends() {
            return envelope.path("response").path("shouldEndSession").asBoolean(true);
        }

        JsonNode attributes() {
            JsonNode attributes = envelope.path("sessionAttributes");
            return attributes.isObject() ? attributes : Alexa.JSON.createObjectNode();
        }

        JsonNode workout() {
            return attributes().path("workout");
        }
    }
}
