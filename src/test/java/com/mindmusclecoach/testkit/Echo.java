package com.mindmusclecoach.testkit;

import com.amazon.ask.CustomSkill;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.skill.ResponseRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one conversation driver of the tests: one user's Echo talking to the skill over a {@link Transport} (the
 * skill object in process, the Lambda handler with a Lambda context, or the HTTP endpoint) the way Alexa would.
 * Session attributes travel from each response into the next request, a session that ended makes the next request
 * open a new one (a new session id; every request has a request id of its own), and every answer is checked: by
 * default with {@link #RESPONSE_RULES} (the platform rules of {@link ResponseRules}, and no APL directive for a
 * device that does not announce APL); {@link #checkedBy} puts another check in its place.
 *
 * <p>Requests are fixtures by name ({@link #say(String)}), request bodies from {@link Requests}
 * ({@link #say(ObjectNode)}), or whole envelopes a test edited ({@link #send}). The device can be made a screen
 * device, a device from {@code src/test/resources/devices}, another skill's caller, or a recognized person.
 */
public final class Echo {

    /** What every answer must be; returns the response envelope. {@code sent} is the envelope it answers. */
    @FunctionalInterface
    public interface Check {
        JsonNode check(ObjectNode sent, Transport.Reply reply);
    }

    /**
     * The conversation tests' check: the reply is JSON that keeps {@link ResponseRules}, and carries no APL directive
     * unless the request announced APL. What the transport threw is rethrown.
     */
    public static final Check RESPONSE_RULES = (sent, reply) -> {
        if (reply.thrown() instanceof RuntimeException thrown) {
            throw thrown;
        }
        if (reply.thrown() != null) {
            throw new AssertionError(reply.thrown());
        }
        JsonNode response;
        try {
            response = Requests.JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResponseRules.check(response, reply.body());
        boolean aplAnnounced = sent.path("context").path("System").path("device").path("supportedInterfaces")
                .has(Requests.APL);
        if (!aplAnnounced) {
            assertThat(new Turn(response, 0).screen().isMissingNode()).as("no APL directive for a device without APL").isTrue();
        }
        return response;
    };

    /**
     * Only reads the answer: a 200 whose body is JSON, nothing asserted about it. For tests whose subject is the
     * path a request takes (a packaged jar, the HTTP server), not the answer.
     */
    public static final Check PARSED = (sent, reply) -> {
        if (reply.thrown() != null || reply.status() != 200) {
            throw new AssertionError("no answer to " + sent.path("request").path("type").asText() + " "
                    + sent.path("request").path("intent").path("name").asText() + ": " + reply.status() + " "
                    + reply.body(), reply.thrown());
        }
        try {
            return Requests.JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private final Transport transport;
    private final String userId;
    private Check check = RESPONSE_RULES;
    private String neverSaid;
    private String applicationId;
    private boolean screen;
    private ObjectNode device;
    private boolean personSet;
    private String person;
    private String apiEndpoint;
    private boolean newSession = true;
    private String sessionId;
    private JsonNode attributes = Requests.JSON.createObjectNode();

    /** {@code userId} null: requests keep the user their envelope has (or none). */
    public Echo(Transport transport, String userId) {
        this.transport = transport;
        this.userId = userId;
    }

    /** The skill object itself, with Alexa's serializer. */
    public static Echo inProcess(CustomSkill skill, String userId) {
        return new Echo(Transport.inProcess(skill), userId);
    }

    /** The Lambda handler, called as the Lambda runtime calls it, a {@link FakeContext} per request. */
    public static Echo lambda(RequestStreamHandler handler, String userId) {
        return new Echo(Transport.lambdaWithContext(handler), userId);
    }

    /** Every answer is checked with {@code check} in place of {@link #RESPONSE_RULES}. */
    public Echo checkedBy(Check check) {
        this.check = check;
        return this;
    }

    /** Every turn fails on an answer whose speech has {@code phrase} in it (as the fault apology). */
    public Echo neverSaying(String phrase) {
        neverSaid = phrase;
        return this;
    }

    /** From now on, requests carry this application id (in the session and in the context). */
    public Echo forSkill(String id) {
        applicationId = id;
        return this;
    }

    /** From now on, requests come from a device with a screen (an Echo Show): APL is announced. */
    public Echo onScreenDevice() {
        screen = true;
        return this;
    }

    /**
     * From now on, requests carry the {@code context} of {@code src/test/resources/devices/<name>.json} in place of
     * their own, keeping their application (and this Echo's user).
     */
    public Echo on(String deviceName) {
        device = Requests.device(deviceName);
        return this;
    }

    /**
     * From now on, requests carry this recognized voice profile as {@code context.System.person.personId}, as Alexa
     * sends it to a skill with the {@code alexa::person_id:read} permission; null: nobody recognized.
     */
    public Echo as(String personId) {
        personSet = true;
        person = personId;
        return this;
    }

    /** From now on, requests name {@code endpoint} as the Alexa API endpoint (settings, reminders) to call. */
    public Echo withApiEndpoint(String endpoint) {
        apiEndpoint = endpoint;
        return this;
    }

    public String userId() {
        return userId;
    }

    /** The Lambda context of the last request, for an Echo over {@link Transport#lambdaWithContext}. */
    public FakeContext context() {
        return ((Transport.Lambda) transport).lastContext();
    }

    /** Says the fixture {@code src/test/resources/requests/<name>.json}. */
    public Turn say(String fixtureName) {
        return send(Requests.fixture(fixtureName));
    }

    /** Says a request body (from {@link Requests}) in this device's session. */
    public Turn say(ObjectNode request) {
        if (request.has("request")) {
            throw new IllegalArgumentException("a whole envelope: send it with send(envelope)");
        }
        return send(envelope(request));
    }

    /** Sends a whole envelope (a fixture a test edited), filled in with this device's session, user and device. */
    public Turn send(ObjectNode envelope) {
        ObjectNode sent = prepare(envelope);
        Transport.Reply reply = sendUnchecked(sent);
        JsonNode response = check.check(sent, reply);
        Turn turn = new Turn(response, reply.body().getBytes(StandardCharsets.UTF_8).length);
        after(turn);
        if (neverSaid != null) {
            assertThat(turn.ssml()).as("a turn that hit a fault inside the skill").doesNotContain(neverSaid);
        }
        return turn;
    }

    /** The envelope {@code request} would travel in next: this device's session, user and device. */
    public ObjectNode envelope(ObjectNode request) {
        String user = userId == null ? "amzn1.ask.account.ANONYMOUS" : userId;
        return prepare(Requests.envelope(request.deepCopy(), user, Requests.Session.fresh()));
    }

    /**
     * Fills {@code envelope} in, in place, as this device would send it: the session (new or not, its id and the
     * attributes the last answer returned), a request id of its own, the user, the device's context, the person,
     * the application id.
     */
    public ObjectNode prepare(ObjectNode envelope) {
        if (device != null) {
            ObjectNode deviceContext = device.deepCopy();
            ((ObjectNode) deviceContext.path("System")).set("application",
                    envelope.path("context").path("System").path("application"));
            envelope.set("context", deviceContext);
        }
        if (sessionId == null) {
            sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
        }
        if (envelope.path("request").isObject()) {
            ((ObjectNode) envelope.path("request")).put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        }
        if (envelope.path("session").isObject()) {
            ObjectNode session = (ObjectNode) envelope.path("session");
            session.put("new", newSession).put("sessionId", sessionId);
            session.set("attributes", attributes.deepCopy());
            if (userId != null) {
                user(session).put("userId", userId);
            }
        }
        if (applicationId != null) {
            Requests.withApplication(envelope, applicationId);
        }
        if (envelope.path("context").path("System").isObject()) {
            ObjectNode system = Requests.system(envelope);
            if (userId != null) {
                user(system).put("userId", userId);
            }
            if (personSet && person != null) {
                system.putObject("person").put("personId", person);
            } else if (personSet) {
                system.remove("person");
            }
            if (apiEndpoint != null) {
                system.put("apiEndpoint", apiEndpoint);
            }
            if (screen && system.path("device").isObject()) {
                ((ObjectNode) system.path("device").path("supportedInterfaces"))
                        .putObject(Requests.APL).putObject("runtime").put("maxVersion", "1.6");
            }
        }
        return envelope;
    }

    /** Sends an envelope as it is, unchecked; the session moves on only by {@link #after}. */
    public Transport.Reply sendUnchecked(ObjectNode envelope) {
        return transport.send(Requests.bytes(envelope));
    }

    /** The session moves on after {@code turn}: its attributes are carried, or a new session opens if it ended. */
    public void after(Turn turn) {
        newSession = turn.ends();
        attributes = turn.ends() ? Requests.JSON.createObjectNode() : turn.attributes();
        if (turn.ends()) {
            sessionId = null;
        }
    }

    /** Whether the next request continues a session. */
    public boolean inSession() {
        return !newSession;
    }

    /** The session attributes the next request carries. */
    public JsonNode attributes() {
        return attributes;
    }

    /** Replaces what the next request carries, as a stale or tampered device would. */
    public void forceAttributes(JsonNode tampered) {
        attributes = tampered;
        newSession = false;
    }

    private static ObjectNode user(ObjectNode parent) {
        return parent.path("user").isObject() ? (ObjectNode) parent.path("user") : parent.putObject("user");
    }
}
