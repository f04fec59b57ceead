package com.mindmusclecoach.workout;

/** A set the user was coached through; {@code rating} is 1-5, or null when skipped or not yet given. */
public record CompletedSet(String exerciseId, int setNumber, int reps, Integer rating) {

    public CompletedSet withRating(Integer value) {
        return new CompletedSet(exerciseId, setNumber, reps, value);
    }
}
