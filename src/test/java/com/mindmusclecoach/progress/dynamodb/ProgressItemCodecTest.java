package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.progress.DayLog;
import com.mindmusclecoach.progress.PainReport;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.RatingTally;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS;

class ProgressItemCodecTest {

    private static final Instant NOW = Instant.parse("2025-03-14T07:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @Test
    void item_shouldRoundTripExactly_whenProgressIsRich() {
        UserProgress progress = TrainingHistory.dailyTraining(60);

        UserProgress read = ProgressItemCodec.progress(ProgressItemCodec.item("u", progress, 3, NOW));

        assertThat(read).isEqualTo(progress);
        assertThat(read.unfinished().completed()).extracting(CompletedSet::rating).containsNull();
    }

    @Test
    void item_shouldRoundTripExactly_whenNothingIsStoredYet() {
        assertThat(ProgressItemCodec.progress(ProgressItemCodec.item("u", UserProgress.NONE, 1, NOW)))
                .isEqualTo(UserProgress.NONE);
    }

    @Test
    void item_shouldRoundTripExactly_whenUnfinishedWorkoutHasNoRoutineNorPause() {
        WorkoutSession choosing = WorkoutSession.choosing(new Preferences(0, -1, 0, Preferences.Verbosity.FULL));
        UserProgress progress = UserProgress.NONE.apply(new ProgressChange.Unfinished(choosing));

        assertThat(ProgressItemCodec.progress(ProgressItemCodec.item("u", progress, 1, NOW))).isEqualTo(progress);
    }

    @Test
    void item_shouldRoundTripWhenASilentSessionLeftTheWorkout_asEpochSecondsWithThePlace() {
        UserProgress progress = TrainingHistory.dailyTraining(10)
                .apply(new ProgressChange.Unfinished(TrainingHistory.unfinishedFullBody(), NOW.plusMillis(900)));

        Map<String, AttributeValue> item = ProgressItemCodec.item("u", progress, 2, NOW);
        UserProgress read = ProgressItemCodec.progress(item);

        assertThat(item.get("unfinished").m().get("d")).isEqualTo(fromN(Long.toString(NOW.getEpochSecond())));
        assertThat(read).isEqualTo(progress);
        assertThat(read.droppedAt()).isEqualTo(NOW);
    }

    @Test
    void progress_shouldReadAPlaceWrittenBeforeItsLeavingTimeWasKept_asNotKnownToBeRecent() {
        UserProgress progress = TrainingHistory.dailyTraining(10);
        Map<String, AttributeValue> item = ProgressItemCodec.item("u", progress, 1, NOW);

        assertThat(item.get("unfinished").m()).doesNotContainKey("d");
        UserProgress read = ProgressItemCodec.progress(item);
        assertThat(read.unfinished()).isEqualTo(progress.unfinished());
        assertThat(read.droppedAt()).isNull();
    }

    @Test
    void progress_shouldDropOnlyTheLeavingTime_whenItIsUnreadable() {
        UserProgress progress = TrainingHistory.dailyTraining(10);
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", progress, 1, NOW));
        Map<String, AttributeValue> unfinished = new HashMap<>(item.get("unfinished").m());
        unfinished.put("d", fromS("a minute ago"));
        item.put("unfinished", fromM(unfinished));

        UserProgress read = ProgressItemCodec.progress(item);

        assertThat(read.unfinished()).isEqualTo(progress.unfinished());
        assertThat(read.droppedAt()).isNull();
    }

    @Test
    void item_shouldWriteTheDocumentedLayout_whenOneDayWasTrained() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.SetDone("squat", 10, DAY),
                new ProgressChange.RatingGiven("glutes and thighs", 4, DAY),
                new ProgressChange.SetDone("push_up", 8, DAY),
                new ProgressChange.RatingGiven("chest", 5, DAY),
                new ProgressChange.RatingGiven("chest", 3, DAY),
                new ProgressChange.WorkoutDone(DAY),
                new ProgressChange.Unfinished(new WorkoutSession(Phase.RATING, null, "full_body", 1, 2,
                        Preferences.DEFAULT, List.of(new CompletedSet("push_up", 1, 8, null))))));

        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put("userId", fromS("u"));
        expected.put("schemaVersion", fromN("2"));
        expected.put("version", fromN("7"));
        expected.put("updatedAt", fromS("2025-03-14T07:30:00Z"));
        expected.put("workouts", fromN("1"));
        expected.put("bestStreak", fromN("1"));
        expected.put("streakStart", fromS("2025-03-14"));
        expected.put("lastDay", fromS("2025-03-14"));
        expected.put("totals", fromM(Map.of(
                "push_up", fromL(List.of(fromN("1"), fromN("8"))),
                "squat", fromL(List.of(fromN("1"), fromN("10"))))));
        expected.put("muscles", fromL(List.of(fromS("chest"), fromS("glutes and thighs"))));
        expected.put("days", fromL(List.of(fromS("2025-03-14 1 2 18 0:8/2 1:4/1"))));
        expected.put("prefs", fromM(Map.of("r", fromN("0"), "t", fromN("0"), "s", fromN("0"), "v", fromS("FULL"))));
        expected.put("rs", fromS("0 0:1 1:1"));
        expected.put("fp", fromS(com.mindmusclecoach.progress.ProgressFingerprint.of(progress)));
        expected.put("unfinished", fromM(Map.of(
                "p", fromS("RATING"), "w", fromS("full_body"), "i", fromN("1"), "n", fromN("2"),
                "o", fromM(Map.of("r", fromN("0"), "t", fromN("0"), "s", fromN("0"), "v", fromS("FULL"))),
                "c", fromL(List.of(fromM(Map.of("e", fromS("push_up"), "n", fromN("1"), "r", fromN("8"))))))));
        expected.put("fp", fromS(com.mindmusclecoach.progress.ProgressFingerprint.of(progress)));

        assertThat(ProgressItemCodec.item("u", progress, 7, NOW)).isEqualTo(expected);
    }

    @Test
    void item_shouldRoundTripPainReports_inTheDocumentedLayout() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.SetDone("squat", 10, DAY),
                new ProgressChange.SetDone("push_up", 8, DAY),
                new ProgressChange.PainReported("knee", "squat", DAY),
                new ProgressChange.PainReported(null, null, DAY),
                new ProgressChange.PainReported("dizzy", null, DAY.plusDays(1)),
                new ProgressChange.PainReported("knee", "lunge", DAY.plusDays(1))));

        Map<String, AttributeValue> item = ProgressItemCodec.item("u", progress, 2, NOW);

        // the newest report's date, the others' days before it; squat by its place among the trained (push_up, squat),
        // the never trained lunge by its id
        assertThat(item.get("pain")).isEqualTo(fromL(List.of(fromS("1 knee 1"), fromS("1 unnamed"),
                fromS("2025-03-15 dizzy"), fromS("2025-03-15 knee lunge"))));
        UserProgress read = ProgressItemCodec.progress(item);
        assertThat(read).isEqualTo(progress);
        assertThat(read.painRecently("knee", DAY.plusDays(13), 14)).isTrue();
    }

    @Test
    void item_shouldWriteEveryDayButTheNewest_asDaysBeforeIt() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.SetDone("squat", 10, DAY.minusDays(9)),
                new ProgressChange.SetDone("squat", 12, DAY.minusDays(2)),
                new ProgressChange.RatingGiven("glutes and thighs", 4, DAY.minusDays(2)),
                new ProgressChange.SetDone("squat", 8, DAY)));

        Map<String, AttributeValue> item = ProgressItemCodec.item("u", progress, 2, NOW);

        assertThat(item.get("days")).isEqualTo(fromL(List.of(fromS("9 0 1 10"), fromS("2 0 1 12 0:4/1"),
                fromS("2025-03-14 0 1 8"))));
        assertThat(ProgressItemCodec.progress(item)).isEqualTo(progress);
    }

    @Test
    void progress_shouldReadSchemaOne_withEveryDateWrittenOut_andPainNamingItsExercise() {
        Map<String, AttributeValue> old = new HashMap<>();
        old.put("userId", fromS("u"));
        old.put("schemaVersion", fromN("1"));
        old.put("version", fromN("7"));
        old.put("updatedAt", fromS("2025-03-14T07:30:00Z"));
        old.put("workouts", fromN("0"));
        old.put("bestStreak", fromN("1"));
        old.put("streakStart", fromS("2025-03-14"));
        old.put("lastDay", fromS("2025-03-14"));
        old.put("totals", fromM(Map.of("squat", fromL(List.of(fromN("3"), fromN("30"))))));
        old.put("muscles", fromL(List.of(fromS("glutes and thighs"))));
        old.put("days", fromL(List.of(fromS("2025-03-05 0 1 10"), fromS("2025-03-12 0 1 12 0:4/1"),
                fromS("2025-03-14 0 1 8"))));
        old.put("prefs", fromM(Map.of("r", fromN("0"), "t", fromN("0"), "s", fromN("0"), "v", fromS("FULL"))));
        old.put("pain", fromL(List.of(fromS("2025-03-13 knee squat"), fromS("2025-03-14 unnamed"))));

        UserProgress read = ProgressItemCodec.progress(old);

        assertThat(read.days()).extracting(DayLog::day)
                .containsExactly(DAY.minusDays(9), DAY.minusDays(2), DAY);
        assertThat(read.days().get(1).ratings()).containsEntry("glutes and thighs", new RatingTally(4, 1));
        assertThat(read.painReports()).containsExactly(new PainReport("knee", "squat", DAY.minusDays(1)),
                new PainReport(null, null, DAY));
        assertThat(ProgressItemCodec.progress(ProgressItemCodec.item("u", read, 8, NOW))).isEqualTo(read);
    }

    @Test
    void progress_shouldRefuseTheDays_whenADayIsNotBeforeTheNewest() {
        assertThatThrownBy(() -> ProgressItemCodec.progress(withDays("0 0 1 10", "2025-03-14 0 1 8")))
                .isInstanceOf(UnreadableProgressException.class);
        assertThatThrownBy(() -> ProgressItemCodec.progress(withDays("-3 0 1 10", "2025-03-14 0 1 8")))
                .isInstanceOf(UnreadableProgressException.class);
        assertThatThrownBy(() -> ProgressItemCodec.progress(withDays("2025-03-14 0 1 8", "3 0 1 10")))
                .isInstanceOf(UnreadableProgressException.class);
    }

    @Test
    void progress_shouldDropOnlyThePainReportsThatCannotBePlaced() {
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u",
                UserProgress.NONE.apply(new ProgressChange.SetDone("squat", 10, DAY)), 1, NOW));
        item.put("pain", fromL(List.of(fromS("2 knee 0"), fromS("1 knee 7"), fromS("x knee"), fromS("2025-03-14 wrist"))));

        assertThat(ProgressItemCodec.progress(item).painReports()).containsExactly(
                new PainReport("knee", "squat", DAY.minusDays(2)), new PainReport("wrist", null, DAY));

        item.put("pain", fromL(List.of(fromS("2 knee 0"), fromS("1 wrist"))));
        assertThat(ProgressItemCodec.progress(item).painReports()).isEmpty();
    }

    @Test
    void progress_shouldReadAnItemWrittenBeforePainWasStored_asNoPainReported() {
        Map<String, AttributeValue> old = new HashMap<>();
        old.put("userId", fromS("u"));
        old.put("schemaVersion", fromN("1"));
        old.put("version", fromN("7"));
        old.put("updatedAt", fromS("2025-03-14T07:30:00Z"));
        old.put("workouts", fromN("1"));
        old.put("bestStreak", fromN("1"));
        old.put("streakStart", fromS("2025-03-14"));
        old.put("lastDay", fromS("2025-03-14"));
        old.put("totals", fromM(Map.of("squat", fromL(List.of(fromN("1"), fromN("10"))))));
        old.put("muscles", fromL(List.of(fromS("glutes and thighs"))));
        old.put("days", fromL(List.of(fromS("2025-03-14 1 1 10 0:4/1"))));
        old.put("prefs", fromM(Map.of("r", fromN("0"), "t", fromN("0"), "s", fromN("0"), "v", fromS("FULL"))));
        old.put("saves", fromL(List.of(fromS("s1:3"))));

        UserProgress read = ProgressItemCodec.progress(old);

        assertThat(read.painReports()).isEmpty();
        UserProgress expected = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.SetDone("squat", 10, DAY),
                new ProgressChange.RatingGiven("glutes and thighs", 4, DAY),
                new ProgressChange.WorkoutDone(DAY))).savedAs("s1", 3);
        assertThat(read).as("an item from before sets per exercise were kept by day has none").isEqualTo(
                new UserProgress(expected.workoutsCompleted(), expected.totals(),
                        expected.days().stream().map(d -> new com.mindmusclecoach.progress.DayLog(d.day(), d.workouts(),
                                d.sets(), d.reps(), d.ratings())).toList(),
                        expected.streakStart(), expected.lastTrainingDay(), expected.bestStreak(), expected.lastWorkout(),
                        expected.preferences(), expected.unfinished(), expected.droppedAt(), expected.recentSaves(),
                        expected.painReports(), List.of(), 0, Map.of()));
        assertThat(ProgressItemCodec.item("u", read, 8, NOW)).as("and writes no pain attribute").doesNotContainKey("pain");
    }

    @Test
    void progress_shouldReadBackTheWeeklyGoalLoadsAndTheLastWeeksSetsPerExercise_andDropThemWhenUnreadable() {
        UserProgress progress = TrainingHistory.dailyTraining(20).applyAll(List.of(new ProgressChange.WeeklyGoalSet(4),
                new ProgressChange.LoadUsed("biceps_curl", new com.mindmusclecoach.workout.Load(12,
                        com.mindmusclecoach.workout.Load.Unit.POUNDS)),
                new ProgressChange.LoadUsed("shoulder_press", new com.mindmusclecoach.workout.Load(8,
                        com.mindmusclecoach.workout.Load.Unit.KILOGRAMS))));
        Map<String, AttributeValue> item = ProgressItemCodec.item("u", progress, 1, NOW);

        assertThat(ProgressItemCodec.progress(item)).isEqualTo(progress);
        assertThat(progress.days().stream().filter(d -> !d.exerciseSets().isEmpty()).count())
                .as("sets per exercise kept for the last week only").isEqualTo(UserProgress.RECENT_SET_DAYS);

        Map<String, AttributeValue> damaged = new HashMap<>(item);
        damaged.put("rs", fromS("0 99:3"));
        damaged.put("goal", fromN("100"));
        damaged.put("ld", fromS("0:12x"));
        UserProgress read = ProgressItemCodec.progress(damaged);
        assertThat(read.weeklyGoal()).isZero();
        assertThat(read.loads()).isEmpty();
        assertThat(read.days()).allMatch(d -> d.exerciseSets().isEmpty());
        assertThat(read.totals()).isEqualTo(progress.totals());
    }

    @Test
    void progress_shouldDropOnlyTheUnreadablePainReports_andKeepTheRest() {
        UserProgress progress = TrainingHistory.dailyTraining(3);
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", progress, 1, NOW));
        item.put("pain", fromL(List.of(fromS("2025-03-14 knee squat"), fromS("2025-03-14"), fromS("2025-02-30 knee"),
                fromS("2025-03-14 KNEE"), fromS("2025-03-14 knee squat lunge"), fromS("2025-03-14 knee  squat"),
                fromN("3"), fromS("2025-03-15 back"))));

        UserProgress read = ProgressItemCodec.progress(item);

        assertThat(read.painReports()).containsExactly(new PainReport("knee", "squat", DAY),
                new PainReport("back", null, DAY.plusDays(1)));
        assertThat(read.days()).isEqualTo(progress.days());

        item.put("pain", fromS("2025-03-14 knee squat"));
        assertThat(ProgressItemCodec.progress(item)).isEqualTo(progress);
    }

    @Test
    void progress_shouldDropOnlyTheUnfinishedWorkout_whenItsPhaseIsUnknown() {
        UserProgress progress = TrainingHistory.dailyTraining(10);
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", progress, 1, NOW));
        Map<String, AttributeValue> unfinished = new HashMap<>(item.get("unfinished").m());
        unfinished.put("p", fromS("STRETCHING"));
        item.put("unfinished", fromM(unfinished));

        UserProgress read = ProgressItemCodec.progress(item);

        assertThat(read.unfinished()).isNull();
        assertThat(read.days()).isEqualTo(progress.days());
        assertThat(read.totals()).isEqualTo(progress.totals());
        assertThat(read.preferences()).isEqualTo(progress.preferences());
    }

    @Test
    void progress_shouldFallBackToDefaultPreferences_whenTheyAreUnreadable() {
        UserProgress progress = TrainingHistory.dailyTraining(3);
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", progress, 1, NOW));
        item.put("prefs", fromS("slow please"));

        UserProgress read = ProgressItemCodec.progress(item);

        assertThat(read.preferences()).isEqualTo(Preferences.DEFAULT);
        assertThat(read.days()).isEqualTo(progress.days());
    }

    @Test
    void progress_shouldIgnoreAttributes_whenTheyAreUnknown() {
        UserProgress progress = TrainingHistory.dailyTraining(3);
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", progress, 1, NOW));
        item.put("timeZone", fromS("Europe/Berlin"));

        assertThat(ProgressItemCodec.progress(item)).isEqualTo(progress);
    }

    @Test
    void progress_shouldThrowUnreadable_whenADayIsMalformed() {
        assertThatThrownBy(() -> ProgressItemCodec.progress(withDay("2025-03-14 1 2")))
                .isInstanceOf(UnreadableProgressException.class).hasMessageContaining("four counts");
        assertThatThrownBy(() -> ProgressItemCodec.progress(withDay("2025-03-14 1 2 18 5:8/2")))
                .isInstanceOf(UnreadableProgressException.class);
        assertThatThrownBy(() -> ProgressItemCodec.progress(withDay("2025-02-30 1 2 18")))
                .isInstanceOf(UnreadableProgressException.class);
        assertThatThrownBy(() -> ProgressItemCodec.progress(withDay("2025-03-14 1 2 18 0:8")))
                .isInstanceOf(UnreadableProgressException.class);
    }

    @Test
    void progress_shouldThrowUnreadable_whenARequiredAttributeIsMissingOrMistyped() {
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", UserProgress.NONE, 1, NOW));
        item.remove("totals");
        assertThatThrownBy(() -> ProgressItemCodec.progress(item))
                .isInstanceOf(UnreadableProgressException.class).hasMessageContaining("totals");

        item.put("totals", fromM(Map.of()));
        item.put("workouts", fromS("three"));
        assertThatThrownBy(() -> ProgressItemCodec.progress(item)).isInstanceOf(UnreadableProgressException.class);
    }

    @Test
    void version_shouldThrowUnreadable_whenMissing() {
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", UserProgress.NONE, 4, NOW));
        assertThat(ProgressItemCodec.version(item)).isEqualTo(4);

        item.remove("version");

        assertThatThrownBy(() -> ProgressItemCodec.version(item)).isInstanceOf(UnreadableProgressException.class);
    }

    @Test
    void schemaVersion_shouldBeZero_whenTheItemNamesNone() {
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", UserProgress.NONE, 1, NOW));
        assertThat(ProgressItemCodec.schemaVersion(item)).isEqualTo(ProgressItemCodec.SCHEMA_VERSION);

        item.remove("schemaVersion");

        assertThat(ProgressItemCodec.schemaVersion(item)).isZero();
    }

    private static Map<String, AttributeValue> withDays(String... days) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(ProgressItemCodec.item("u", UserProgress.NONE, 1, NOW));
        item.put("muscles", fromL(List.of(fromS("chest"))));
        item.put("days", fromL(java.util.Arrays.stream(days).map(AttributeValue::fromS).toList()));
        return item;
    }

    private static Map<String, AttributeValue> withDay(String day) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(ProgressItemCodec.item("u", UserProgress.NONE, 1, NOW));
        item.put("muscles", fromL(List.of(fromS("chest"))));
        item.put("days", fromL(List.of(fromS(day))));
        return item;
    }

    /** As long as any alert token the Reminders API gives, and longer. */
    private static final List<String> MOST_REMINDERS = java.util.stream.IntStream.range(0, UserProgress.MAX_REMINDERS)
            .mapToObj(i -> (i + "0123456789abcdef".repeat(4)).substring(0, UserProgress.MAX_REMINDER_TOKEN_CHARS)).toList();

    @Test
    void item_shouldRoundTripReminders_asAListOfTokens_andWriteNoneWhenThereAreNone() {
        UserProgress progress = TrainingHistory.dailyTraining(10).apply(new ProgressChange.RemindersSet(List.of("alert-1")));

        Map<String, AttributeValue> item = ProgressItemCodec.item("u", progress, 1, NOW);

        assertThat(item.get("rm")).isEqualTo(fromL(List.of(fromS("alert-1"))));
        assertThat(ProgressItemCodec.progress(item)).isEqualTo(progress);
        UserProgress cancelled = progress.apply(new ProgressChange.RemindersSet(List.of()));
        assertThat(ProgressItemCodec.item("u", cancelled, 2, NOW)).doesNotContainKey("rm");
        assertThat(ProgressItemCodec.progress(ProgressItemCodec.item("u", cancelled, 2, NOW)).reminders()).isEmpty();
    }

    @Test
    void progress_shouldDropOnlyTheReminders_whenTheyAreUnreadable() {
        UserProgress progress = TrainingHistory.dailyTraining(3);
        Map<String, AttributeValue> item = new HashMap<>(ProgressItemCodec.item("u", progress, 1, NOW));
        item.put("rm", fromL(List.of(fromS("alert-1"), fromN("2"))));

        assertThat(ProgressItemCodec.progress(item)).isEqualTo(progress);
        item.put("rm", fromL(List.of(fromS("x".repeat(UserProgress.MAX_REMINDER_TOKEN_CHARS + 1)))));
        assertThat(ProgressItemCodec.progress(item)).isEqualTo(progress);
    }

    @Test
    void item_shouldStayUnderFourKilobytes_forAPerson_withAYearOfTrainingTheMostPainSavesAndReminders() {
        UserProgress year = TrainingHistory.dailyTraining(365);
        LocalDate lastDay = TrainingHistory.FIRST_DAY.plusDays(364);
        for (int i = 0; i < UserProgress.MAX_PAIN_REPORTS; i++) {
            year = year.apply(new ProgressChange.PainReported(i % 2 == 0 ? "lower_back" : "right_knee",
                    "overhead_triceps_extension", lastDay.minusDays(i)));
        }
        for (int save = 0; save < UserProgress.RECENT_SAVES; save++) {
            year = year.savedAs(java.util.UUID.randomUUID().toString(), 100 + save);
        }
        UserProgress reminded = year.apply(new ProgressChange.RemindersSet(MOST_REMINDERS));

        Map<String, AttributeValue> item = ProgressItemCodec.item(TrainingHistory.LONG_PERSON_ID, reminded, 999, NOW);
        int size = DynamoDbItemSize.of(item);
        System.out.printf("A year of daily training, the most pain, saves and reminders kept: %d bytes (%d of them the reminders)%n",
                size, DynamoDbItemSize.value(item.get("rm")));

        assertThat(ProgressItemCodec.progress(item)).isEqualTo(reminded);
        assertThat(size).isLessThan(4 * 1024);
    }
}
