package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "How many left?" and "why does this work?". */
public final class InfoIntentHandler extends ActionIntentHandler {

    public InfoIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.HOW_MANY_LEFT, Action.HOW_MANY_LEFT, IntentNames.WHY, Action.WHY));
    }
}
