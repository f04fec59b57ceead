package com.mindmusclecoach.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One training day, aggregated: workouts finished, sets, reps, and connection ratings per muscle.
 *
 * @param exerciseSets sets per exercise id, kept only for the last {@value UserProgress#RECENT_SET_DAYS} days (older
 *                     days drop them), for "what should I train today"
 */
public record DayLog(LocalDate day, int workouts, int sets, int reps, Map<String, RatingTally> ratings,
                     Map<String, Integer> exerciseSets) {

    public DayLog {
        if (day == null) {
            throw new IllegalArgumentException("a training day needs its date");
        }
        ratings = Map.copyOf(ratings);
        exerciseSets = exerciseSets == null ? Map.of() : Map.copyOf(exerciseSets);
    }

    /** A day with no sets per exercise kept. */
    public DayLog(LocalDate day, int workouts, int sets, int reps, Map<String, RatingTally> ratings) {
        this(day, workouts, sets, reps, ratings, Map.of());
    }

    static DayLog empty(LocalDate day) {
        return new DayLog(day, 0, 0, 0, Map.of());
    }

    DayLog withSets(int moreSets, int moreReps) {
        return new DayLog(day, workouts, sets + moreSets, reps + moreReps, ratings, exerciseSets);
    }

    DayLog withWorkouts(int more) {
        return new DayLog(day, workouts + more, sets, reps, ratings, exerciseSets);
    }

    DayLog withRatings(String muscle, RatingTally more) {
        Map<String, RatingTally> next = new HashMap<>(ratings);
        next.merge(muscle, more, RatingTally::plus);
        return new DayLog(day, workouts, sets, reps, next, exerciseSets);
    }

    DayLog withExerciseSets(String exerciseId, int more) {
        Map<String, Integer> next = new HashMap<>(exerciseSets);
        next.merge(exerciseId, more, Integer::sum);
        return new DayLog(day, workouts, sets, reps, ratings, next);
    }

    DayLog withoutExerciseSets() {
        return exerciseSets.isEmpty() ? this : new DayLog(day, workouts, sets, reps, ratings, Map.of());
    }
}
