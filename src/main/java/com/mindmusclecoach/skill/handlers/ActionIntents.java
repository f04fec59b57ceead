package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The intents without slots and the workout {@link Action} each means: the one table to extend for a new one (add
 * the intent to the interaction models and {@link IntentNames}, then a line here; {@code ActionIntentsTest} checks
 * every line against the models).
 */
public final class ActionIntents {

    private static final Map<String, Action> TABLE = new LinkedHashMap<>();

    static {
        // the answers to "ready for set two?"
        TABLE.put(IntentNames.READY, Action.READY);
        TABLE.put(IntentNames.YES, Action.YES);
        TABLE.put(IntentNames.NO, Action.NO);
        // how the effort felt
        TABLE.put(IntentNames.TOO_HARD, Action.TOO_HARD);
        TABLE.put(IntentNames.TOO_EASY, Action.TOO_EASY);
        // pause and resume
        TABLE.put(IntentNames.PAUSE, Action.PAUSE);
        TABLE.put(IntentNames.RESUME, Action.RESUME);
        // moving through the workout
        TABLE.put(IntentNames.NEXT, Action.NEXT);
        TABLE.put(IntentNames.SKIP, Action.SKIP);
        TABLE.put(IntentNames.SKIP_EXERCISE, Action.SKIP_EXERCISE);
        TABLE.put(IntentNames.SKIP_WARM_UP, Action.SKIP_WARM_UP);
        TABLE.put(IntentNames.SKIP_COOL_DOWN, Action.NO);
        TABLE.put(IntentNames.NO_EQUIPMENT, Action.NO_EQUIPMENT);
        TABLE.put(IntentNames.START_OVER, Action.START_OVER);
        TABLE.put(IntentNames.REPEAT, Action.REPEAT);
        // how the coach paces and talks
        TABLE.put(IntentNames.SLOWER, Action.SLOWER);
        TABLE.put(IntentNames.FASTER, Action.FASTER);
        TABLE.put(IntentNames.BRIEF_CUES, Action.BRIEF_CUES);
        TABLE.put(IntentNames.FULL_CUES, Action.FULL_CUES);
        TABLE.put(IntentNames.USE_PLAN, Action.USE_PLAN);
        // questions about the workout
        TABLE.put(IntentNames.HOW_MANY_LEFT, Action.HOW_MANY_LEFT);
        TABLE.put(IntentNames.WHY, Action.WHY);
        // help, leaving, and speech outside the model
        TABLE.put(IntentNames.HELP, Action.HELP);
        TABLE.put(IntentNames.STOP, Action.STOP);
        TABLE.put(IntentNames.CANCEL, Action.STOP);
        TABLE.put(IntentNames.NAVIGATE_HOME, Action.STOP);
        TABLE.put(IntentNames.FALLBACK, Action.NOT_UNDERSTOOD);
    }

    private ActionIntents() {
    }

    /** The action {@code intentName} means; empty for an intent with slots or one not in the table. */
    public static Optional<Action> of(String intentName) {
        return Optional.ofNullable(TABLE.get(intentName));
    }

    /** The whole table, in its order. */
    public static Map<String, Action> all() {
        return java.util.Collections.unmodifiableMap(TABLE);
    }
}
