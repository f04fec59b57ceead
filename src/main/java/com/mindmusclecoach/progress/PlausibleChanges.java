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
     * @param kept    the changes that could have been made, in their order
     * @param dropped for each change dropped, its position in the list given and why
     */
    public record Checked(List<ProgressChange> kept, Map<Integer, String> dropped) {

        /** How many of the first {@code count} changes given were dropped. */
        public int droppedBefore(int count) {
            return (int) dropped.keySet().stream().filter(index -> index < count).count();
        }
    }

    /** @param today the UTC date now: the changes' days are the device's, within a day of it */
    public Checked check(List<ProgressChange> changes, LocalDate today) {
        List<ProgressChange> kept = new ArrayList<>();
        Map<Integer, String> dropped = new HashMap<>();
        Tally tally = new Tally();
        int pain = 0;
        for (int i = 0; i < changes.size(); i++) {
            ProgressChange change = changes.get(i);
            String problem = problemOrUnreadable(change, today);
            if (problem == null && change instanceof ProgressChange.PainReported && ++pain > UserProgress.MAX_PAIN_REPORTS) {
                problem = "more pain reports than are kept";
            }
            if (problem == null) {
                problem = ProgressChange.DayTotals.of(change).map(tally::add).orElse(null);
            }
            if (problem == null) {
                kept.add(change);
            } else {
                dropped.put(i, problem);
            }
        }
        return new Checked(List.copyOf(kept), Map.copyOf(dropped));
    }

    /**
     * As {@link #problem}, for a change whose parts may be missing in ways its record allows (say, null preferences):
     * whatever cannot be checked is a problem, never a failed turn.
     */
    private String problemOrUnreadable(ProgressChange change, LocalDate today) {
        try {
            return change == null ? "missing" : problem(change, today);
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
        } else {
            problems.add("a place to resume is never a pending change");
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

    /** Counts of one list's changes per day, to bound a day's sets, ratings and workouts however they are split. */
    private static final class Tally {

        private final Map<String, Integer> sets = new HashMap<>();
        private final Map<String, Integer> ratings = new HashMap<>();
        private final Map<LocalDate, Integer> workouts = new HashMap<>();

        /** Counts the day's totals in, or leaves the tally as it was and says which bound they would pass. */
        String add(ProgressChange.DayTotals totals) {
            for (var set : totals.sets().entrySet()) {
                if (sets.getOrDefault(totals.day() + set.getKey(), 0) + set.getValue().sets() > MAX_SETS_OF_AN_EXERCISE) {
                    return "more than " + MAX_SETS_OF_AN_EXERCISE + " sets of " + set.getKey() + " on " + totals.day();
                }
            }
            for (var rating : totals.ratings().entrySet()) {
                if (ratings.getOrDefault(totals.day() + rating.getKey(), 0) + rating.getValue().count() > MAX_RATINGS_OF_A_MUSCLE) {
                    return "more than " + MAX_RATINGS_OF_A_MUSCLE + " ratings of " + rating.getKey() + " on " + totals.day();
                }
            }
            if (workouts.getOrDefault(totals.day(), 0) + totals.workouts() > MAX_WORKOUTS) {
                return "more than " + MAX_WORKOUTS + " workouts on " + totals.day();
            }
            totals.sets().forEach((id, t) -> sets.merge(totals.day() + id, t.sets(), Integer::sum));
            totals.ratings().forEach((muscle, r) -> ratings.merge(totals.day() + muscle, r.count(), Integer::sum));
            workouts.merge(totals.day(), totals.workouts(), Integer::sum);
            return null;
        }
    }
}
