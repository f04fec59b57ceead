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
 */
public record WorkoutSession(
        Phase phase,
        Phase pausedFrom,
        String routineId,
        int exerciseIndex,
        int setNumber,
        Preferences preferences,
        List<CompletedSet> completed) {

    public WorkoutSession {
        preferences = preferences == null ? Preferences.DEFAULT : preferences;
        completed = completed == null ? List.of() : List.copyOf(completed);
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
        return new WorkoutSession(next, null, routineId, exerciseIndex, setNumber, preferences, completed);
    }

    /** On hold in {@code holding} (PAUSED or OFFERING_RESUME), remembering the phase to return to. */
    WorkoutSession holding(Phase holding) {
        return new WorkoutSession(holding, activePhase(), routineId, exerciseIndex, setNumber, preferences, completed);
    }

    WorkoutSession atSet(int number) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, number, preferences, completed);
    }

    /** The first set of the next exercise. */
    WorkoutSession atNextExercise() {
        return new WorkoutSession(Phase.BRIEFING, null, routineId, exerciseIndex + 1, 1, preferences, completed);
    }

    public WorkoutSession withPreferences(Preferences value) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, value, completed);
    }

    WorkoutSession plus(CompletedSet set) {
        List<CompletedSet> sets = new ArrayList<>(completed);
        sets.add(set);
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, preferences, sets);
    }

    WorkoutSession ratingLast(Integer rating) {
        List<CompletedSet> sets = new ArrayList<>(completed);
        sets.set(sets.size() - 1, sets.get(sets.size() - 1).withRating(rating));
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, preferences, sets);
    }

    /** The phase whose question is open: the phase on hold while paused or offered for resuming. */
    public Phase activePhase() {
        return (phase == Phase.PAUSED || phase == Phase.OFFERING_RESUME) && pausedFrom != null ? pausedFrom : phase;
    }

    public boolean hasWorkout() {
        return routineId != null && phase != Phase.CHOOSING;
    }

    /** A workout under way that could be picked up later. */
    public boolean isUnfinished() {
        return hasWorkout() && phase != Phase.FINISHED;
    }
}
