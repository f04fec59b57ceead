package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "Help": what can be said right now. */
public final class HelpIntentHandler extends ActionIntentHandler {

    public HelpIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.HELP, Action.HELP));
    }
}
