package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Load;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
     * {@link ProgressChanges#compact}), so unsaved changes stay small however long storage is away. Each count is
     * capped far above any real day, so tampered session attributes cannot overflow a total.
     *
     * @param sets     per exercise id
     * @param ratings  per muscle
     * @param workouts workouts finished
     */
    record DayTotals(LocalDate day, Map<String, ExerciseTotals> sets, Map<String, RatingTally> ratings, int workouts)
            implements ProgressChange {

        /** More sets of one exercise, ratings of one muscle, or workouts than anyone does in a day. */
        public static final int MAX_PER_DAY = 1_000;

        public DayTotals {
            required(day, "day");
            sets = sets == null ? Map.of() : Map.copyOf(sets);
            ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
            sets.values().forEach(t -> {
                if (t.sets() < 1 || t.sets() > MAX_PER_DAY || t.reps() < t.sets() * WorkoutStateMachine.MIN_REPS
                        || t.reps() > t.sets() * WorkoutStateMachine.MAX_REPS) {
                    throw new IllegalArgumentException(t + " were never coached in a day");
                }
            });
            ratings.values().forEach(r -> {
                if (r.count() < 1 || r.count() > MAX_PER_DAY || r.sum() < r.count() * WorkoutStateMachine.MIN_RATING
                        || r.sum() > r.count() * WorkoutStateMachine.MAX_RATING) {
                    throw new IllegalArgumentException(r + " is off the scale");
                }
            });
            if (workouts < 0 || workouts > MAX_PER_DAY) {
                throw new IllegalArgumentException(workouts + " workouts were never finished in a day");
            }
            if (sets.isEmpty() && ratings.isEmpty() && workouts == 0) {
                throw new IllegalArgumentException("a day's totals hold something");
            }
        }

        /** A set, a rating or a finished workout as a day's totals; empty for changes that are not counted. */
        static Optional<DayTotals> of(ProgressChange change) {
            if (change instanceof SetDone set) {
                return Optional.of(new DayTotals(set.day(), Map.of(set.exerciseId(), ExerciseTotals.NONE.plus(set.reps())),
                        Map.of(), 0));
            }
            if (change instanceof RatingGiven rated) {
                return Optional.of(new DayTotals(rated.day(), Map.of(),
                        Map.of(rated.muscle(), RatingTally.NONE.plus(rated.rating())), 0));
            }
            if (change instanceof WorkoutDone done) {
                return Optional.of(new DayTotals(done.day(), Map.of(), Map.of(), 1));
            }
            return change instanceof DayTotals totals ? Optional.of(totals) : Optional.empty();
        }

        /**
         * Both added up ({@code other} is of the same day), or empty if that would pass a cap: only tampered
         * attributes get there, and they then stay two changes.
         */
        Optional<DayTotals> plus(DayTotals other) {
            Map<String, ExerciseTotals> allSets = new HashMap<>(sets);
            other.sets.forEach((exercise, t) -> allSets.merge(exercise, t, ExerciseTotals::plus));
            Map<String, RatingTally> allRatings = new HashMap<>(ratings);
            other.ratings.forEach((muscle, r) -> allRatings.merge(muscle, r, RatingTally::plus));
            try {
                return Optional.of(new DayTotals(day, allSets, allRatings, workouts + other.workouts));
            } catch (IllegalArgumentException pastACap) {
                return Optional.empty();
            }
        }
    }

    /** A routine (or single exercise) was started, to greet the user with it next time. Last writer wins. */
    record WorkoutStarted(String routineId) implements ProgressChange {
    }

    /**
     * The workout to offer next time; null once nothing is left unfinished. Last writer wins.
     *
     * @param droppedAt when a session that went silent (Alexa closed it after its reprompt) left the workout there, to
     *                  the second; null when the user chose to leave (said stop), when it is not known, and with no
     *                  workout
     */
    record Unfinished(WorkoutSession session, Instant droppedAt) implements ProgressChange {

        public Unfinished {
            droppedAt = session == null || droppedAt == null ? null : droppedAt.truncatedTo(ChronoUnit.SECONDS);
        }

        /** A place left by the user's choice, or one whose leaving time is not known. */
        public Unfinished(WorkoutSession session) {
            this(session, null);
        }
    }

    /** "Set my weekly goal to three workouts": 1 to {@value UserProgress#MAX_WEEKLY_GOAL}. Last writer wins. */
    record WeeklyGoalSet(int workouts) implements ProgressChange {

        public WeeklyGoalSet {
            if (workouts < UserProgress.MIN_WEEKLY_GOAL || workouts > UserProgress.MAX_WEEKLY_GOAL) {
                throw new IllegalArgumentException("a weekly goal of " + workouts + " workouts");
            }
        }
    }

    /** "I used twelve pounds": the weight used for an exercise, kept per exercise; the later one wins. */
    record LoadUsed(String exerciseId, Load load) implements ProgressChange {

        public LoadUsed {
            required(exerciseId, "exercise");
            required(load, "load");
        }
    }

    /** Last writer wins. */
    record PreferencesSet(Preferences preferences) implements ProgressChange {
    }

    /**
     * Pain or discomfort reported, kept a few weeks with the progress ({@link UserProgress#painReports()}). Each
     * one counts: they are a list, never merged nor replaced.
     *
     * @param bodyPart   an id such as "knee", "back" or "dizzy" (of a-z and _, at most
     *                   {@value PainReport#MAX_ID_LENGTH}); null when none was named, which becomes
     *                   {@value PainReport#UNNAMED}
     * @param exerciseId the exercise being done (an id as above); null when there was no workout
     */
    record PainReported(String bodyPart, String exerciseId, LocalDate day) implements ProgressChange {

        public PainReported {
            bodyPart = new PainReport(bodyPart, exerciseId, day).bodyPart();
        }

        /** The report as kept. */
        public PainReport report() {
            return new PainReport(bodyPart, exerciseId, day);
        }
    }

    /**
     * The alert tokens of the training reminders set through the Alexa Reminders API, so "cancel my reminders" can
     * delete them; empty once none is left. Last writer wins.
     *
     * @param alertTokens at most {@value UserProgress#MAX_REMINDERS}, each a short id the API gave
     */
    record RemindersSet(java.util.List<String> alertTokens) implements ProgressChange {

        public RemindersSet {
            alertTokens = UserProgress.reminderTokens(alertTokens);
        }
    }

    private static void required(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("a progress change needs its " + name);
        }
    }
}
