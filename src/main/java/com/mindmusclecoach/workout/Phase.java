package com.mindmusclecoach.workout;

/** Where a workout conversation stands; each phase has one question the coach is waiting on. */
public enum Phase {
    /** No workout chosen yet: "which workout?" */
    CHOOSING,
    /** An exercise has been introduced and visualized: "ready?" */
    BRIEFING,
    /** One side of a long one-sided set is done: "ready for the left side?" */
    SWITCHING_SIDES,
    /** A set has just been coached: "how strongly did you feel it, one to five?" */
    RATING,
    /** Resting between sets: "ready for set two?" */
    RESTING,
    /** On hold; the phase to return to is kept in the session. */
    PAUSED,
    /** A returning user was offered the workout they left unfinished: "pick up where you left off?" */
    OFFERING_RESUME,
    /** Pain stopped the exercise: "shall we switch to wall push ups instead?" or "shall we move on to lunges?" */
    AFTER_PAIN,
    /**
     * A change that would drop what the workout has so far waits for a yes: "start bicep focus again from the
     * top?"; the phase to return to is kept in the session.
     */
    CONFIRMING,
    /** Every set is done: "shall we cool down with a minute of stretching?" */
    COOLING_DOWN,
    /** Every set of the routine is done, and the session is over. */
    FINISHED
}
