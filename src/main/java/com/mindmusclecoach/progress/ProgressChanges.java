package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a turn of the workout means for the user's stored progress. */
public final class ProgressChanges {

    private ProgressChanges() {
    }

    public static List<ProgressChange> of(WorkoutSession before, Transition transition, LocalDate day) {
        List<ProgressChange> changes = new ArrayList<>();
        for (Event event : transition.events()) {
            if (event instanceof Event.SetCoached set && set.part() != Event.Part.FIRST_SIDE) {
                changes.add(setDone(set.exercise(), set.reps(), day));
            } else if (event instanceof Event.RatingTaken rated && rated.rating() != null) {
                changes.add(new ProgressChange.RatingGiven(rated.exercise().muscle(), rated.rating(), day));
            } else if (event instanceof Event.WorkoutStarted started) {
                changes.add(new ProgressChange.WorkoutStarted(started.routine().id()));
            } else if (event instanceof Event.PainHeard pain) {
                changes.add(new ProgressChange.PainReported(pain.bodyPart(),
                        pain.exercise() == null ? null : pain.exercise().id(), day));
            } else if (event instanceof Event.WorkoutFinished) {
                changes.add(new ProgressChange.WorkoutDone(day));
            }
        }
        if (!transition.session().preferences().equals(before.preferences())) {
            changes.add(new ProgressChange.PreferencesSet(transition.session().preferences()));
        }
        return changes;
    }

    /**
     * The unsaved changes, revised by what a turn took back: a set withdrawn after pain no longer counts, and "I only
     * did six" counts six. The set is still unsaved (it is saved when its rating is settled), as a change of its own
     * or merged into its day's totals; only changes after the first {@code sent}, which a failed write carried and
     * may have stored, are revised.
     *
     * @param before the workout before the turn, whose last set is the one taken back or corrected
     */
    public static List<ProgressChange> revised(List<ProgressChange> pending, int sent, WorkoutSession before,
                                               Transition transition) {
        List<ProgressChange> revised = new ArrayList<>(pending);
        for (Event event : transition.events()) {
            if (event instanceof Event.PainHeard pain && pain.setWithdrawn()) {
                CompletedSet taken = before.completed().get(before.completed().size() - 1);
                recount(revised, sent, taken.exerciseId(), -1, -taken.reps());
            } else if (event instanceof Event.RepsCorrected corrected) {
                recount(revised, sent, corrected.exercise().id(), 0, corrected.reps() - corrected.planned());
            }
        }
        return revised;
    }

    /** Adds {@code sets} and {@code reps} (taken away when negative) to the last unsaved count of the exercise. */
    private static void recount(List<ProgressChange> changes, int from, String exerciseId, int sets, int reps) {
        for (int i = changes.size() - 1; i >= Math.max(0, from); i--) {
            Optional<ProgressChange.DayTotals> counted = ProgressChange.DayTotals.of(changes.get(i));
            ExerciseTotals totals = counted.map(day -> day.sets().get(exerciseId)).orElse(null);
            if (totals == null) {
                continue;
            }
            ProgressChange.DayTotals day = counted.get();
            Map<String, ExerciseTotals> daySets = new LinkedHashMap<>(day.sets());
            ExerciseTotals left = new ExerciseTotals(totals.sets() + sets, totals.reps() + reps);
            if (left.sets() == 0) {
                daySets.remove(exerciseId);
            } else {
                daySets.put(exerciseId, left);
            }
            if (daySets.isEmpty() && day.ratings().isEmpty() && day.workouts() == 0) {
                changes.remove(i);
            } else {
                changes.set(i, new ProgressChange.DayTotals(day.day(), daySets, day.ratings(), day.workouts()));
            }
            return;
        }
    }

    /** A set of {@code exercise} done: its reps, or one for a timed hold, whose seconds are not reps. */
    public static ProgressChange.SetDone setDone(Exercise exercise, int reps, LocalDate day) {
        return new ProgressChange.SetDone(exercise.id(), exercise.isHold() ? 1 : reps, day);
    }

    /**
     * The same changes, fewer of them: from {@code from} on, each run of one day's sets, ratings and workouts
     * becomes one {@link ProgressChange.DayTotals} (days only move forward in a session, so that is one a day),
     * every {@link ProgressChange.PainReported} stays, in its order (each report counts), and of each
     * last-writer-wins kind only the last stays. Applied to any progress, the result is the same. The
     * first {@code from} changes are left as they are: a write that carried them may have landed, and the stored
     * record counts a batch's changes by position.
     */
    public static List<ProgressChange> compact(List<ProgressChange> changes, int from) {
        List<ProgressChange> result = new ArrayList<>(changes.subList(0, from));
        List<ProgressChange.DayTotals> days = new ArrayList<>();
        List<ProgressChange> pain = new ArrayList<>();
        Map<Class<?>, ProgressChange> lastOfKind = new LinkedHashMap<>();
        for (ProgressChange change : changes.subList(from, changes.size())) {
            if (change instanceof ProgressChange.PainReported || change instanceof ProgressChange.LoadUsed) {
                // Each report counts; loads are per exercise, so one of each exercise's is not one of the kind's.
                pain.add(change);
                continue;
            }
            Optional<ProgressChange.DayTotals> counted = ProgressChange.DayTotals.of(change);
            if (counted.isEmpty()) {
                lastOfKind.remove(change.getClass());
                lastOfKind.put(change.getClass(), change);
                continue;
            }
            ProgressChange.DayTotals totals = counted.get();
            int last = days.size() - 1;
            Optional<ProgressChange.DayTotals> merged = last >= 0 && days.get(last).day().equals(totals.day())
                    ? days.get(last).plus(totals) : Optional.empty();
            if (merged.isPresent()) {
                days.set(last, merged.get());
            } else {
                days.add(totals);
            }
        }
        result.addAll(days);
        result.addAll(pain);
        result.addAll(lastOfKind.values());
        return result;
    }

    /**
     * The place a save carries: the workout to resume from, or none once it is finished. A session that never got
     * as far as a set (a one-shot "how am I doing", a workout opened and left in its briefing) carries nothing, and
     * the stored place, if any, is left alone.
     */
    public static List<ProgressChange> place(WorkoutSession session) {
        return place(session, null);
    }

    /**
     * As {@link #place(WorkoutSession)}, the place left {@code droppedAt} by a session that went silent (see
     * {@link ProgressChange.Unfinished#droppedAt}); null when the user chose to leave, or it is not known.
     */
    public static List<ProgressChange> place(WorkoutSession session, Instant droppedAt) {
        if (!session.hasWorkout()) {
            return List.of();
        }
        if (!session.isUnfinished()) {
            return List.of(new ProgressChange.Unfinished(null));
        }
        return isPlaceWorthKeeping(session) ? List.of(new ProgressChange.Unfinished(session, droppedAt)) : List.of();
    }

    /** A workout under way with at least one set coached: somewhere worth picking up next time. */
    public static boolean isPlaceWorthKeeping(WorkoutSession session) {
        return session.isUnfinished() && !session.completed().isEmpty();
    }

    /**
     * Whether a save is worth a write: a set, a rating, a finished workout, a preference, or a {@link #place}. A
     * workout started and left before its first set is not, so a visitor who only looked around is not stored and is
     * still new next time.
     */
    public static boolean worthSaving(List<ProgressChange> changes, List<ProgressChange> place) {
        return !place.isEmpty() || changes.stream().anyMatch(c -> !(c instanceof ProgressChange.WorkoutStarted));
    }

    /**
     * Whether the turn settled a set: it leaves the rating question (rated, skipped or moved on). That is the
     * moment worth a write, one per set with its rating, so a dropped session loses at most the set in progress.
     */
    public static boolean settlesASet(WorkoutSession before, Transition transition) {
        return before.activePhase() == Phase.RATING && transition.session().activePhase() != Phase.RATING;
    }
    /** Whether the turn heard pain: kept at once, since the next visit may need it to refer the user on. */
    public static boolean reportsPain(Transition transition) {
        return transition.events().stream().anyMatch(event -> event instanceof Event.PainHeard);
    }

}
