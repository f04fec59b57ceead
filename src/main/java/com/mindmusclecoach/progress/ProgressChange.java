package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.time.LocalDate;

/**
 * Something to remember, as a change rather than a new state: when two devices write at once, the loser
 * re-reads and applies its changes again on top, so counts add up and nothing is lost. Unsaved changes travel in
 * the session attributes, which come back from the device: a change that could not have been made is refused
 * when it is read back, rather than stopping every later save.
 */
public sealed interface ProgressChange {

    record SetDone(String exerciseId, int reps, LocalDate day) implements ProgressChange {

        public SetDone {
            required(exerciseId, "exercise");
            required(day, "day");
            if (reps < WorkoutStateMachine.MIN_REPS || reps > WorkoutStateMachine.MAX_REPS) {
                throw new IllegalArgumentException("a set of " + reps + " reps was never coached");
            }
        }
    }

    record RatingGiven(String muscle, int rating, LocalDate day) implements ProgressChange {

        public RatingGiven {
            required(muscle, "muscle");
            required(day, "day");
            if (rating < WorkoutStateMachine.MIN_RATING || rating > WorkoutStateMachine.MAX_RATING) {
                throw new IllegalArgumentException("a rating of " + rating + " is off the scale");
            }
        }
    }

    record WorkoutDone(LocalDate day) implements ProgressChange {

        public WorkoutDone {
            required(day, "day");
        }
    }

    /** A routine (or single exercise) was started, to greet the user with it next time. Last writer wins. */
    record WorkoutStarted(String routineId) implements ProgressChange {
    }

    /** The workout to offer next time; null once nothing is left unfinished. Last writer wins. */
    record Unfinished(WorkoutSession session) implements ProgressChange {
    }

    /** Last writer wins. */
    record PreferencesSet(Preferences preferences) implements ProgressChange {
    }

    private static void required(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("a progress change needs its " + name);
        }
    }
}
