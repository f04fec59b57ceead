package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** Speech outside the model: say so, and guide back. */
public final class FallbackIntentHandler extends ActionIntentHandler {

    public FallbackIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.FALLBACK, Action.NOT_UNDERSTOOD));
    }
}
