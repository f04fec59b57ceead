package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.WeekPlan;
import com.mindmusclecoach.speech.WeekWords;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a returning user is offered at launch: the week plan's pick when the last seven days say something (the
 * muscle group with the fewest sets, leaving out what hurt; see {@link WeekPlan}), with its reason in one sentence;
 * otherwise the named routine whose exercises they have trained least (sets in all), never the one they did last,
 * ties going to the catalogue's order.
 */
public class TodaysSuggestion {

    private final Catalogue catalogue;

    public TodaysSuggestion(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param routine the routine offered
     * @param because why, one sentence ("Your chest is due."); null when it is only the least trained
     */
    public record Suggestion(Routine routine, String because) {
    }

    /** The routine to suggest today; empty when there is nothing to suggest. */
    public Optional<Suggestion> today(UserProgress progress, LocalDate today) {
        WeekPlan week = WeekPlan.of(progress, today, catalogue);
        if (week.suggestion() != null && week.fromHistory()) {
            return Optional.of(new Suggestion(week.suggestion(), WeekWords.due(week)));
        }
        // min keeps the first of equals: the catalogue's order breaks ties
        return catalogue.routinesInOrder().stream()
                .filter(r -> !r.id().equals(progress.lastWorkout()))
                .min(Comparator.comparingInt(r -> setsDone(progress, r)))
                .map(r -> new Suggestion(r, null));
    }

    private static int setsDone(UserProgress progress, Routine routine) {
        return routine.steps().stream().map(RoutineStep::exercise).distinct()
                .mapToInt(e -> progress.totals().getOrDefault(e.id(), new ExerciseTotals(0, 0)).sets()).sum();
    }
}
