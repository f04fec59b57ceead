package com.mindmusclecoach.workout;

/**
 * How many reps the coming set of a step has (for a hold, how many seconds): the user's chosen reps if any (a hold
 * keeps its seconds), else the plan's, with "too hard" or "too easy" taken in, kept within {@value #MIN_REPS} to
 * {@value #MAX_REPS} reps or {@link Catalogue#MIN_HOLD_SECONDS} to {@link Catalogue#MAX_HOLD_SECONDS} seconds. The one
 * place this rule lives: the state machine coaches it and the screen shows it.
 */
public final class PlannedReps {

    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 20;

    private PlannedReps() {
    }

    /** The coming set's reps (or seconds) of {@code step}, the step {@code session} is on. */
    public static int of(WorkoutSession session, RoutineStep step) {
        Exercise exercise = step.exercise();
        int planned = session.preferences().reps() > 0 && !exercise.isHold() ? session.preferences().reps() : step.reps();
        return bounded(exercise, planned + session.adjustment().reps());
    }

    /** {@code reps} within the bounds of {@code exercise}: reps for a movement, seconds for a hold. */
    public static int bounded(Exercise exercise, int reps) {
        return exercise.isHold() ? Math.max(Catalogue.MIN_HOLD_SECONDS, Math.min(Catalogue.MAX_HOLD_SECONDS, reps))
                : Math.max(MIN_REPS, Math.min(MAX_REPS, reps));
    }
}
