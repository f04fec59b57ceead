package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

/** "Rest for ninety seconds." */
public final class SetRestIntentHandler extends NumberIntentHandler {

    public SetRestIntentHandler(Coach coach) {
        super(coach, IntentNames.SET_REST, IntentNames.SLOT_SECONDS, Command.SetRest::new);
    }
}
