package com.mindmusclecoach.workout;

import java.util.Map;
import java.util.Optional;

/**
 * How the connection ratings of earlier sessions steer today's coaching, per muscle (as
 * {@link Exercise#muscle()} names it): a muscle missing here is coached as planned. Worked out from stored
 * progress by {@code progress.ConnectionHistory}; applied when an exercise is introduced (see
 * {@link WorkoutStateMachine#apply(WorkoutSession, Command, Coaching)}).
 */
public record Coaching(Map<String, Kind> byMuscle) {

    public static final Coaching NONE = new Coaching(Map.of());

    public enum Kind {
        /** Low ratings lately: a longer visualization, a touch cue, a slower tempo and a lighter load. */
        GENTLER,
        /** High ratings lately: more reps (a hold: longer), or a slower tempo when the reps are at their top. */
        PROGRESS
    }

    public Coaching {
        byMuscle = byMuscle == null ? Map.of() : Map.copyOf(byMuscle);
    }

    public Optional<Kind> of(String muscle) {
        return Optional.ofNullable(byMuscle.get(muscle));
    }

    public boolean isEmpty() {
        return byMuscle.isEmpty();
    }
}
