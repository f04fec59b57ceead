package com.mindmusclecoach.workout;

/**
 * About how long a whole session takes, announced when it starts: the warm-up, each exercise's briefing, every
 * set at its tempo (both sides of a one-sided one), the rests, and the cool-down.
 */
public final class SessionLength {

    static final int WARM_UP_SECONDS = 50;
    static final int COOL_DOWN_SECONDS = 60;
    /** An exercise's introduction and visualization. */
    private static final int BRIEFING_SECONDS = 45;
    /** A set's opening, closing and rating. */
    private static final int SET_TALK_SECONDS = 20;

    private SessionLength() {
    }

    public static int minutes(Routine routine, Preferences preferences) {
        int rest = preferences.restSeconds() > 0 ? preferences.restSeconds() : routine.restSeconds();
        int seconds = WARM_UP_SECONDS + COOL_DOWN_SECONDS + rest * (routine.steps().size() - 1);
        for (RoutineStep step : routine.steps()) {
            Exercise exercise = step.exercise();
            int reps = preferences.reps() > 0 && !exercise.isHold() ? preferences.reps() : step.reps();
            int sides = exercise.sided() ? 2 : 1;
            int perSet = exercise.isHold() ? reps
                    : reps * sides * exercise.tempo().shifted(preferences.tempoShift()).secondsPerRep() + (sides - 1) * 4;
            seconds += BRIEFING_SECONDS + step.sets() * (perSet + SET_TALK_SECONDS) + (step.sets() - 1) * rest;
        }
        return Math.max(1, Math.round(seconds / 60f));
    }
}
