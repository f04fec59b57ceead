package com.mindmusclecoach.workout;

/**
 * How one rep of an exercise runs, so the coach counts in the order the body moves.
 *
 * @param order which phase comes first from the start position, or a timed hold
 * @param start where a rep starts: the position the trainee takes before the first rep, and returns to after each
 * @param peak  where the squeeze happens, as said after "squeeze": "at the top", "with your arm straight"
 * @param sided worked one side at a time: every set is done on both sides, the same reps each
 */
public record Movement(Order order, String start, String peak, boolean sided) {

    /** The phase a rep starts with. */
    public enum Order {
        /** Starts at the top, the muscle lengthening under load first: squat, push-up, lunge. */
        LOWER_FIRST,
        /** Starts with the muscle long, lifting first: curl, row, raise. */
        LIFT_FIRST,
        /** A position held still and counted in seconds: plank, wall sit. */
        HOLD
    }

    public boolean isHold() {
        return order == Order.HOLD;
    }
}
