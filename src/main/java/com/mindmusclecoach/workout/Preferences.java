package com.mindmusclecoach.workout;

/**
 * How the user likes to train, kept across exercises, workouts and (once stored) sessions.
 *
 * @param reps        reps per set ("make it ten reps"); 0 follows each routine's plan
 * @param tempoShift  seconds added to lifting and lowering ("slower" / "faster")
 * @param restSeconds rest between sets ("rest for ninety seconds"); 0 follows each routine's plan
 * @param verbosity   full coaching, or brief cues only
 */
public record Preferences(int reps, int tempoShift, int restSeconds, Verbosity verbosity) {

    public static final Preferences DEFAULT = new Preferences(0, 0, 0, Verbosity.FULL);
    public static final int MIN_REST_SECONDS = 15;
    /** A rest is timed silence inside one response; two minutes keeps that response reasonable. */
    public static final int MAX_REST_SECONDS = 120;

    /** How much the coach says during a set. */
    public enum Verbosity { FULL, BRIEF }

    public Preferences {
        verbosity = verbosity == null ? Verbosity.FULL : verbosity;
    }

    public Preferences withReps(int value) {
        return new Preferences(value, tempoShift, restSeconds, verbosity);
    }

    public Preferences withTempoShift(int value) {
        return new Preferences(reps, value, restSeconds, verbosity);
    }

    public Preferences withRestSeconds(int value) {
        return new Preferences(reps, tempoShift, value, verbosity);
    }

    public Preferences withVerbosity(Verbosity value) {
        return new Preferences(reps, tempoShift, restSeconds, value);
    }

    /** True when every value is one the coach can use; stored or session data may be stale. */
    public boolean inRange() {
        return reps >= 0 && reps <= WorkoutStateMachine.MAX_REPS
                && tempoShift >= Tempo.MIN_SHIFT && tempoShift <= Tempo.MAX_SHIFT
                && (restSeconds == 0 || restSeconds >= MIN_REST_SECONDS && restSeconds <= MAX_REST_SECONDS);
    }
}
