package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

/** "Make it ten reps." */
public final class SetRepsIntentHandler extends NumberIntentHandler {

    public SetRepsIntentHandler(Coach coach) {
        super(coach, IntentNames.SET_REPS, IntentNames.SLOT_REPS, Command.SetReps::new);
    }
}
