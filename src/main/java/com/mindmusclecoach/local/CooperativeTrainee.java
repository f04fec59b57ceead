package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.workout.Phase;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a cooperative trainee says next, decided from the workout phase the skill left in its session
 * attributes ({@code workout.phase}), never from the speech: "ready" when a set waits to start, a rating when
 * the coach asks for one, "yes" to anything else. The ratings come in a fixed cycle, so the same workout is
 * answered the same way every time. A phase that needs another answer is one more entry in {@link #replies}.
 */
final class CooperativeTrainee {

    /** The ratings given, in turn. */
    static final List<String> RATINGS = List.of("four", "three", "five");
    /** The answer to a phase without an entry below: any question the coach asks, a cooperative trainee agrees to. */
    static final String OTHERWISE = "yes";

    private final Map<String, Supplier<String>> replies = Map.of(
            Phase.BRIEFING.name(), () -> "ready",
            Phase.RESTING.name(), () -> "ready",
            Phase.RATING.name(), this::nextRating);
    private int ratingsGiven;

    /** The words to say to a response with these session attributes. */
    String replyTo(JsonNode sessionAttributes) {
        return replies.getOrDefault(phase(sessionAttributes), () -> OTHERWISE).get();
    }

    /** The workout phase in session attributes, or "" when there is none. */
    static String phase(JsonNode sessionAttributes) {
        return sessionAttributes.path("workout").path("phase").asText("");
    }

    private String nextRating() {
        return RATINGS.get(ratingsGiven++ % RATINGS.size());
    }
}
