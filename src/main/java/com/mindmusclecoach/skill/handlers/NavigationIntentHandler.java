package com.mindmusclecoach.skill.handlers;

import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;

/** "Next", "skip", "skip this exercise", "skip the warm-up", "skip the cool-down", "start over", "repeat". */
public final class NavigationIntentHandler extends ActionIntentHandler {

    public NavigationIntentHandler(Coach coach) {
        super(coach, Map.of(IntentNames.NEXT, Action.NEXT, IntentNames.SKIP, Action.SKIP, IntentNames.SKIP_EXERCISE, Action.SKIP_EXERCISE,
                IntentNames.SKIP_WARM_UP, Action.SKIP_WARM_UP, IntentNames.SKIP_COOL_DOWN, Action.NO,
                IntentNames.NO_EQUIPMENT, Action.NO_EQUIPMENT,
                IntentNames.START_OVER, Action.START_OVER, IntentNames.REPEAT, Action.REPEAT));
    }
}
