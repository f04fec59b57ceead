package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import com.mindmusclecoach.testkit.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The class Lambda runs answers a request on the wire the same way the conversation tests see it. */
class LambdaEntryPointTest {

    @Test
    void handleRequest_shouldAnswerALaunchWithTheWelcome() throws Exception {
        byte[] request = Requests.JSON.writeValueAsBytes(Requests.fixture("launch"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CoachStreamHandler().handleRequest(new ByteArrayInputStream(request), out, null);

        JsonNode response = Requests.JSON.readTree(out.toByteArray());
        ResponseRules.check(response, out.toString());
        assertThat(response.path("response").path("outputSpeech").path("ssml").asText()).contains("Welcome to Mind Muscle Coach");
        assertThat(response.path("response").path("shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void handleRequest_shouldRefuseEveryRequestWhenNoSkillIdIsSet() throws Exception {
        byte[] request = Requests.JSON.writeValueAsBytes(Requests.fixture("launch"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoachStreamHandler unconfigured = new CoachStreamHandler(Map.of());

        assertThatThrownBy(() -> unconfigured.handleRequest(new ByteArrayInputStream(request), out, null))
                .hasMessageContaining("SKILL_ID is not set").hasMessageContaining("ALLOW_ANY_SKILL=true");
        assertThat(out.toByteArray()).as("nothing answered").isEmpty();
    }

    @Test
    void handleRequest_shouldAnswerTheConfiguredSkillAndRefuseAnother() throws Exception {
        JsonNode launch = Requests.fixture("launch");
        String ours = launch.path("context").path("System").path("application").path("applicationId").asText();
        byte[] request = Requests.JSON.writeValueAsBytes(launch);

        ByteArrayOutputStream answered = new ByteArrayOutputStream();
        new CoachStreamHandler(Map.of("SKILL_ID", ours)).handleRequest(new ByteArrayInputStream(request), answered, null);
        assertThat(Requests.JSON.readTree(answered.toByteArray()).path("response").path("outputSpeech").path("ssml").asText())
                .contains("Welcome to Mind Muscle Coach");

        CoachStreamHandler another = new CoachStreamHandler(Map.of("SKILL_ID", "amzn1.ask.skill.another"));
        assertThatThrownBy(() -> another.handleRequest(new ByteArrayInputStream(request), new ByteArrayOutputStream(), null))
                .as("a request for another skill is not answered");
    }

    @Test
    void handleRequest_shouldAnswerAnySkillWhenAllowedOnPurpose() throws Exception {
        byte[] request = Requests.JSON.writeValueAsBytes(Requests.fixture("launch"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CoachStreamHandler(Map.of("ALLOW_ANY_SKILL", "true")).handleRequest(new ByteArrayInputStream(request), out, null);

        assertThat(Requests.JSON.readTree(out.toByteArray()).path("response").path("outputSpeech").path("ssml").asText())
                .contains("Welcome to Mind Muscle Coach");
    }
}
