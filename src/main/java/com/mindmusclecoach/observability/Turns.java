package com.mindmusclecoach.observability;

/**
 * The turn being handled on this thread, for the code deep in it (the coach, storage) to add what it measured without
 * passing it down every call. A thread that is in no turn (local tools, tests that ask for no metrics) gets a
 * throwaway, so nothing it adds goes anywhere.
 */
public final class Turns {

    private static final ThreadLocal<TurnMetrics> CURRENT = new ThreadLocal<>();

    private Turns() {
    }

    /** Starts a turn on this thread: what is added until {@link #end} goes into the turn returned. */
    public static TurnMetrics begin() {
        TurnMetrics turn = new TurnMetrics();
        CURRENT.set(turn);
        return turn;
    }

    /** The turn under way on this thread, or a throwaway when none is. */
    public static TurnMetrics current() {
        TurnMetrics turn = CURRENT.get();
        return turn == null ? new TurnMetrics() : turn;
    }

    public static void end() {
        CURRENT.remove();
    }
}
