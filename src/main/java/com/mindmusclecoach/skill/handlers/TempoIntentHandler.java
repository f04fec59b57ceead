package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "Slower" and "faster". */
public final class TempoIntentHandler extends ActionIntentHandler {

    public TempoIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.SLOWER, Action.SLOWER, IntentNames.FASTER, Action.FASTER));
    }
}
