package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

/** "I only did six": the reps actually done in the set just coached. */
public final class RepsDoneIntentHandler extends NumberIntentHandler {

    public RepsDoneIntentHandler(Coach coach) {
        super(coach, IntentNames.REPS_DONE, IntentNames.SLOT_REPS, Command.RepsDone::new);
    }
}
