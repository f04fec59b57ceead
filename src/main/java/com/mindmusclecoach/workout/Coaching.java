package com.mindmusclecoach.workout;

import java.util.Map;
import java.util.Optional;

/**
 * How the connection ratings of earlier sessions steer today's coaching, per muscle (as
 * {@link Exercise#muscle()} names it): a muscle missing here is coached as planned; and the weights last used per
 * exercise id, with the unit the user's locale weighs in, to suggest today's load and ask for it. Worked out from stored
 * progress by {@code progress.ConnectionHistory}; applied when an exercise is introduced (see
 * {@link WorkoutStateMachine#apply(WorkoutSession, Command, Coaching)}).
 */
public record Coaching(Map<String, Kind> byMuscle, Map<String, Load> loads, Load.Unit unit) {

    public static final Coaching NONE = new Coaching(Map.of());

    /** Steering by muscle only, with no loads remembered. */
    public Coaching(Map<String, Kind> byMuscle) {
        this(byMuscle, Map.of(), Load.Unit.POUNDS);
    }

    public enum Kind {
        /** Low ratings lately: a longer visualization, a touch cue, a slower tempo and a lighter load. */
        GENTLER,
        /**
         * High ratings lately: more reps (a hold: longer); when the reps are at their top, a remembered dumbbell load a
         * step heavier, else a slower tempo.
         */
        PROGRESS
    }

    public Coaching {
        byMuscle = byMuscle == null ? Map.of() : Map.copyOf(byMuscle);
        loads = loads == null ? Map.of() : Map.copyOf(loads);
        unit = unit == null ? Load.Unit.POUNDS : unit;
    }

    /** The weight last used for {@code exerciseId}, if the user said. */
    public Optional<Load> load(String exerciseId) {
        return Optional.ofNullable(loads.get(exerciseId));
    }

    public Optional<Kind> of(String muscle) {
        return Optional.ofNullable(byMuscle.get(muscle));
    }

    /** {@link #NONE}: coaching as planned, without asking for loads. */
    public boolean isEmpty() {
        return this == NONE;
    }
}
