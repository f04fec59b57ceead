package com.mindmusclecoach.speech;

import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.WeekPlan;
import com.mindmusclecoach.workout.MuscleGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The week in words: the weekly goal, what to train today and why, and how the connection is moving per muscle.
 * Whole numbers only, and one sentence per idea, so each can join a turn that ends with the workout's question.
 */
public final class WeekWords {

    private WeekWords() {
    }

    /** "What should I train today?": the suggestion and why, what was left out for pain, and the goal's count. */
    public static Ssml suggestion(WeekPlan plan) {
        Ssml s = Ssml.speech();
        if (plan.suggestion() == null) {
            return s.say("Everything I'd suggest has hurt this week, so today is for rest, or an easy walk."
                    + " If you do train, keep to what feels completely fine.");
        }
        String group = name(plan.group());
        if (!plan.fromHistory()) {
            s.say(Words.capitalized(plan.suggestion().name()) + " would be a good one today: nothing is logged for"
                    + " this week yet, and it works your " + group + ".");
        } else if (plan.setsByGroup().getOrDefault(plan.group(), 0) == 0) {
            s.say("Your " + group + " " + verb(plan.group(), "hasn't", "haven't") + " had a set this week, so try "
                    + plan.suggestion().name() + ".");
        } else {
            s.say("Your " + group + " " + verb(plan.group(), "has", "have") + " had the fewest sets this week, so try "
                    + plan.suggestion().name() + ".");
        }
        if (!plan.sparedForPain().isEmpty()) {
            s.say("I've left out " + join(plan.sparedForPain().stream().map(WeekWords::name).toList())
                    + " work, since something there hurt this week.");
        }
        if (plan.goalMet()) {
            s.say("You've already met your goal of " + Words.number(plan.goal()) + " this week, so this one's a bonus.");
        } else if (plan.goal() > 0) {
            s.say("It would be workout " + Words.number(plan.workoutsThisWeek() + 1) + " of your "
                    + Words.number(plan.goal()) + " this week.");
        }
        return s;
    }


    /** "Your chest is due.": why today's suggestion, for the welcome. */
    public static String due(WeekPlan plan) {
        return "Your " + name(plan.group()) + " " + verb(plan.group(), "is", "are") + " due.";
    }

    /** The goal just set, and where this week stands against it. */
    public static Ssml goalSet(WeekPlan plan) {
        int left = plan.goal() - plan.workoutsThisWeek();
        Ssml s = Ssml.speech().say("Done: your goal is " + Words.count(plan.goal(), "workout", "workouts") + " a week.");
        if (left <= 0) {
            return s.say("You've done " + Words.number(plan.workoutsThisWeek()) + " this week already, so you're there.");
        }
        if (left > plan.daysLeft()) {
            return s.say("With " + Words.count(plan.daysLeft(), "day", "days") + " left this week, count it in full"
                    + " from Monday.");
        }
        return s.say(plan.workoutsThisWeek() == 0 ? "None yet this week, and " + Words.count(plan.daysLeft(), "day", "days") + " to go."
                : Words.capitalized(Words.number(plan.workoutsThisWeek())) + " done this week, " + Words.number(left) + " to go.");
    }

    /** A goal that cannot be set, and how to set one that can. */
    public static Ssml goalNotSet(Integer heard) {
        Ssml s = Ssml.speech();
        if (heard != null && heard > UserProgress.MAX_WEEKLY_GOAL) {
            s.say(Words.number(heard) + " workouts a week is more than one a day, and muscles grow while they rest.");
        } else if (heard != null) {
            s.say("A goal needs at least one workout a week.");
        }
        return s.say("I can set a goal of one to seven workouts: say, for example, set my weekly goal to three.");
    }

    /** "How am I doing?" against the goal; nothing when no goal is set. */
    public static Ssml goalProgress(WeekPlan plan) {
        Ssml s = Ssml.speech();
        if (plan.goal() == 0) {
            return s;
        }
        if (plan.goalMet()) {
            return s.say("That meets your goal of " + Words.number(plan.goal()) + " this week. Well done.");
        }
        int left = plan.goal() - plan.workoutsThisWeek();
        return s.say("Against your goal of " + Words.number(plan.goal()) + ", that's " + Words.number(left) + " to go, with "
                + Words.count(plan.daysLeft(), "day", "days") + " left.");
    }

    /**
     * How the connection moved for the muscles after the first two (which the report tells in full), in one sentence:
     * "Rising for your glutes; holding for your chest and abs."
     */
    public static Ssml otherTrends(List<ProgressReport.Trend> trends) {
        List<String> rising = new ArrayList<>();
        List<String> holding = new ArrayList<>();
        List<String> dipping = new ArrayList<>();
        for (ProgressReport.Trend t : trends.subList(Math.min(2, trends.size()), trends.size())) {
            long from = Math.round(t.from());
            long to = Math.round(t.to());
            (to > from ? rising : to < from ? dipping : holding).add(t.muscle());
        }
        List<String> parts = new ArrayList<>();
        if (!rising.isEmpty()) {
            parts.add("rising for your " + join(rising));
        }
        if (!holding.isEmpty()) {
            parts.add("holding for your " + join(holding));
        }
        if (!dipping.isEmpty()) {
            parts.add("dipping for your " + join(dipping));
        }
        return parts.isEmpty() ? Ssml.speech()
                : Ssml.speech().say("Connection is " + String.join("; ", parts) + ".");
    }

    static String name(MuscleGroup group) {
        return group.name().toLowerCase(Locale.ROOT);
    }

    private static String verb(MuscleGroup group, String singular, String plural) {
        return switch (group) {
            case ARMS, SHOULDERS, LEGS -> plural;
            default -> singular;
        };
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
