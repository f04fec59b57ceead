package com.mindmusclecoach.progress;

/** What the coach remembers about a user between sessions. */
public record UserProgress(int workoutsCompleted, int setsCompleted, int repsCompleted) {

    public static final UserProgress NONE = new UserProgress(0, 0, 0);

    public UserProgress withSet(int reps) {
        return new UserProgress(workoutsCompleted, setsCompleted + 1, repsCompleted + reps);
    }

    public UserProgress withWorkoutFinished() {
        return new UserProgress(workoutsCompleted + 1, setsCompleted, repsCompleted);
    }
}
