package com.mindmusclecoach.workout;

import com.mindmusclecoach.workout.Command.Action;
import com.mindmusclecoach.workout.Command.Rate;

import java.util.List;

import static com.mindmusclecoach.workout.Workouts.START_BICEP_FOCUS;

/**
 * A realistic session in each phase of a bicep focus workout (3 sets of curls, then 2 of hammer curls), reached
 * by playing commands from the choice. The paused ones differ by the phase they were paused from.
 */
enum Situation {
    CHOOSING,
    BRIEFING(START_BICEP_FOCUS),
    RATING(START_BICEP_FOCUS, Action.READY),
    RESTING(START_BICEP_FOCUS, Action.READY, new Rate(4)),
    PAUSED_BRIEFING(START_BICEP_FOCUS, Action.PAUSE),
    PAUSED_RATING(START_BICEP_FOCUS, Action.READY, Action.PAUSE),
    PAUSED_RESTING(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.PAUSE),
    FINISHED(START_BICEP_FOCUS,
            Action.READY, new Rate(3), Action.READY, new Rate(4), Action.READY, new Rate(5),
            Action.READY, new Rate(4), Action.READY, new Rate(5));

    private final List<Command> commands;

    Situation(Command... commands) {
        this.commands = List.of(commands);
    }

    WorkoutSession session() {
        return Workouts.play(commands.toArray(Command[]::new));
    }
}
