package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserProgressTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);

    @Test
    void currentStreak_shouldCountConsecutiveDays_whenTrainedDayAfterDay() {
        UserProgress progress = trainedOn(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));

        assertThat(progress.currentStreak(MONDAY.plusDays(2))).isEqualTo(3);
        assertThat(progress.streakStart()).isEqualTo(MONDAY);
        assertThat(progress.lastTrainingDay()).isEqualTo(MONDAY.plusDays(2));
        assertThat(progress.bestStreak()).isEqualTo(3);
    }

    @Test
    void currentStreak_shouldSurviveTheDayAfter_whenNotYetTrainedToday() {
        UserProgress progress = trainedOn(MONDAY, MONDAY.plusDays(1));

        assertThat(progress.currentStreak(MONDAY.plusDays(2))).isEqualTo(2);
        assertThat(progress.currentStreak(MONDAY.plusDays(3))).isZero();
    }

    @Test
    void currentStreak_shouldRestartAndKeepTheBest_whenADayIsMissed() {
        UserProgress progress = trainedOn(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(4));

        assertThat(progress.currentStreak(MONDAY.plusDays(4))).isEqualTo(1);
        assertThat(progress.streakStart()).isEqualTo(MONDAY.plusDays(4));
        assertThat(progress.bestStreak()).isEqualTo(3);
    }

    @Test
    void currentStreak_shouldBeZero_whenNeverTrained() {
        assertThat(UserProgress.NONE.currentStreak(MONDAY)).isZero();
        assertThat(UserProgress.NONE.bestStreak()).isZero();
    }

    @Test
    void apply_shouldCountADayOnce_whenSeveralSetsFallOnIt() {
        UserProgress progress = trainedOn(MONDAY, MONDAY, MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(1));

        assertThat(progress.currentStreak(MONDAY.plusDays(1))).isEqualTo(2);
        assertThat(progress.days()).extracting(DayLog::sets).containsExactly(3, 2);
    }

    @Test
    void apply_shouldKeepOnlyTheLatestHistoryDays_whenTrainedLonger() {
        UserProgress progress = UserProgress.NONE;
        for (int d = 0; d < UserProgress.HISTORY_DAYS + 10; d++) {
            progress = progress.apply(set("squat", 10, MONDAY.plusDays(d)));
        }

        assertThat(progress.days()).hasSize(UserProgress.HISTORY_DAYS);
        assertThat(progress.days().get(0).day()).isEqualTo(MONDAY.plusDays(10));
        assertThat(progress.days().get(UserProgress.HISTORY_DAYS - 1).day())
                .isEqualTo(MONDAY.plusDays(UserProgress.HISTORY_DAYS + 9));
        assertThat(progress.bestStreak()).isEqualTo(UserProgress.HISTORY_DAYS + 10);
        assertThat(progress.setsCompleted()).isEqualTo(UserProgress.HISTORY_DAYS + 10);
    }

    @Test
    void apply_shouldKeepDaysInOrder_whenAnEarlierDayArrivesLate() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                set("squat", 10, MONDAY.plusDays(2)), set("squat", 10, MONDAY)));

        assertThat(progress.days()).extracting(DayLog::day).containsExactly(MONDAY, MONDAY.plusDays(2));
        assertThat(progress.lastTrainingDay()).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void apply_shouldAddUpTotalsPerExercise_whenSetsAreDone() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                set("squat", 10, MONDAY), set("squat", 12, MONDAY), set("push_up", 8, MONDAY.plusDays(1))));

        assertThat(progress.totals()).isEqualTo(Map.of(
                "squat", new ExerciseTotals(2, 22), "push_up", new ExerciseTotals(1, 8)));
        assertThat(progress.setsCompleted()).isEqualTo(3);
        assertThat(progress.repsCompleted()).isEqualTo(30);
        assertThat(progress.days()).extracting(DayLog::reps).containsExactly(22, 8);
    }

    @Test
    void apply_shouldTallyRatingsPerMusclePerDay_whenRated() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.RatingGiven("chest", 4, MONDAY),
                new ProgressChange.RatingGiven("chest", 5, MONDAY),
                new ProgressChange.RatingGiven("glutes", 2, MONDAY),
                new ProgressChange.RatingGiven("chest", 3, MONDAY.plusDays(1))));

        assertThat(progress.days()).hasSize(2);
        assertThat(progress.days().get(0).ratings())
                .isEqualTo(Map.of("chest", new RatingTally(9, 2), "glutes", new RatingTally(2, 1)));
        assertThat(progress.days().get(0).ratings().get("chest").average()).isEqualTo(4.5);
        assertThat(progress.days().get(1).ratings()).isEqualTo(Map.of("chest", new RatingTally(3, 1)));
    }

    @Test
    void apply_shouldCountWorkoutsOverallAndPerDay_whenFinished() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.WorkoutDone(MONDAY), new ProgressChange.WorkoutDone(MONDAY),
                new ProgressChange.WorkoutDone(MONDAY.plusDays(1))));

        assertThat(progress.workoutsCompleted()).isEqualTo(3);
        assertThat(progress.days()).extracting(DayLog::workouts).containsExactly(2, 1);
    }

    @Test
    void apply_shouldReplaceUnfinishedAndPreferences_whenSetAgain() {
        Preferences brief = Preferences.DEFAULT.withVerbosity(Preferences.Verbosity.BRIEF);
        WorkoutSession choosing = WorkoutSession.choosing(brief);
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.PreferencesSet(brief), new ProgressChange.Unfinished(choosing)));

        assertThat(progress.preferences()).isEqualTo(brief);
        assertThat(progress.unfinished()).isEqualTo(choosing);
        assertThat(progress.apply(new ProgressChange.Unfinished(null)).unfinished()).isNull();
    }

    private static UserProgress trainedOn(LocalDate... days) {
        List<ProgressChange> changes = new ArrayList<>();
        for (LocalDate day : days) {
            changes.add(set("squat", 10, day));
        }
        return UserProgress.NONE.applyAll(changes);
    }

    private static ProgressChange set(String exercise, int reps, LocalDate day) {
        return new ProgressChange.SetDone(exercise, reps, day);
    }
}
