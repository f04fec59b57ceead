package com.mindmusclecoach.workout;

import com.mindmusclecoach.catalogue.CatalogueFile;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped catalogue, a machine built on it, and a way to reach a session by really playing commands. */
final class Workouts {

    static final Catalogue CATALOGUE = CatalogueFile.standard();
    static final WorkoutStateMachine MACHINE = new WorkoutStateMachine(CATALOGUE);
    static final Command START_BICEP_FOCUS = new Command.StartWorkout("bicep_focus", "bicep focus");

    private Workouts() {
    }

    /** Applies {@code commands} in turn; fails the test if one is rejected, so a test's "given" really happened. */
    static WorkoutSession play(WorkoutSession from, Command... commands) {
        WorkoutSession session = from;
        for (Command command : commands) {
            Transition transition = MACHINE.apply(session, command);
            assertThat(transition.events())
                    .as("setting up: %s in %s", command, session.phase())
                    .noneMatch(Event.Rejected.class::isInstance);
            session = transition.session();
        }
        return session;
    }

    static WorkoutSession play(Command... commands) {
        return play(WorkoutSession.choosing(), commands);
    }

    static Exercise exercise(String id) {
        return CATALOGUE.exercise(id).orElseThrow();
    }

    static Routine routine(String id) {
        return CATALOGUE.routine(id).orElseThrow();
    }
}
