package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.List;

/** What the coach says when a request can't be done now: why, in one sentence, and what to say instead. */
final class RejectionWords {

    /** Longer than any workout's name: what was heard is said back only up to this length. */
    static final int MAX_ECHO_CHARS = 60;

    private final Prompts prompts;

    RejectionWords(Prompts prompts) {
        this.prompts = prompts;
    }

    /** Why {@code e}'s request can't be done now, worded differently from one turn to the next where it can recur. */
    String of(Event.Rejected e, WorkoutSession next, int turn) {
        return switch (e.reason()) {
            case UNKNOWN_WORKOUT -> unknownWorkout(e.heard()) + " You could try " + Prompts.SUGGESTIONS + ".";
            case NO_WORKOUT_YET -> Words.pick(List.of("We haven't picked a workout yet.",
                    "First, let's choose a workout."), turn);
            case RATING_OUT_OF_RANGE -> Words.capitalized(spokenNumber(e.heard())) + Words.pick(List.of(
                    " is off the scale. I need a number from one to five.",
                    " is outside the scale. Pick a number from one to five."), turn);
            case NOT_RATING_NOW -> Words.pick(List.of("I'll ask for a rating right after the set.",
                    "Ratings come after a set."), turn);
            case RATING_NEEDS_NUMBER -> Words.pick(List.of("I just need a number from one to five, or say skip.",
                    "Give me a number from one to five, or say skip."), turn);
            case REPS_OUT_OF_RANGE -> "I can coach from one to twenty reps a set.";
            case REPS_NEED_NUMBER -> "I didn't catch how many reps. Try, for example, make it ten reps.";
            case REST_OUT_OF_RANGE -> "I can time rests from fifteen seconds to two minutes.";
            case TEMPO_AT_LIMIT -> "slower".equals(e.heard()) ? "That's as slow as I count."
                    : "That's as fast as I go. Control matters more than speed.";
            case ALREADY_PAUSED -> "We're already paused.";
            case NOT_PAUSED -> "We're not paused.";
            case WORKOUT_FINISHED -> Words.pick(List.of("That workout is finished.", "We've finished that one."), turn);
            case WARM_UP_OVER -> "We're past the warm-up.";
            case REPS_DONE_NOT_NOW -> "Tell me right after a set, before you rate it, and I'll count what you did.";
            case REPS_DONE_NEED_NUMBER -> "How many did you manage? For example, say I only did six.";
            case REPS_DONE_OUT_OF_RANGE -> "I can count from one to " + Words.number(next.completed().isEmpty() ? 1
                    : next.completed().get(next.completed().size() - 1).reps()) + " for that set.";
            case NOT_UNDERSTOOD -> prompts.notCaught(next, turn);
        };
    }

    /**
     * Says back the workout name that was heard, unless it is too long to be one: whatever a request carries
     * must not push the speech past the platform limit.
     */
    private static String unknownWorkout(String heard) {
        if (heard == null || heard.isBlank()) {
            return "I didn't catch which workout.";
        }
        String words = heard.strip();
        return words.length() <= MAX_ECHO_CHARS ? "I don't know a workout called " + words + " yet."
                : "I don't know that workout yet.";
    }

    private static String spokenNumber(String heard) {
        try {
            return Words.number(Integer.parseInt(heard));
        } catch (NumberFormatException e) {
            return heard;
        }
    }
}
