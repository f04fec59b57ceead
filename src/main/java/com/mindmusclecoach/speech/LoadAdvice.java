package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Exercise;

/**
 * What to hold and how heavy, said before an exercise's first set. For this method the load is lighter than
 * usual: one the trainee controls through every rep at the slow tempo.
 */
final class LoadAdvice {

    private LoadAdvice() {
    }

    static String of(Exercise exercise) {
        return switch (exercise.equipment()) {
            case DUMBBELLS -> "You'll need dumbbells: pick a weight lighter than usual, one you can control through"
                    + " every slow rep.";
            case BODYWEIGHT -> exercise.isHold() ? "Just your bodyweight for this one." : "Just your bodyweight, so slow is what makes it hard.";
            case CHAIR -> "You'll need a sturdy chair or bench that won't slide.";
            case BAND -> "You'll need a resistance band: a light one you can control the whole way.";
            case MAT -> "Use a mat or a soft spot on the floor.";
        };
    }
}
