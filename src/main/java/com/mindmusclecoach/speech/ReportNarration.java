package com.mindmusclecoach.speech;

import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.WeekPlan;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.WorkoutSession;

/** "How am I doing?": workouts and streak, the week against its goal, the most trained exercise and the trends. */
final class ReportNarration {

    private final Catalogue catalogue;
    private final Prompts prompts;

    ReportNarration(Catalogue catalogue, Prompts prompts) {
        this.catalogue = catalogue;
        this.prompts = prompts;
    }

    /** "How am I doing?", with the week against its goal when {@code week} has one, then the workout's question. */
    Speech report(ProgressReport report, WorkoutSession session, int turn, WeekPlan week) {
        Ssml ssml = Ssml.speech();
        if (report == null) {
            ssml.say("I can't reach your progress right now. Let's keep training, and I'll have it for you next time.");
        } else if (report.setsCompleted() == 0) {
            ssml.say("You haven't trained with me yet. Your first workout starts your streak.");
            if (week != null) {
                ssml.then(WeekWords.goalProgress(week));
            }
        } else {
            ssml.say(workouts(report));
            if (week != null) {
                ssml.then(WeekWords.goalProgress(week));
            }
            ssml.say(streak(report));
            catalogue.exercise(report.mostTrained()).ifPresent(e -> ssml.say("Your most trained exercise is "
                    + e.plural() + ": " + Words.count(report.mostTrainedTotals().sets(), "set", "sets") + " and "
                    + Words.count(report.mostTrainedTotals().reps(), "rep", "reps") + "."));
            report.trends().stream().limit(2).forEach(t -> ssml.say(trend(t)));
            ssml.then(WeekWords.otherTrends(report.trends()));
        }
        return prompts.asking(ssml, session, turn);
    }

    private static String workouts(ProgressReport report) {
        if (report.workoutsCompleted() == 0) {
            return "No whole workout finished yet, but " + Words.count(report.setsCompleted(), "set", "sets") + " done.";
        }
        return "You've finished " + Words.count(report.workoutsCompleted(), "workout", "workouts") + ", "
                + (report.workoutsThisWeek() == 0 ? "none yet this week." : Words.number(report.workoutsThisWeek()) + " this week.");
    }

    private static String streak(ProgressReport report) {
        int streak = report.currentStreak();
        if (streak >= 2) {
            return "You're on a " + Words.number(streak) + " day streak, and your best is " + Words.number(report.bestStreak()) + ".";
        }
        String best = report.bestStreak() >= 2 ? " Your best streak is " + Words.number(report.bestStreak()) + " days." : "";
        if (streak == 1) {
            return (report.trainedToday() ? "Train again tomorrow to start a streak." : "Train today to start a streak.") + best;
        }
        return best.strip();
    }

    private static String trend(ProgressReport.Trend t) {
        String from = Words.aboutOutOfFive(t.from());
        String to = Words.aboutOutOfFive(t.to());
        return from.equals(to)
                ? "Your " + t.muscle() + " connection is holding at " + to + " this month."
                : "Your " + t.muscle() + " connection went from " + from + " to " + to + " this month.";
    }
}
