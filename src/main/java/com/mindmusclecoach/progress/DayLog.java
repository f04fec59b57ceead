package com.mindmusclecoach.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** One training day, aggregated: workouts finished, sets, reps, and connection ratings per muscle. */
public record DayLog(LocalDate day, int workouts, int sets, int reps, Map<String, RatingTally> ratings) {

    public DayLog {
        if (day == null) {
            throw new IllegalArgumentException("a training day needs its date");
        }
        ratings = Map.copyOf(ratings);
    }

    static DayLog empty(LocalDate day) {
        return new DayLog(day, 0, 0, 0, Map.of());
    }

    DayLog withSet(int moreReps) {
        return new DayLog(day, workouts, sets + 1, reps + moreReps, ratings);
    }

    DayLog withWorkout() {
        return new DayLog(day, workouts + 1, sets, reps, ratings);
    }

    DayLog withRating(String muscle, int rating) {
        Map<String, RatingTally> next = new HashMap<>(ratings);
        next.merge(muscle, RatingTally.NONE.plus(rating), RatingTally::plus);
        return new DayLog(day, workouts, sets, reps, next);
    }
}
