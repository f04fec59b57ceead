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

    DayLog withSets(int moreSets, int moreReps) {
        return new DayLog(day, workouts, sets + moreSets, reps + moreReps, ratings);
    }

    DayLog withWorkouts(int more) {
        return new DayLog(day, workouts + more, sets, reps, ratings);
    }

    DayLog withRatings(String muscle, RatingTally more) {
        Map<String, RatingTally> next = new HashMap<>(ratings);
        next.merge(muscle, more, RatingTally::plus);
        return new DayLog(day, workouts, sets, reps, next);
    }
}
