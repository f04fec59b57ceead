package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "Stop", "cancel", "go home": ends at once, no question. */
public final class StopIntentHandler extends ActionIntentHandler {

    public StopIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.STOP, Action.STOP, IntentNames.CANCEL, Action.STOP, IntentNames.NAVIGATE_HOME, Action.STOP));
    }
}
