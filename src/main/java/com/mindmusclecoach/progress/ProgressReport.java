package com.mindmusclecoach.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to "how am I doing?", worked out from stored progress for one day.
 *
 * @param trainedToday whether a set was coached today
 * @param lastWorkout  the routine or exercise id last started, or null
 * @param mostTrained  the exercise with the most sets, or null before any
 * @param trends       per muscle, how the connection rating moved over the last month, most rated first
 */
public record ProgressReport(
        boolean trainedToday,
        String lastWorkout,
        int workoutsCompleted,
        int workoutsThisWeek,
        int currentStreak,
        int bestStreak,
        int setsCompleted,
        int repsCompleted,
        String mostTrained,
        ExerciseTotals mostTrainedTotals,
        List<Trend> trends) {

    static final int TREND_DAYS = 30;

    /** Average rating of the earlier and the later half of the rated days in the last month. */
    public record Trend(String muscle, double from, double to, int ratings) {
    }

    public static ProgressReport of(UserProgress progress, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int thisWeek = progress.days().stream().filter(d -> !d.day().isBefore(monday) && !d.day().isAfter(today))
                .mapToInt(DayLog::workouts).sum();
        Map.Entry<String, ExerciseTotals> most = progress.totals().entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, ExerciseTotals> e) -> e.getValue().sets())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElse(null);
        return new ProgressReport(today.equals(progress.lastTrainingDay()), progress.lastWorkout(),
                progress.workoutsCompleted(), thisWeek, progress.currentStreak(today),
                progress.bestStreak(), progress.setsCompleted(), progress.repsCompleted(),
                most == null ? null : most.getKey(), most == null ? null : most.getValue(), trends(progress, today));
    }

    private static List<Trend> trends(UserProgress progress, LocalDate today) {
        LocalDate since = today.minusDays(TREND_DAYS);
        Map<String, List<RatingTally>> byMuscle = new TreeMap<>();
        progress.days().stream().filter(d -> d.day().isAfter(since) && !d.day().isAfter(today))
                .sorted(Comparator.comparing(DayLog::day))
                .forEach(d -> d.ratings().forEach((muscle, tally) ->
                        byMuscle.computeIfAbsent(muscle, m -> new ArrayList<>()).add(tally)));
        List<Trend> trends = new ArrayList<>();
        byMuscle.forEach((muscle, tallies) -> {
            int half = Math.max(1, tallies.size() / 2);
            RatingTally earlier = sum(tallies.subList(0, half));
            RatingTally later = tallies.size() == 1 ? earlier : sum(tallies.subList(half, tallies.size()));
            trends.add(new Trend(muscle, earlier.average(), later.average(), sum(tallies).count()));
        });
        trends.sort(Comparator.comparingInt(Trend::ratings).reversed().thenComparing(Trend::muscle));
        return trends;
    }

    private static RatingTally sum(List<RatingTally> tallies) {
        return tallies.stream().reduce(RatingTally.NONE, RatingTally::plus);
    }
}
