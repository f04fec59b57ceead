package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How far a request's {@code request.timestamp} may be from now before it counts as a replay, whoever signed it:
 * 150 s for every request, as Amazon requires, except skill events ({@code AlexaSkillEvent.*}: enabled, disabled,
 * permissions, account linking, subscriptions), which Alexa may deliver up to an hour after they happen. Held to
 * 150 s, a {@code SkillDisabled} delivered ten minutes late was refused and that user's data never deleted; the
 * ASK SDK's {@code SkillRequestTimestampVerifier} allows the same hour for them.
 */
final class RequestTimestamp {

    static final Duration TOLERANCE = Duration.ofSeconds(150);
    static final Duration SKILL_EVENT_TOLERANCE = Duration.ofHours(1);
    private static final String SKILL_EVENT_PREFIX = "AlexaSkillEvent.";

    private RequestTimestamp() {
    }

    static Optional<String> problem(JsonNode request, Instant now) {
        JsonNode inner = request.path("request");
        Duration tolerance = inner.path("type").asText("").startsWith(SKILL_EVENT_PREFIX) ? SKILL_EVENT_TOLERANCE : TOLERANCE;
        Instant timestamp;
        try {
            timestamp = Instant.parse(inner.path("timestamp").asText(""));
        } catch (DateTimeParseException e) {
            return Optional.of("the request has no valid timestamp");
        }
        long age = Math.abs(Duration.between(timestamp, now).toSeconds());
        return age > tolerance.toSeconds()
                ? Optional.of("the request timestamp is " + age + " s away from now; at most " + tolerance.toSeconds() + " s is allowed")
                : Optional.empty();
    }
}
