package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Movement;
import com.mindmusclecoach.workout.Tempo;

/** The tempo as announced, in the order the movement goes: a squat's lowering first, a curl's lift first. */
final class Tempos {

    private Tempos() {
    }

    /** "Three seconds to sit back, two to stand, and squeeze standing tall." */
    static String announced(Exercise exercise, Tempo tempo) {
        String peak = exercise.movement().peak();
        String squeeze = tempo.squeeze() == 1 ? "squeeze " + peak
                : "squeeze " + peak + " for " + Words.number(tempo.squeeze());
        if (exercise.movement().order() == Movement.Order.LOWER_FIRST) {
            return Words.capitalized(Words.count(tempo.down(), "second", "seconds")) + " to " + exercise.lower()
                    + ", " + Words.number(tempo.up()) + " to " + exercise.lift() + ", and " + squeeze + ".";
        }
        return Words.capitalized(Words.count(tempo.up(), "second", "seconds")) + " to " + exercise.lift() + ", "
                + squeeze + ", and " + Words.number(tempo.down()) + " to " + exercise.lower() + ".";
    }
}
