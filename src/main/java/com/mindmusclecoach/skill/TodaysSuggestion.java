package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a returning user is offered at launch: for now, the named routine whose exercises they have trained least
 * (sets in all), never the one they did last; ties go to the catalogue's order. One method, so a suggestion from
 * the week's history can replace it.
 */
public class TodaysSuggestion {

    private final Catalogue catalogue;

    public TodaysSuggestion(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The routine to suggest today; empty when there is nothing to suggest. */
    public Optional<Routine> today(UserProgress progress, LocalDate today) {
        // min keeps the first of equals: the catalogue's order breaks ties
        return catalogue.routinesInOrder().stream()
                .filter(r -> !r.id().equals(progress.lastWorkout()))
                .min(Comparator.comparingInt(r -> setsDone(progress, r)));
    }

    private static int setsDone(UserProgress progress, Routine routine) {
        return routine.steps().stream().map(RoutineStep::exercise).distinct()
                .mapToInt(e -> progress.totals().getOrDefault(e.id(), new ExerciseTotals(0, 0)).sets()).sum();
    }
}
