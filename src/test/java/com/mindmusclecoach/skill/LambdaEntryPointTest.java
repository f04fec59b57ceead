package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The class Lambda runs answers a request on the wire the same way the conversation tests see it. */
class LambdaEntryPointTest {

    @Test
    void handleRequest_shouldAnswerALaunchWithTheWelcome() throws Exception {
        byte[] request = Conversation.JSON.writeValueAsBytes(Conversation.fixture("launch"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CoachStreamHandler().handleRequest(new ByteArrayInputStream(request), out, null);

        JsonNode response = Conversation.JSON.readTree(out.toByteArray());
        ResponseRules.check(response, out.toString());
        assertThat(response.path("response").path("outputSpeech").path("ssml").asText()).contains("Welcome to Mind Muscle Coach");
        assertThat(response.path("response").path("shouldEndSession").asBoolean()).isFalse();
    }
}
