package com.mindmusclecoach.workout;

/**
 * How the exercise under way differs from the plan, for the rest of that exercise only: another exercise in its
 * place after pain ({@code swap}, an exercise id; null: as planned), and reps (a hold: seconds) and tempo seconds
 * added or taken away after "too hard" or "too easy".
 */
public record Adjustment(String swap, int reps, int tempo) {

    public static final Adjustment NONE = new Adjustment(null, 0, 0);

    public Adjustment withSwap(String exerciseId) {
        return new Adjustment(exerciseId, 0, 0);
    }

    public Adjustment withReps(int value) {
        return new Adjustment(swap, value, tempo);
    }

    public Adjustment withTempo(int value) {
        return new Adjustment(swap, reps, value);
    }
}
