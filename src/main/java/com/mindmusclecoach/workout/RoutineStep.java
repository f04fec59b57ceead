package com.mindmusclecoach.workout;

/** One exercise of a routine, with its planned sets and reps per set. */
public record RoutineStep(Exercise exercise, int sets, int reps) {
}
