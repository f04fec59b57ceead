package com.mindmusclecoach.screens;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sessions and progress as real use makes them, for the screen tests: built by the state machine itself. */
final class ScreenSamples {

    static final Catalogue CATALOGUE = CatalogueFile.standard();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final WorkoutStateMachine MACHINE = new WorkoutStateMachine(CATALOGUE);

    private ScreenSamples() {
    }

    /** Every session a whole workout of {@code routine} passes through, paused and offered for resuming on the way. */
    static List<WorkoutSession> wholeWorkout(Routine routine) {
        List<WorkoutSession> seen = new ArrayList<>(List.of(WorkoutSession.choosing()));
        Transition t = MACHINE.apply(WorkoutSession.choosing(), new Command.StartWorkout(routine.id(), routine.name()));
        while (!t.ends()) {
            WorkoutSession s = t.session();
            seen.add(s);
            seen.add(MACHINE.apply(s, Command.Action.PAUSE).session());
            MACHINE.resumable(s).ifPresent(seen::add);
            t = MACHINE.apply(s, s.phase() == Phase.RATING ? new Command.Rate(4) : Command.Action.READY);
        }
        seen.add(t.session());
        return seen;
    }

    /** Every turn of a whole workout of {@code routine}, from its start to its end, every set rated 4. */
    static List<Transition> wholeWorkoutTurns(Routine routine) {
        List<Transition> turns = new ArrayList<>();
        Transition t = MACHINE.apply(WorkoutSession.choosing(), new Command.StartWorkout(routine.id(), routine.name()));
        turns.add(t);
        while (!t.ends()) {
            WorkoutSession s = t.session();
            t = MACHINE.apply(s, s.phase() == Phase.RATING ? new Command.Rate(4) : Command.Action.READY);
            turns.add(t);
        }
        return turns;
    }

    static List<Transition> everyTurnOfTheCatalogue() {
        List<Transition> all = new ArrayList<>();
        CATALOGUE.routines().forEach(r -> all.addAll(wholeWorkoutTurns(r)));
        CATALOGUE.exercises().forEach(e -> all.addAll(wholeWorkoutTurns(CATALOGUE.routine(e.id()).orElseThrow())));
        return all;
    }

    static List<WorkoutSession> everyWorkoutOfTheCatalogue() {
        List<WorkoutSession> all = new ArrayList<>();
        CATALOGUE.routines().forEach(r -> all.addAll(wholeWorkout(r)));
        CATALOGUE.exercises().forEach(e -> all.addAll(wholeWorkout(CATALOGUE.routine(e.id()).orElseThrow())));
        return all;
    }

    /** {@code days} consecutive days of training up to today, a routine a day, every set rated 1 to 5 in turn. */
    static UserProgress training(int days) {
        List<Routine> routines = List.copyOf(CATALOGUE.routines());
        List<ProgressChange> changes = new ArrayList<>();
        int rating = 0;
        for (int d = days - 1; d >= 0; d--) {
            LocalDate day = TODAY.minusDays(d);
            Routine routine = routines.get(d % routines.size());
            changes.add(new ProgressChange.WorkoutStarted(routine.id()));
            for (RoutineStep step : routine.steps()) {
                for (int s = 0; s < step.sets(); s++) {
                    changes.add(ProgressChanges.setDone(step.exercise(), step.reps(), day));
                    changes.add(new ProgressChange.RatingGiven(step.exercise().muscle(), 1 + rating++ % 5, day));
                }
            }
            changes.add(new ProgressChange.WorkoutDone(day));
        }
        return UserProgress.NONE.applyAll(changes);
    }
}
