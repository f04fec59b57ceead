package com.mindmusclecoach.workout;

/** Where a workout conversation stands; each phase has one question the coach is waiting on. */
public enum Phase {
    /** No workout chosen yet: "which workout?" */
    CHOOSING,
    /** An exercise has been introduced and visualized: "ready?" */
    BRIEFING,
    /** A set has just been coached: "how strongly did you feel it, one to five?" */
    RATING,
    /** Resting between sets: "ready for set two?" */
    RESTING,
    /** On hold; the phase to return to is kept in the session. */
    PAUSED,
    /** A returning user was offered the workout they left unfinished: "pick up where you left off?" */
    OFFERING_RESUME,
    /** Every set of the routine is done. */
    FINISHED
}
