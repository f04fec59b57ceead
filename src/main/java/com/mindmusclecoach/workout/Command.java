package com.mindmusclecoach.workout;

/** What the user asked for, free of how they said it. */
public sealed interface Command permits Command.StartWorkout, Command.Rate, Command.SetReps, Command.SetRest,
        Command.Action {

    /** Start a routine or a single exercise; {@code routineId} is null when what was heard matched nothing. */
    record StartWorkout(String routineId, String heard) implements Command {
    }

    /** A connection rating as heard, legal only from 1 to 5; null when no number was heard. */
    record Rate(Integer value) implements Command {
    }

    /** Reps per set from now on, as heard; null when no number was heard. */
    record SetReps(Integer reps) implements Command {
    }

    /** Rest between sets from now on, in seconds as heard; null when no number was heard. */
    record SetRest(Integer seconds) implements Command {
    }

    /** Commands that carry no value. */
    enum Action implements Command {
        READY, NEXT, SKIP, SKIP_EXERCISE, PAUSE, RESUME, REPEAT, START_OVER, SLOWER, FASTER, BRIEF_CUES, FULL_CUES, USE_PLAN,
        HOW_MANY_LEFT, WHY, HELP, STOP, YES, NO, NOT_UNDERSTOOD
    }
}
