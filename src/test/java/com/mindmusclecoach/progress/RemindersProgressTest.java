package com.mindmusclecoach.progress;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Training reminders' alert tokens as kept with the progress. */
class RemindersProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void remindersSet_shouldReplaceTheTokens_lastWriterWins() {
        UserProgress progress = UserProgress.NONE.applyAll(List.of(new ProgressChange.RemindersSet(List.of("a")),
                new ProgressChange.SetDone("squat", 10, DAY), new ProgressChange.RemindersSet(List.of("b", "c"))));

        assertThat(progress.reminders()).containsExactly("b", "c");
        assertThat(progress.setsCompleted()).isEqualTo(1);
        assertThat(progress.apply(new ProgressChange.RemindersSet(List.of())).reminders()).isEmpty();
        assertThat(ProgressChanges.compact(List.of(new ProgressChange.RemindersSet(List.of("a")),
                new ProgressChange.RemindersSet(List.of("b"))), 0)).containsExactly(new ProgressChange.RemindersSet(List.of("b")));
    }

    @Test
    void otherChanges_shouldKeepTheReminders() {
        UserProgress progress = UserProgress.NONE.apply(new ProgressChange.RemindersSet(List.of("a")))
                .applyAll(List.of(new ProgressChange.SetDone("squat", 10, DAY), new ProgressChange.RatingGiven("chest", 4, DAY),
                        new ProgressChange.WorkoutDone(DAY), new ProgressChange.WorkoutStarted("leg_day"),
                        new ProgressChange.PainReported("knee", "squat", DAY), new ProgressChange.Unfinished(null)))
                .savedAs("save", 3);

        assertThat(progress.reminders()).containsExactly("a");
    }

    @Test
    void tokens_shouldBeFewShortAndDistinct() {
        assertThatThrownBy(() -> new ProgressChange.RemindersSet(List.of("a", "b", "c"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.RemindersSet(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.RemindersSet(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.RemindersSet(List.of("x".repeat(UserProgress.MAX_REMINDER_TOKEN_CHARS + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProgressChange.RemindersSet(null).alertTokens()).isEmpty();
    }

    /** Items stored before reminders existed hold the fingerprint of their content then: it must still match. */
    @Test
    void fingerprint_withoutReminders_shouldBeAsBeforeRemindersExisted() {
        // No set: a day's sets per exercise, kept since, would join the text (and are absent from older items too).
        UserProgress p = UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("squat_focus"),
                new ProgressChange.RatingGiven("chest", 4, DAY), new ProgressChange.PainReported("knee", null, DAY)));
        List<Object> days = p.days().stream()
                .map(d -> List.of(d.day(), d.workouts(), d.sets(), d.reps(), new TreeMap<>(d.ratings())))
                .map(Object.class::cast).toList();
        String before = String.valueOf(Arrays.asList(p.workoutsCompleted(), new TreeMap<>(p.totals()), days, p.streakStart(),
                p.lastTrainingDay(), p.bestStreak(), p.lastWorkout(), p.preferences(), p.unfinished(), p.droppedAt(),
                p.recentSaves(), p.painReports()));

        assertThat(ProgressFingerprint.canonical(p)).isEqualTo(before);
        assertThat(ProgressFingerprint.of(p.apply(new ProgressChange.RemindersSet(List.of("a")))))
                .isNotEqualTo(ProgressFingerprint.of(p));
    }

    @Test
    void plausibleChanges_shouldKeepARemindersChange() {
        PlausibleChanges.Checked checked = new PlausibleChanges(CatalogueFile.standard())
                .check(List.of(new ProgressChange.RemindersSet(List.of("a"))), DAY);

        assertThat(checked.kept()).containsExactly(new ProgressChange.RemindersSet(List.of("a")));
        assertThat(checked.dropped()).isEmpty();
    }
}
