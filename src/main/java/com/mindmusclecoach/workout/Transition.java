package com.mindmusclecoach.workout;

import java.util.List;

/** The outcome of one command: the next session, what happened, and whether the conversation ends. */
public record Transition(WorkoutSession session, List<Event> events, boolean ends) {

    public Transition {
        events = List.copyOf(events);
    }

    static Transition to(WorkoutSession session, Event... events) {
        return new Transition(session, List.of(events), false);
    }

    static Transition ending(WorkoutSession session, Event... events) {
        return new Transition(session, List.of(events), true);
    }
}
