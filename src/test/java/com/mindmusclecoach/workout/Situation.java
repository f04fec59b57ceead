package com.mindmusclecoach.workout;

import com.mindmusclecoach.workout.Command.Action;
import com.mindmusclecoach.workout.Command.Rate;

import java.util.List;
import java.util.function.UnaryOperator;

import static com.mindmusclecoach.workout.Workouts.MACHINE;
import static com.mindmusclecoach.workout.Workouts.START_BICEP_FOCUS;

/**
 * A realistic session in each phase of a bicep focus workout (3 sets of curls, then 2 of hammer curls), reached
 * by playing commands from the choice. The paused ones differ by the phase they were paused from; the offered
 * ones are what a returning user who left in that phase is offered by {@link WorkoutStateMachine#resumable}.
 */
enum Situation {
    CHOOSING,
    BRIEFING(START_BICEP_FOCUS),
    RATING(START_BICEP_FOCUS, Action.READY),
    RESTING(START_BICEP_FOCUS, Action.READY, new Rate(4)),
    PAUSED_BRIEFING(START_BICEP_FOCUS, Action.PAUSE),
    PAUSED_RATING(START_BICEP_FOCUS, Action.READY, Action.PAUSE),
    PAUSED_RESTING(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.PAUSE),
    OFFERING_RESUME_BRIEFING(Situation::offered, START_BICEP_FOCUS),
    /**
     * Never offered by {@code resumable} (it settles a set left unrated), but a stored hold the machine accepts,
     * so it must answer it: left right after set one, before rating it.
     */
    OFFERING_RESUME_RATING(left -> left.holding(Phase.OFFERING_RESUME), START_BICEP_FOCUS, Action.READY),
    OFFERING_RESUME_RESTING(Situation::offered, START_BICEP_FOCUS, Action.READY, new Rate(4)),
    /** Twenty single-arm rows a side: too long for both sides in one response, so the right side is done first. */
    SWITCHING_SIDES(new Command.StartWorkout("single_arm_row", "single arm row"), new Command.SetReps(20), Action.READY),
    /** Pain during set one of curls: the set withdrawn, hammer curls offered instead. */
    AFTER_PAIN(START_BICEP_FOCUS, Action.READY, new Command.ReportPain("elbow", false)),
    PAUSED_AFTER_PAIN(START_BICEP_FOCUS, Action.READY, new Command.ReportPain("elbow", false), Action.PAUSE),
    CONFIRMING_BRIEFING(START_BICEP_FOCUS, Action.SKIP_EXERCISE),
    CONFIRMING_RATING(START_BICEP_FOCUS, Action.READY, Action.SKIP_EXERCISE),
    /** "Start over" after a set: asked first, since it would go back to set one. */
    CONFIRMING_RESTING(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.START_OVER),
    /** Every set done: the cool-down is offered. */
    COOLING_DOWN(START_BICEP_FOCUS,
            Action.READY, new Rate(3), Action.READY, new Rate(4), Action.READY, new Rate(5),
            Action.READY, new Rate(4), Action.READY, new Rate(5)),
    FINISHED(START_BICEP_FOCUS,
            Action.READY, new Rate(3), Action.READY, new Rate(4), Action.READY, new Rate(5),
            Action.READY, new Rate(4), Action.READY, new Rate(5), Action.NO);

    private final UnaryOperator<WorkoutSession> afterPlaying;
    private final List<Command> commands;

    Situation(Command... commands) {
        this(UnaryOperator.identity(), commands);
    }

    Situation(UnaryOperator<WorkoutSession> afterPlaying, Command... commands) {
        this.afterPlaying = afterPlaying;
        this.commands = List.of(commands);
    }

    WorkoutSession session() {
        return afterPlaying.apply(Workouts.play(commands.toArray(Command[]::new)));
    }

    /** The phase, with the phase on hold when paused or offered: {@code PAUSED_RATING}. */
    static String nameOf(WorkoutSession session) {
        return session.isOnHold() ? session.phase() + "_" + session.pausedFrom() : session.phase().name();
    }

    private static WorkoutSession offered(WorkoutSession left) {
        return MACHINE.resumable(left).orElseThrow();
    }
}
