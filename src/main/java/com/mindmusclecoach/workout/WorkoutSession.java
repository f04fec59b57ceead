package com.mindmusclecoach.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole state of one coached workout, small enough to travel in Alexa session attributes.
 *
 * @param pausedFrom    the phase to return to on resume; null unless {@code phase} is PAUSED
 * @param routineId     the routine (or single exercise) being trained; null while CHOOSING
 * @param exerciseIndex which step of the routine
 * @param setNumber     the set being coached or coming next, from 1
 * @param repsOverride  reps per set the user asked for ("make it ten reps"); 0 follows the plan
 * @param tempoShift    seconds added to lifting and lowering ("slower" / "faster")
 * Both preferences hold "from now on": across exercises and into the next workout.
 * @param completed     sets coached so far, in order
 */
public record WorkoutSession(
        Phase phase,
        Phase pausedFrom,
        String routineId,
        int exerciseIndex,
        int setNumber,
        int repsOverride,
        int tempoShift,
        List<CompletedSet> completed) {

    public WorkoutSession {
        completed = completed == null ? List.of() : List.copyOf(completed);
    }

    public static WorkoutSession choosing() {
        return new WorkoutSession(Phase.CHOOSING, null, null, 0, 1, 0, 0, List.of());
    }

    /** A fresh start of {@code routineId}, keeping the user's reps and tempo preferences. */
    WorkoutSession start(String routine) {
        return new WorkoutSession(Phase.BRIEFING, null, routine, 0, 1, repsOverride, tempoShift, List.of());
    }

    WorkoutSession inPhase(Phase next) {
        return new WorkoutSession(next, null, routineId, exerciseIndex, setNumber, repsOverride, tempoShift, completed);
    }

    WorkoutSession paused() {
        return new WorkoutSession(Phase.PAUSED, phase, routineId, exerciseIndex, setNumber, repsOverride, tempoShift, completed);
    }

    WorkoutSession atSet(int number) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, number, repsOverride, tempoShift, completed);
    }

    /** The first set of the next exercise. */
    WorkoutSession atNextExercise() {
        return new WorkoutSession(Phase.BRIEFING, null, routineId, exerciseIndex + 1, 1, repsOverride, tempoShift, completed);
    }

    WorkoutSession withReps(int reps) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, reps, tempoShift, completed);
    }

    WorkoutSession withTempoShift(int shift) {
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, repsOverride, shift, completed);
    }

    WorkoutSession plus(CompletedSet set) {
        List<CompletedSet> sets = new ArrayList<>(completed);
        sets.add(set);
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, repsOverride, tempoShift, sets);
    }

    WorkoutSession ratingLast(Integer rating) {
        List<CompletedSet> sets = new ArrayList<>(completed);
        sets.set(sets.size() - 1, sets.get(sets.size() - 1).withRating(rating));
        return new WorkoutSession(phase, pausedFrom, routineId, exerciseIndex, setNumber, repsOverride, tempoShift, sets);
    }

    /** The phase whose question is open: the paused-from phase while paused. */
    public Phase activePhase() {
        return phase == Phase.PAUSED && pausedFrom != null ? pausedFrom : phase;
    }

    public boolean hasWorkout() {
        return routineId != null && phase != Phase.CHOOSING;
    }
}
