package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The intents with one number slot, which slot, and the workout command each makes of the number: the one table to
 * extend for a new one ({@code NumberIntentsTest} checks every line against the models and at the coach).
 */
public final class NumberIntents {

    /** The slot to read and what its number means; a null number is "none heard". */
    public record Meaning(String slot, Function<Integer, Command> command) {
    }

    private static final Map<String, Meaning> TABLE = new LinkedHashMap<>();

    static {
        // "four", "I'd say a three": how strongly the muscle was felt
        TABLE.put(IntentNames.RATE, new Meaning(IntentNames.SLOT_RATING, Command.Rate::new));
        // a number on its own is a rating too, unless the weight was just invited (see WeightAnswerHandler, first)
        TABLE.put(IntentNames.NUMBER_ANSWER, new Meaning(IntentNames.SLOT_NUMBER, Command.Rate::new));
        // "I only did six": the reps actually done in the set just coached
        TABLE.put(IntentNames.REPS_DONE, new Meaning(IntentNames.SLOT_REPS, Command.RepsDone::new));
        // "make it ten reps"
        TABLE.put(IntentNames.SET_REPS, new Meaning(IntentNames.SLOT_REPS, Command.SetReps::new));
        // "rest for ninety seconds"
        TABLE.put(IntentNames.SET_REST, new Meaning(IntentNames.SLOT_SECONDS, Command.SetRest::new));
    }

    private NumberIntents() {
    }

    /** What {@code intentName} means; empty for an intent not in the table. */
    public static Optional<Meaning> of(String intentName) {
        return Optional.ofNullable(TABLE.get(intentName));
    }

    /** The intents of the table, in its order. */
    public static java.util.Set<String> intents() {
        return java.util.Collections.unmodifiableSet(TABLE.keySet());
    }
}
