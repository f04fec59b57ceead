package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void apply_shouldKeepWhenASilentSessionLeftTheWorkout_toTheSecond_untilThePlaceIsSetAgain() {
        WorkoutSession choosing = WorkoutSession.choosing();
        Instant left = Instant.parse("2025-03-10T07:15:42.734Z");

        UserProgress dropped = UserProgress.NONE.apply(new ProgressChange.Unfinished(choosing, left));

        assertThat(dropped.droppedAt()).isEqualTo(Instant.parse("2025-03-10T07:15:42Z"));
        assertThat(dropped.apply(new ProgressChange.Unfinished(choosing)).droppedAt()).as("left by choice").isNull();
        assertThat(dropped.apply(new ProgressChange.Unfinished(null, left)).droppedAt()).as("nothing left").isNull();
        assertThat(dropped.apply(new ProgressChange.PreferencesSet(Preferences.DEFAULT)).droppedAt()).isEqualTo(dropped.droppedAt());
    }

    @Test
    void painRecently_shouldBeTrue_whenTheSamePartHurtAgainWithinFourteenDays() {
        UserProgress progress = UserProgress.NONE.apply(pain("knee", "squat", MONDAY));

        assertThat(progress.painRecently("knee", MONDAY, 14)).as("the same day").isTrue();
        assertThat(progress.painRecently("knee", MONDAY.plusDays(13), 14)).as("13 days later: today and 13 before")
                .isTrue();
        assertThat(progress.painReports()).containsExactly(new PainReport("knee", "squat", MONDAY));
    }

    @Test
    void painRecently_shouldBeFalse_whenFifteenOrFourteenDaysApart() {
        UserProgress progress = UserProgress.NONE.apply(pain("knee", "squat", MONDAY));

        assertThat(progress.painRecently("knee", MONDAY.plusDays(15), 14)).isFalse();
        assertThat(progress.painRecently("knee", MONDAY.plusDays(14), 14)).as("14 days before is outside 14 days")
                .isFalse();
        assertThat(progress.painReports()).as("kept all the same, for the report").hasSize(1);
    }

    @Test
    void painRecently_shouldBeFalse_whenAnotherPartHurt() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                pain("knee", "squat", MONDAY), pain(null, null, MONDAY), pain("dizzy", "plank", MONDAY)));

        assertThat(progress.painRecently("back", MONDAY.plusDays(1), 14)).isFalse();
        assertThat(progress.painRecently("knee", MONDAY.plusDays(1), 14)).isTrue();
        assertThat(progress.painRecently("dizzy", MONDAY.plusDays(1), 14)).isTrue();
        assertThat(progress.painRecently(null, MONDAY.plusDays(1), 14)).as("pain with no part named").isTrue();
        assertThat(UserProgress.NONE.painRecently("knee", MONDAY, 14)).isFalse();
    }

    @Test
    void painRecently_shouldCountAReportDatedAfterToday_asAnotherDeviceAheadInTime() {
        UserProgress progress = UserProgress.NONE.apply(pain("back", "bent_over_row", MONDAY.plusDays(1)));

        assertThat(progress.painRecently("back", MONDAY, 14)).isTrue();
    }

    @Test
    void painRecently_shouldRefuseAPeriodLongerThanPainIsKept() {
        assertThatThrownBy(() -> UserProgress.NONE.painRecently("knee", MONDAY, UserProgress.PAIN_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserProgress.NONE.painRecently("knee", MONDAY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(UserProgress.NONE.painRecently("knee", MONDAY, UserProgress.PAIN_DAYS)).isFalse();
    }

    @Test
    void painReported_withNoPartNamed_shouldBeKeptAsUnnamed() {
        ProgressChange.PainReported ouch = pain(null, null, MONDAY);

        assertThat(ouch.bodyPart()).isEqualTo(PainReport.UNNAMED);
        assertThat(UserProgress.NONE.apply(ouch).painReports())
                .containsExactly(new PainReport(PainReport.UNNAMED, null, MONDAY));
    }

    @Test
    void painReported_thatCouldNeverHaveBeenMade_shouldBeRefused() {
        for (String id : List.of("", " ", "Knee", "knee!", "lower back", "knee\n", "k".repeat(PainReport.MAX_ID_LENGTH + 1),
                "<break time=\"10s\"/>", "knie\u00e9", "knee1")) {
            assertThatThrownBy(() -> pain(id, "squat", MONDAY)).as("body part %s", id)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> pain("knee", id, MONDAY)).as("exercise %s", id)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> pain("knee", "squat", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(pain("k".repeat(PainReport.MAX_ID_LENGTH), "overhead_triceps_extension", MONDAY).bodyPart())
                .hasSize(PainReport.MAX_ID_LENGTH);
    }

    @Test
    void painReports_shouldKeepOnlyTheDaysUpToTheNewest_withinPainDays() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                pain("knee", "squat", MONDAY), pain("back", "lunge", MONDAY.plusDays(1))));

        UserProgress later = progress.apply(pain("shoulder", "shoulder_press", MONDAY.plusDays(UserProgress.PAIN_DAYS)));

        assertThat(later.painReports()).extracting(PainReport::bodyPart).containsExactly("back", "shoulder");
        assertThat(later.painReports().get(0).day())
                .isEqualTo(MONDAY.plusDays(UserProgress.PAIN_DAYS).minusDays(UserProgress.PAIN_DAYS - 1));
    }

    @Test
    void painReports_shouldStayInDayOrder_whenAnEarlierDayArrivesLate() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                pain("knee", "squat", MONDAY.plusDays(2)), pain("back", null, MONDAY), pain("dizzy", null, MONDAY.plusDays(2)),
                pain("knee", "lunge", MONDAY.minusDays(UserProgress.PAIN_DAYS))));

        assertThat(progress.painReports()).extracting(PainReport::bodyPart).containsExactly("back", "knee", "dizzy");
    }

    @Test
    void painReports_shouldKeepAtMostTheBound_andTheLatestReportOfEveryPart() {
        List<ProgressChange> changes = new ArrayList<>();
        changes.add(pain("wrist", "push_up", MONDAY));
        changes.add(pain("knee", "squat", MONDAY));
        for (int i = 0; i < 30; i++) {
            changes.add(pain("back", "bent_over_row", MONDAY.plusDays(1 + i / 3)));
        }

        UserProgress progress = UserProgress.NONE.applyAll(changes);

        assertThat(progress.painReports()).hasSize(UserProgress.MAX_PAIN_REPORTS);
        assertThat(progress.painReports()).extracting(PainReport::bodyPart)
                .startsWith("wrist", "knee").containsOnly("wrist", "knee", "back");
        assertThat(progress.painReports().get(UserProgress.MAX_PAIN_REPORTS - 1).day()).isEqualTo(MONDAY.plusDays(10));
        assertThat(progress.painRecently("wrist", MONDAY.plusDays(10), 14)).isTrue();
        assertThat(progress.painRecently("knee", MONDAY.plusDays(10), 14)).isTrue();
    }

    @Test
    void painReports_shouldKeepTheNewestParts_whenMorePartsHurtThanTheBound() {
        List<ProgressChange> changes = new ArrayList<>();
        String[] parts = new String[UserProgress.MAX_PAIN_REPORTS + 5];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = "part_" + (char) ('a' + i);
            changes.add(pain(parts[i], null, MONDAY.plusDays(i / 2)));
            changes.add(pain("knee", "squat", MONDAY));
        }

        UserProgress progress = UserProgress.NONE.applyAll(changes);

        assertThat(progress.painReports()).extracting(PainReport::bodyPart)
                .containsExactly(java.util.Arrays.copyOfRange(parts, 5, parts.length));
    }

    @Test
    void painReported_appliedAgain_shouldCountAgain_asEveryOtherChangeDoes() {
        ProgressChange ouch = pain("knee", "squat", MONDAY);

        UserProgress twice = UserProgress.NONE.applyAll(List.of(ouch, ouch));

        assertThat(twice.painReports()).hasSize(2);
    }

    @Test
    void painReports_shouldBeSavedOnce_whenAWriteLandedButItsAnswerWasLost() {
        List<ProgressChange> batch = List.of(pain("knee", "squat", MONDAY), set("squat", 10, MONDAY));
        UserProgress landed = UserProgress.NONE.applyAll(batch).savedAs("s1", batch.size());

        UserProgress retried = landed.applyAll(batch.subList(landed.savedCount("s1"), batch.size()));

        assertThat(retried.painReports()).hasSize(1);
    }

    private static UserProgress trainedOn(LocalDate... days) {
        List<ProgressChange> changes = new ArrayList<>();
        for (LocalDate day : days) {
            changes.add(set("squat", 10, day));
        }
        return UserProgress.NONE.applyAll(changes);
    }

    private static ProgressChange.PainReported pain(String bodyPart, String exercise, LocalDate day) {
        return new ProgressChange.PainReported(bodyPart, exercise, day);
    }

    private static ProgressChange set(String exercise, int reps, LocalDate day) {
        return new ProgressChange.SetDone(exercise, reps, day);
    }
}
