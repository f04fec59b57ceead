package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * Sets, ratings and finished workouts of one day, merged while they wait to be saved (see
     * {@link ProgressChanges#compact}), so unsaved changes stay small however long storage is away.
     *
     * @param sets     per exercise id
     * @param ratings  per muscle
     * @param workouts workouts finished
     */
    record TrainedOn(LocalDate day, Map<String, ExerciseTotals> sets, Map<String, RatingTally> ratings, int workouts)
            implements ProgressChange {

        public TrainedOn {
            required(day, "day");
            sets = sets == null ? Map.of() : Map.copyOf(sets);
            ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
            sets.values().forEach(t -> {
                if (t.sets() < 1 || t.reps() < t.sets() * WorkoutStateMachine.MIN_REPS
                        || t.reps() > t.sets() * WorkoutStateMachine.MAX_REPS) {
                    throw new IllegalArgumentException(t + " were never coached");
                }
            });
            ratings.values().forEach(r -> {
                if (r.count() < 1 || r.sum() < r.count() * WorkoutStateMachine.MIN_RATING
                        || r.sum() > r.count() * WorkoutStateMachine.MAX_RATING) {
                    throw new IllegalArgumentException(r + " is off the scale");
                }
            });
            if (workouts < 0) {
                throw new IllegalArgumentException(workouts + " workouts were never finished");
            }
        }

        /** The day of a set, a rating or a finished workout, as a merged change; null for other changes. */
        static TrainedOn of(ProgressChange change) {
            if (change instanceof SetDone set) {
                return new TrainedOn(set.day(), Map.of(set.exerciseId(), ExerciseTotals.NONE.plus(set.reps())), Map.of(), 0);
            }
            if (change instanceof RatingGiven rated) {
                return new TrainedOn(rated.day(), Map.of(), Map.of(rated.muscle(), RatingTally.NONE.plus(rated.rating())), 0);
            }
            if (change instanceof WorkoutDone done) {
                return new TrainedOn(done.day(), Map.of(), Map.of(), 1);
            }
            return change instanceof TrainedOn trained ? trained : null;
        }

        /** Both days' training added up; {@code other} is of the same day. */
        TrainedOn plus(TrainedOn other) {
            Map<String, ExerciseTotals> allSets = new HashMap<>(sets);
            other.sets.forEach((exercise, t) -> allSets.merge(exercise, t, ExerciseTotals::plus));
            Map<String, RatingTally> allRatings = new HashMap<>(ratings);
            other.ratings.forEach((muscle, r) -> allRatings.merge(muscle, r, RatingTally::plus));
            return new TrainedOn(day, allSets, allRatings, workouts + other.workouts);
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
