package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "Ready", "yes", "no": the answers to "ready for set two?". */
public final class ReadyIntentHandler extends ActionIntentHandler {

    public ReadyIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.READY, Action.READY, IntentNames.YES, Action.YES, IntentNames.NO, Action.NO));
    }
}
