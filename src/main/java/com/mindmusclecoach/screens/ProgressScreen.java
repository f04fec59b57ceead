package com.mindmusclecoach.screens;

import com.mindmusclecoach.progress.DayLog;
import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.RatingTally;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The screen for "how am I doing?": the streak, the workouts, and the connection-rating trend as a bar chart,
 * one bar per rated training day of the last {@value #CHART_WINDOW_DAYS} days (at most {@value #MAX_BARS}),
 * its height the day's average rating out of five. Knows nothing of Alexa.
 */
public final class ProgressScreen {

    public static final String DOCUMENT = "progress";
    public static final String DATASOURCE = "progress";
    static final int CHART_WINDOW_DAYS = 30;
    static final int MAX_BARS = 14;
    /** The tallest bar's share of the chart's height; the rest holds the value above and the day below. */
    static final int BAR_MAX_PERCENT = 70;
    private static final int MAX_TRENDS = 3;

    private ProgressScreen() {
    }

    public static Screen of(ProgressReport report, UserProgress progress, LocalDate today) {
        List<Map<String, Object>> bars = bars(progress, today);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("heading", "Your progress");
        fields.put("streak", streak(report));
        fields.put("detail", detail(report));
        fields.put("chartTitle", bars.isEmpty() ? "Rate your sets to see your connection trend here"
                : "Connection rating by training day, out of 5");
        fields.put("bars", bars);
        fields.put("barCount", bars.size());
        fields.put("trend", report.trends().stream().limit(MAX_TRENDS)
                .map(t -> WorkoutScreen.capitalized(t.muscle()) + " " + decimal(t.from()) + " \u2192 " + decimal(t.to()))
                .collect(Collectors.joining(" \u00b7 ")));
        return new Screen(DOCUMENT, Map.of(DATASOURCE, fields));
    }

    private static String streak(ProgressReport report) {
        if (report.setsCompleted() == 0) {
            return "No training yet";
        }
        return switch (report.currentStreak()) {
            case 0 -> "No current streak";
            case 1 -> "1-day streak";
            default -> report.currentStreak() + "-day streak";
        };
    }

    private static String detail(ProgressReport report) {
        if (report.setsCompleted() == 0) {
            return "Your first workout starts your streak";
        }
        return "Best " + report.bestStreak() + (report.bestStreak() == 1 ? " day" : " days")
                + " \u00b7 " + report.workoutsCompleted() + (report.workoutsCompleted() == 1 ? " workout" : " workouts")
                + " \u00b7 " + report.workoutsThisWeek() + " this week";
    }

    /** Oldest first; each bar's label is the day of the month, its value the average rating, its height in percent of the chart. */
    private static List<Map<String, Object>> bars(UserProgress progress, LocalDate today) {
        LocalDate since = today.minusDays(CHART_WINDOW_DAYS);
        List<DayLog> rated = progress.days().stream()
                .filter(d -> d.day().isAfter(since) && !d.day().isAfter(today))
                .filter(d -> tally(d).count() > 0)
                .sorted(Comparator.comparing(DayLog::day))
                .toList();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (DayLog day : rated.subList(Math.max(0, rated.size() - MAX_BARS), rated.size())) {
            double average = tally(day).average();
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("label", Integer.toString(day.day().getDayOfMonth()));
            bar.put("value", decimal(average));
            bar.put("height", (int) Math.round(average / WorkoutStateMachine.MAX_RATING * BAR_MAX_PERCENT));
            bars.add(bar);
        }
        return bars;
    }

    private static RatingTally tally(DayLog day) {
        int sum = day.ratings().values().stream().mapToInt(RatingTally::sum).sum();
        int count = day.ratings().values().stream().mapToInt(RatingTally::count).sum();
        return new RatingTally(sum, count);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
