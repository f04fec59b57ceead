package com.mindmusclecoach.screens;

import com.mindmusclecoach.progress.DayLog;
import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.RatingTally;
import com.mindmusclecoach.progress.UserProgress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressScreenTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shown(UserProgress progress) {
        Screen screen = ProgressScreen.of(ProgressReport.of(progress, ScreenSamples.TODAY), progress, ScreenSamples.TODAY);
        assertThat(screen.document()).isEqualTo(ProgressScreen.DOCUMENT);
        return (Map<String, Object>) screen.datasources().get(ProgressScreen.DATASOURCE);
    }

    @Test
    void of_shouldInviteAFirstWorkout_andDrawNoBars_whenNothingWasTrained() {
        Map<String, Object> shown = shown(UserProgress.NONE);

        assertThat(shown).containsEntry("streak", "No training yet").containsEntry("barCount", 0)
                .containsEntry("bars", List.of()).containsEntry("trend", "");
        assertThat((String) shown.get("chartTitle")).startsWith("Rate your sets");
    }

    @Test
    void of_shouldShowTheStreakAndOneBarPerRatedDay_upToTheLastFourteen() {
        Map<String, Object> shown = shown(ScreenSamples.training(20));
        List<?> bars = (List<?>) shown.get("bars");

        assertThat(shown).containsEntry("streak", "20-day streak").containsEntry("barCount", ProgressScreen.MAX_BARS);
        assertThat((String) shown.get("detail")).isEqualTo("Best 20 days \u00b7 20 workouts \u00b7 3 this week");
        assertThat(bars).hasSize(ProgressScreen.MAX_BARS);
        assertThat(((Map<?, ?>) bars.get(bars.size() - 1)).get("label")).as("today last").isEqualTo("25");
        assertThat(((Map<?, ?>) bars.get(0)).get("label")).isEqualTo("12");
        assertThat((String) shown.get("trend")).matches("[A-Z][a-z ]+ \\d\\.\\d \u2192 \\d\\.\\d( \u00b7 .*)?");
    }

    @Test
    void bars_shouldBeAsTallAsTheDaysAverageRating_withTheValueWritten() {
        UserProgress oneDay = ScreenSamples.training(1);
        DayLog day = oneDay.days().get(0);
        double average = (double) day.ratings().values().stream().mapToInt(RatingTally::sum).sum()
                / day.ratings().values().stream().mapToInt(RatingTally::count).sum();

        Map<?, ?> bar = (Map<?, ?>) ((List<?>) shown(oneDay).get("bars")).get(0);

        assertThat(bar.get("value")).isEqualTo(String.format(Locale.ROOT, "%.1f", average));
        assertThat(bar.get("height")).isEqualTo((int) Math.round(average / 5 * ProgressScreen.BAR_MAX_PERCENT));
    }

    @Test
    void bars_shouldLeaveOutDaysOlderThanTheChartWindow() {
        Map<String, Object> shown = shown(ScreenSamples.training(400));
        UserProgress stale = ScreenSamples.training(5);
        @SuppressWarnings("unchecked")
        Map<String, Object> later = (Map<String, Object>) ProgressScreen.of(ProgressReport.of(stale, ScreenSamples.TODAY.plusDays(40)), stale,
                ScreenSamples.TODAY.plusDays(40)).datasources().get(ProgressScreen.DATASOURCE);

        assertThat(shown.get("barCount")).isEqualTo(ProgressScreen.MAX_BARS);
        assertThat(later).containsEntry("barCount", 0).containsEntry("streak", "No current streak");
    }
}
