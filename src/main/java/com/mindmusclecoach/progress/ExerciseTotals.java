package com.mindmusclecoach.progress;

/** Sets and reps ever done of one exercise. */
public record ExerciseTotals(int sets, int reps) {

    public static final ExerciseTotals NONE = new ExerciseTotals(0, 0);

    ExerciseTotals plus(int moreReps) {
        return new ExerciseTotals(sets + 1, reps + moreReps);
    }

    ExerciseTotals plus(ExerciseTotals more) {
        return new ExerciseTotals(sets + more.sets, reps + more.reps);
    }
}
