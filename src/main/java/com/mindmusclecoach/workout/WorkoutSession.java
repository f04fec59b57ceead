package com.mindmusclecoach.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole state of one coached workout, small enough to travel in Alexa session attributes and to be
 * stored as the workout to resume.
 *
 * @param pausedFrom    the phase to return to on resume; null unless {@code phase} is PAUSED or OFFERING_RESUME
 * @param routineId     the routine (or single exercise) being trained; null while CHOOSING
 * @param exerciseIndex which step of the routine
 * @param setNumber     the set being coached or coming next, from 1
 * @param preferences   reps, tempo, rest and verbosity the user asked for; they hold "from now on"
 * @param completed     sets coached so far, in order
 * @param adjustment    how the exercise under way differs from the plan (another exercise, reps, tempo)
 * @param confirming    what a CONFIRMING question asks about: {@link #START_OVER}, {@link #SKIP_EXERCISE}, or
 *                      {@link #SWITCH_TO} followed by a routine id; null in every other phase
 */
public record WorkoutSession(
        Phase phase,
        Phase pausedFrom,
        String routineId,
        int exerciseIndex,
        int setNumber,
        Preferences preferences,
        List<CompletedSet> completed,
        Adjustment adjustment,
        String confirming) {

    public static final String START_OVER = "start_over";
    public static final String SKIP_EXERCISE = "skip_exercise";
    public static final String SWITCH_TO = "switch_to:";

    public WorkoutSession {
        preferences = preferences == null ? Preferences.DEFAULT : preferences;
        completed = completed == null ? List.of() : List.copyOf(completed);
        adjustment = adjustment == null ? Adjustment.NONE : adjustment;
    }

    /** A session doing the exercises as planned, with no question on hold about a change. */
    public WorkoutSession(Phase phase, Phase pausedFrom, String routineId, int exerciseIndex, int setNumber,
                          Preferences preferences, List<CompletedSet> completed) {
        this(phase, pausedFrom, routineId, exerciseIndex, setNumber, preferences, completed, Adjustment.NONE, null);
    }

    public static WorkoutSession choosing() {
        return choosing(Preferences.DEFAULT);
    }

    public static WorkoutSession choosing(Preferences preferences) {
        return new WorkoutSession(Phase.CHOOSING, null, null, 0, 1, preferences, List.of());
    }

    /** A fresh start of {@code routine}, keeping the user's preferences. */
    WorkoutSession start(String routine) {
        return new WorkoutSession(Phase.BRIEFING, null, routine, 0, 1, preferences, List.of());
    }

    WorkoutSession inPhase(Phase next) {
        return new WorkoutSession(next, null, routineId, exerciseIndex, setNumber, preferences, completed, adjustment, null);
    }

    /** On hold in {@code holding} (PAUSED or OFFERING_RESUME), remembering the phase to return to. */
    WorkoutSession holding(Phase holding) {
        return new WorkoutSession(holding, activePhase(), routineId, exerciseIndex, setNumber, preferences, completed,
                adjustment, null);
    }

    /** Asking whether to make {@code change} (see {@link #confirming}), remembering the phase to return to. */
    WorkoutSession asking(String change) {
        return new WorkoutSession(Phase.CONFIRMING, activePhase(), routineId, exerciseIndex, setNumber, preferences,
                completed, adjustment, change);
    }

    WorkoutSession atSet(int number) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, number, preferences, completed, adjustment,
                confirming);
    }

    /** The first set of the next exercise, as planned. */
    WorkoutSession atNextExercise() {
        return new WorkoutSession(Phase.BRIEFING, null, routineId, exerciseIndex + 1, 1, preferences, completed);
    }

    public WorkoutSession withPreferences(Preferences value) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, value, completed, adjustment,
                confirming);
    }

    WorkoutSession withAdjustment(Adjustment value) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, preferences, completed, value,
                confirming);
    }

    WorkoutSession plus(CompletedSet set) {
        List<CompletedSet> sets = new ArrayList<>(completed);
        sets.add(set);
        return withCompleted(sets);
    }

    WorkoutSession ratingLast(Integer rating) {
        return withLast(last().withRating(rating));
    }

    /** The last set coached, with the reps actually done. */
    WorkoutSession withLast(CompletedSet set) {
        List<CompletedSet> sets = new ArrayList<>(completed);
        sets.set(sets.size() - 1, set);
        return withCompleted(sets);
    }

    /** The last set coached taken back: it does not count as done. */
    WorkoutSession withoutLast() {
        return withCompleted(completed.subList(0, completed.size() - 1));
    }

    CompletedSet last() {
        return completed.get(completed.size() - 1);
    }

    private WorkoutSession withCompleted(List<CompletedSet> sets) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, preferences, sets, adjustment,
                confirming);
    }

    /** Paused, offered for resuming, or waiting for a yes to a change: another question is in front of the workout's. */
    public boolean isOnHold() {
        return phase == Phase.PAUSED || phase == Phase.OFFERING_RESUME || phase == Phase.CONFIRMING;
    }

    /** The phase whose question is open: the phase on hold while paused, offered for resuming, or confirming. */
    public Phase activePhase() {
        return isOnHold() && pausedFrom != null ? pausedFrom : phase;
    }

    public boolean hasWorkout() {
        return routineId != null && phase != Phase.CHOOSING;
    }

    /** A workout under way that could be picked up later. */
    public boolean isUnfinished() {
        return hasWorkout() && phase != Phase.FINISHED && phase != Phase.COOLING_DOWN;
    }
}
