package com.mindmusclecoach.workout;

/**
 * Seconds spent lifting (concentric), squeezing at the peak, and lowering (eccentric) in one rep.
 */
public record Tempo(int up, int squeeze, int down) {

    public static final int MIN_SHIFT = -1;
    public static final int MAX_SHIFT = 2;

    public Tempo {
        if (up < 1 || squeeze < 1 || down < 1) {
            throw new IllegalArgumentException("tempo phases must last at least one second: " + up + "/" + squeeze + "/" + down);
        }
    }

    /** This tempo with lift and lowering each made {@code shift} seconds longer (negative: shorter), never below one second. */
    public Tempo shifted(int shift) {
        return new Tempo(Math.max(1, up + shift), squeeze, Math.max(1, down + shift));
    }

    public int secondsPerRep() {
        return up + squeeze + down;
    }
}
