package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unsaved changes a session brings back, kept only if this skill could have made them. They travel in session
 * attributes, which a caller of the HTTP endpoint (or a buggy client) can write at will, and they end up in storage:
 * each change is checked on its own, so a forged one is dropped without the genuine set beside it.
 *
 * <p>What could have been made: exercises, muscles and routines of the catalogue; a day no further from today than a
 * session lasts, time zones included; at most {@value #MAX_SETS_OF_AN_EXERCISE} sets of one exercise,
 * {@value #MAX_RATINGS_OF_A_MUSCLE} ratings of one muscle and {@value #MAX_WORKOUTS} finished workouts in a day,
 * counted over the whole list (a set takes reps within the coached range, checked by the change itself);
 * preferences within today's limits; pain reports no more than are kept; and no place to resume, which a save
 * carries on its own and never as a pending change.
 */
public final class PlausibleChanges {

    /** More sets of one exercise than a day of real workouts holds. */
    public static final int MAX_SETS_OF_AN_EXERCISE = 20;
    /** A rating follows each set, and several exercises work one muscle. */
    public static final int MAX_RATINGS_OF_A_MUSCLE = 2 * MAX_SETS_OF_AN_EXERCISE;
    public static final int MAX_WORKOUTS = 10;
    /** A session that started yesterday, in a zone behind UTC, still dates its sets yesterday. */
    static final int DAYS_BACK = 2;
    /** A zone ahead of UTC is at most a day ahead. */
    static final int DAYS_AHEAD = 1;

    private final Set<String> exercises;
    private final Set<String> muscles;
    private final Catalogue catalogue;

    public PlausibleChanges(Catalogue catalogue) {
        this.exercises = catalogue.exercises().stream().map(Exercise::id).collect(Collectors.toUnmodifiableSet());
        this.muscles = catalogue.exercises().stream().map(Exercise::muscle).collect(Collectors.toUnmodifiableSet());
        this.catalogue = catalogue;
    }

    /**
     * @param kept    the changes that could have been made, in their order, each in its place
     * @param dropped for each change dropped, its position in the list given and why
     * @param cut     for each day's totals that passed a bound in part, its position and what was cut: the rest of it
     *                is kept, in its place
     */
    public record Checked(List<ProgressChange> kept, Map<Integer, String> dropped, Map<Integer, String> cut) {

        /** How many of the first {@code count} changes given were dropped. */
        public int droppedBefore(int count) {
            return (int) dropped.keySet().stream().filter(index -> index < count).count();
        }
    }

    /** @param today the UTC date now: the changes' days are the device's, within a day of it */
    public Checked check(List<ProgressChange> changes, LocalDate today) {
        List<ProgressChange> kept = new ArrayList<>();
        Map<Integer, String> dropped = new HashMap<>();
        Map<Integer, String> cut = new HashMap<>();
        Tally tally = new Tally();
        int pain = 0;
        for (int i = 0; i < changes.size(); i++) {
            ProgressChange change = changes.get(i);
            String problem = problemOrUnreadable(change, today);
            if (problem == null && change instanceof ProgressChange.PainReported && ++pain > UserProgress.MAX_PAIN_REPORTS) {
                problem = "more pain reports than are kept";
            }
            if (problem != null) {
                dropped.put(i, problem);
                continue;
            }
            ProgressChange.DayTotals counted = ProgressChange.DayTotals.of(change).orElse(null);
            if (counted == null) {
                kept.add(change);
                continue;
            }
            Tally.Fit fit = tally.fit(counted);
            if (fit.fits() == null) {
                dropped.put(i, fit.problem());
            } else if (fit.problem() != null) {
                cut.put(i, fit.problem());
                kept.add(fit.fits());
            } else {
                kept.add(change);
            }
        }
        return new Checked(List.copyOf(kept), Map.copyOf(dropped), Map.copyOf(cut));
    }

    /**
     * As {@link #problem}, for a change whose parts may be missing in ways its record allows (say, null preferences):
     * whatever cannot be checked is a problem, never a failed turn.
     */
    private String problemOrUnreadable(ProgressChange change, LocalDate today) {
        try {
            return problem(change, today);
        } catch (RuntimeException unreadable) {
            return "unreadable: " + unreadable.getClass().getSimpleName();
        }
    }

    /** Why the change on its own could not have been made; null when it could. */
    private String problem(ProgressChange change, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (change instanceof ProgressChange.SetDone set) {
            known(problems, exercises, set.exerciseId(), "exercise");
            day(problems, set.day(), today);
        } else if (change instanceof ProgressChange.RatingGiven rating) {
            known(problems, muscles, rating.muscle(), "muscle");
            day(problems, rating.day(), today);
        } else if (change instanceof ProgressChange.WorkoutDone done) {
            day(problems, done.day(), today);
        } else if (change instanceof ProgressChange.DayTotals totals) {
            totals.sets().keySet().forEach(id -> known(problems, exercises, id, "exercise"));
            totals.ratings().keySet().forEach(muscle -> known(problems, muscles, muscle, "muscle"));
            day(problems, totals.day(), today);
        } else if (change instanceof ProgressChange.WorkoutStarted started) {
            if (catalogue.routine(started.routineId()).isEmpty()) {
                problems.add("unknown routine " + shorten(started.routineId()));
            }
        } else if (change instanceof ProgressChange.PreferencesSet preferences) {
            if (preferences.preferences() == null || !preferences.preferences().inRange()) {
                problems.add("preferences out of range");
            }
        } else if (change instanceof ProgressChange.PainReported pain) {
            if (pain.exerciseId() != null) {
                known(problems, exercises, pain.exerciseId(), "exercise");
            }
            day(problems, pain.day(), today);
        } else if (change instanceof ProgressChange.RemindersSet) {
            // Checked as it was made (UserProgress.reminderTokens): a token is only of use with the user's own access token.
        } else if (change instanceof ProgressChange.LoadUsed used) {
            known(problems, exercises, used.exerciseId(), "exercise");
            if (problems.isEmpty() && catalogue.exercise(used.exerciseId()).orElseThrow().equipment()
                    != com.mindmusclecoach.workout.Equipment.DUMBBELLS) {
                problems.add("a load for an exercise without weights");
            }
        } else if (change instanceof ProgressChange.WeeklyGoalSet) {
            // Its range (1 to 7 workouts) is checked as it is read: nothing else to know.
            return null;
        } else if (change instanceof ProgressChange.Unfinished) {
            problems.add("a place to resume is never a pending change");
        } else {
            problems.add("an unknown kind of change");
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static void known(List<String> problems, Set<String> ids, String id, String kind) {
        if (id == null || !ids.contains(id)) {
            problems.add("unknown " + kind + " " + shorten(id));
        }
    }

    private static void day(List<String> problems, LocalDate day, LocalDate today) {
        if (day.isBefore(today.minusDays(DAYS_BACK)) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
            problems.add("dated " + day + ", not within a session of " + today);
        }
    }

    private static String shorten(String id) {
        return id == null ? "null" : id.length() > 40 ? id.substring(0, 40) + "..." : id;
    }

    /**
     * Counts of one list's changes per day, to bound a day's sets, ratings and workouts however they are split. Each
     * exercise, muscle and the workouts count on their own: the part of a day's totals past a bound is cut, the rest
     * kept, so a forged exercise does not take the genuine ones of its day with it.
     */
    private static final class Tally {

        /** The part of a day's totals within the bounds (null when none is), and what was cut (null when nothing). */
        record Fit(ProgressChange.DayTotals fits, String problem) {
        }

        private final Map<LocalDate, Map<String, Integer>> sets = new HashMap<>();
        private final Map<LocalDate, Map<String, Integer>> ratings = new HashMap<>();
        private final Map<LocalDate, Integer> workouts = new HashMap<>();

        Fit fit(ProgressChange.DayTotals totals) {
            LocalDate day = totals.day();
            List<String> problems = new ArrayList<>();
            Map<String, ExerciseTotals> keptSets = new HashMap<>();
            Map<String, Integer> daySets = sets.computeIfAbsent(day, d -> new HashMap<>());
            totals.sets().forEach((exercise, t) -> {
                if (daySets.getOrDefault(exercise, 0) + t.sets() > MAX_SETS_OF_AN_EXERCISE) {
                    problems.add("more than " + MAX_SETS_OF_AN_EXERCISE + " sets of " + exercise + " on " + day);
                } else {
                    daySets.merge(exercise, t.sets(), Integer::sum);
                    keptSets.put(exercise, t);
                }
            });
            Map<String, RatingTally> keptRatings = new HashMap<>();
            Map<String, Integer> dayRatings = ratings.computeIfAbsent(day, d -> new HashMap<>());
            totals.ratings().forEach((muscle, r) -> {
                if (dayRatings.getOrDefault(muscle, 0) + r.count() > MAX_RATINGS_OF_A_MUSCLE) {
                    problems.add("more than " + MAX_RATINGS_OF_A_MUSCLE + " ratings of " + muscle + " on " + day);
                } else {
                    dayRatings.merge(muscle, r.count(), Integer::sum);
                    keptRatings.put(muscle, r);
                }
            });
            int keptWorkouts = totals.workouts();
            if (workouts.getOrDefault(day, 0) + totals.workouts() > MAX_WORKOUTS) {
                problems.add("more than " + MAX_WORKOUTS + " workouts on " + day);
                keptWorkouts = 0;
            }
            workouts.merge(day, keptWorkouts, Integer::sum);
            boolean any = !keptSets.isEmpty() || !keptRatings.isEmpty() || keptWorkouts > 0;
            return new Fit(any ? new ProgressChange.DayTotals(day, keptSets, keptRatings, keptWorkouts) : null,
                    problems.isEmpty() ? null : String.join("; ", problems));
        }
    }
}
