package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "Slower", "faster", "brief cues", "full cues", "back to the plan": how the coach paces and talks. */
public final class TempoIntentHandler extends ActionIntentHandler {

    public TempoIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.SLOWER, Action.SLOWER, IntentNames.FASTER, Action.FASTER,
                IntentNames.BRIEF_CUES, Action.BRIEF_CUES, IntentNames.FULL_CUES, Action.FULL_CUES,
                IntentNames.USE_PLAN, Action.USE_PLAN));
    }
}
