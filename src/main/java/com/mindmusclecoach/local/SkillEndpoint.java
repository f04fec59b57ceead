package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code POST /} answers to a whole request body, apart from HTTP itself: the body must be an Alexa request
 * envelope, pass Amazon's checks (unless switched off), be for the configured skill and name a user before the
 * skill runs. The skill's answer is a 200; everything else is a JSON error.
 */
final class SkillEndpoint {

    private final JsonSkill skill;
    private final AlexaRequestVerifier verifier;
    private final String skillId;

    /**
     * @param verifier checks signatures and timestamps; null only when switched off explicitly
     * @param skillId  the application id to accept, or null to accept any
     */
    SkillEndpoint(JsonSkill skill, AlexaRequestVerifier verifier, String skillId) {
        this.skill = skill;
        this.verifier = verifier;
        this.skillId = skillId;
    }

    /**
     * @param headers the request's headers, names in lower case, the first value of each
     * @throws RuntimeException when the skill itself fails: the caller answers 500
     */
    HttpReply answer(Map<String, String> headers, byte[] body) {
        JsonNode request;
        try {
            request = JsonSkill.JSON.readTree(body);
        } catch (IOException e) {
            return HttpReply.error(400, "the body is not JSON");
        }
        if (request == null || !request.isObject() || !request.path("request").isObject()) {
            return HttpReply.error(400, "the body is not an Alexa request envelope");
        }
        if (verifier != null) {
            Optional<String> problem = verifier.problem(headers, body, request);
            if (problem.isPresent()) {
                return HttpReply.error(400, problem.get());
            }
        }
        if (skillId != null && !skillId.equals(applicationId(request))) {
            return HttpReply.error(403, "this endpoint serves another skill");
        }
        // Alexa names the user in every request it sends a custom skill, conversations and skill events alike.
        // Without one the skill would coach without progress and apologise for it: refuse instead.
        if (request.path("context").path("System").path("user").path("userId").asText("").isBlank()) {
            return HttpReply.error(400, "the request names no user: context.System.user.userId is required");
        }
        try {
            return skill.answer(new String(body, StandardCharsets.UTF_8)).map(HttpReply::ok)
                    .orElseGet(() -> HttpReply.error(403, "the skill does not answer this request: it names no skill it serves"));
        } catch (IllegalArgumentException notAnEnvelope) {
            return HttpReply.error(400, notAnEnvelope.getMessage());
        }
    }

    private static String applicationId(JsonNode request) {
        String fromContext = request.path("context").path("System").path("application").path("applicationId").asText(null);
        return fromContext != null ? fromContext : request.path("session").path("application").path("applicationId").asText(null);
    }
}
