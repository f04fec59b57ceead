package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "Pause" and "resume". */
public final class PauseResumeIntentHandler extends ActionIntentHandler {

    public PauseResumeIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.PAUSE, Action.PAUSE, IntentNames.RESUME, Action.RESUME));
    }
}
