package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

/** "Four", "I'd say a three": how strongly the muscle was felt. */
public final class RatingIntentHandler extends NumberIntentHandler {

    public RatingIntentHandler(Coach coach) {
        super(coach, IntentNames.RATE, IntentNames.SLOT_RATING, Command.Rate::new);
    }
}
