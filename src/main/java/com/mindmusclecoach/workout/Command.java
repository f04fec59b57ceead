package com.mindmusclecoach.workout;

/** What the user asked for, free of how they said it. */
public sealed interface Command permits Command.StartWorkout, Command.Rate, Command.SetReps, Command.SetRest,
        Command.ReportPain, Command.RepsDone, Command.Action {

    /**
     * Start a routine or a single exercise; {@code routineId} is null when what was heard matched nothing.
     * {@code kitUnmet}: the kit asked for ({@link Kit#NONE}, {@link Kit#DUMBBELLS}) when nothing fitted it, so
     * {@code routineId} is the usual workout; null otherwise.
     */
    record StartWorkout(String routineId, String heard, Kit kitUnmet) implements Command {

        public StartWorkout(String routineId, String heard) {
            this(routineId, heard, null);
        }
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

    /**
     * Pain or discomfort: "my knee hurts", "ouch", "I feel dizzy". {@code bodyPart} is the id of what hurts
     * ({@link #DIZZY} for dizziness or faintness), or null when none was named; {@code recurring} says the same
     * part was reported in the last fourteen days (the caller knows the history; the machine does not).
     */
    record ReportPain(String bodyPart, boolean recurring) implements Command {

        public static final String DIZZY = "dizzy";

        /** Pain that is not a training matter: chest pain or a headache during exercise ends the session. */
        public static boolean isUrgent(String bodyPart) {
            return "chest".equals(bodyPart) || "head".equals(bodyPart);
        }
    }

    /** "I only did six": the reps actually done in the set just coached; null when no number was heard. */
    record RepsDone(Integer reps) implements Command {
    }

    /** Commands that carry no value. */
    enum Action implements Command {
        READY, NEXT, SKIP, SKIP_EXERCISE, SKIP_WARM_UP, NO_EQUIPMENT, TOO_HARD, TOO_EASY, PAUSE, RESUME, REPEAT, START_OVER, SLOWER, FASTER, BRIEF_CUES, FULL_CUES, USE_PLAN,
        HOW_MANY_LEFT, WHY, HELP, STOP, YES, NO, NOT_UNDERSTOOD
    }
}
