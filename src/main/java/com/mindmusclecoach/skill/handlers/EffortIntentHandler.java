package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "That was too hard", "too easy": how the effort felt. */
public final class EffortIntentHandler extends ActionIntentHandler {

    public EffortIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.TOO_HARD, Action.TOO_HARD, IntentNames.TOO_EASY, Action.TOO_EASY));
    }
}
