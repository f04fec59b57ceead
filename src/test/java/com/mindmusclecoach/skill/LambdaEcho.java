package com.mindmusclecoach.skill;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.skill.Conversation.Turn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One user's Echo talking to the class Lambda invokes ({@link CoachStreamHandler}): each JSON fixture of
 * {@code src/test/resources/requests} goes in as the raw byte stream with a Lambda {@link Context}, as the Lambda
 * runtime calls it. Session attributes travel from each response into the next request, a session that ended makes
 * the next request open a new one, every request has an id of its own, and every answer is read from the wire and
 * checked with {@link ResponseRules}. {@link #on} makes it a particular device: its {@code context} (from
 * {@code src/test/resources/devices}, shaped as that device sends it) replaces the fixture's, keeping the user.
 */
final class LambdaEcho {

    private final CoachStreamHandler handler;
    private final String userId;
    private JsonNode attributes = Conversation.JSON.createObjectNode();
    private boolean newSession = true;
    private String sessionId;
    private FakeContext context;
    private ObjectNode device;

    LambdaEcho(CoachStreamHandler handler, String userId) {
        this.handler = handler;
        this.userId = userId;
    }

    /** From now on, requests carry the {@code context} of {@code src/test/resources/devices/<name>.json}. */
    LambdaEcho on(String deviceName) {
        try (InputStream in = LambdaEcho.class.getResourceAsStream("/devices/" + deviceName + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no device fixture " + deviceName);
            }
            device = (ObjectNode) Conversation.JSON.readTree(in).path("context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FakeContext context() {
        return context;
    }

    /** Whether the device announces APL: only then may a response carry a screen. */
    private boolean announcesApl(JsonNode request) {
        return request.path("context").path("System").path("device").path("supportedInterfaces")
                .has(Conversation.APL);
    }

    Turn say(String fixtureName) {
        ObjectNode request = Conversation.fixture(fixtureName);
        if (device != null) {
            ObjectNode deviceContext = device.deepCopy();
            ((ObjectNode) deviceContext.path("System")).set("application", request.path("context").path("System").path("application"));
            request.set("context", deviceContext);
        }
        if (newSession) {
            sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
        }
        ObjectNode session = (ObjectNode) request.path("session");
        session.put("new", newSession).put("sessionId", sessionId);
        session.set("attributes", attributes);
        ((ObjectNode) session.path("user")).put("userId", userId);
        ((ObjectNode) request.path("context").path("System").path("user")).put("userId", userId);
        String requestId = "amzn1.echo-api.request." + UUID.randomUUID();
        ((ObjectNode) request.path("request")).put("requestId", requestId);
        context = new FakeContext(UUID.randomUUID().toString());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Conversation.JSON.writeValueAsBytes(request)), out, context);
            String wire = out.toString(StandardCharsets.UTF_8);
            JsonNode response = Conversation.JSON.readTree(wire);
            ResponseRules.check(response, wire);
            Turn turn = new Turn(response, out.size());
            if (!announcesApl(request)) {
                assertThat(turn.screen().isMissingNode()).as("no APL directive for a device without APL").isTrue();
            }
            newSession = turn.ends();
            attributes = turn.ends() || response.path("sessionAttributes").isMissingNode()
                    ? Conversation.JSON.createObjectNode() : response.path("sessionAttributes");
            return turn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lambda context of one invocation: Alexa's 8 seconds (template.yaml's Timeout), and a log to look at. */
    static final class FakeContext implements Context {

        private static final int TIMEOUT_MILLIS = 8_000;
        private final String awsRequestId;
        private final long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        private final List<String> logged = new ArrayList<>();

        FakeContext(String awsRequestId) {
            this.awsRequestId = awsRequestId;
        }

        List<String> loggedLines() {
            return logged;
        }

        @Override
        public String getAwsRequestId() {
            return awsRequestId;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/mind-muscle-coach";
        }

        @Override
        public String getLogStreamName() {
            return "2026/11/30/[$LATEST]test";
        }

        @Override
        public String getFunctionName() {
            return "mind-muscle-coach";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:123456789012:function:mind-muscle-coach";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) Math.max(0, deadline - System.currentTimeMillis());
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    logged.add(message);
                }

                @Override
                public void log(byte[] message) {
                    logged.add(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
