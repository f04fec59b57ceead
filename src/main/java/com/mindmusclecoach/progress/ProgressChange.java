package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;

import java.time.LocalDate;

/**
 * Something to remember, as a change rather than a new state: when two devices write at once, the loser
 * re-reads and applies its changes again on top, so counts add up and nothing is lost.
 */
public sealed interface ProgressChange {

    record SetDone(String exerciseId, int reps, LocalDate day) implements ProgressChange {
    }

    record RatingGiven(String muscle, int rating, LocalDate day) implements ProgressChange {
    }

    record WorkoutDone(LocalDate day) implements ProgressChange {
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
}
