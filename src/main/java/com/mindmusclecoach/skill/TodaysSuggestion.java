package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.WeekPlan;
import com.mindmusclecoach.speech.WeekWords;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a returning user is offered at launch: the week plan's pick (see {@link WeekPlan}: the muscle group with the
 * fewest sets this week, or what follows the last workout, leaving out what hurt), with its reason in one sentence
 * when the week's sets gave it; nothing when everything hurt, as "what should I train today" says.
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
        // The week plan leaves out what hurt this week, and offers nothing when everything did: so does the launch.
        WeekPlan week = WeekPlan.of(progress, today, catalogue);
        if (week.suggestion() == null) {
            return Optional.empty();
        }
        return Optional.of(new Suggestion(week.suggestion(), week.fromHistory() ? WeekWords.due(week) : null));
    }
}
