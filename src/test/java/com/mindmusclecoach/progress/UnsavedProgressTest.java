package com.mindmusclecoach.progress;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bookkeeping of changes not saved yet: batch ids, what a failed write carried, and when that is settled. */
class UnsavedProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Instant FAILED = Instant.parse("2026-11-25T10:00:00Z");
    private static final ProgressChange TEN = new ProgressChange.SetDone("squat", 10, DAY);
    private static final ProgressChange TWELVE = new ProgressChange.SetDone("push_up", 12, DAY);

    @Test
    void sentCount_shouldNeverExceedThePending_andForgetWhenNoneWasSent() {
        UnsavedProgress changes = new UnsavedProgress(null, List.of(TEN), "b", 5, FAILED);
        UnsavedProgress none = new UnsavedProgress(null, List.of(TEN), "b", 0, FAILED);

        assertThat(changes.sent()).isEqualTo(1);
        assertThat(none.sentAt()).isNull();
    }

    @Test
    void withSaveId_shouldNameABatchOnce_andNothingWhenNothingIsPending() {
        UnsavedProgress named = UnsavedProgress.NONE.adding(TEN).withSaveId();

        assertThat(named.saveId()).isNotBlank();
        assertThat(named.withSaveId()).isSameAs(named);
        assertThat(UnsavedProgress.NONE.withSaveId().saveId()).isNull();
    }

    @Test
    void savedWithNothingLeft_shouldDropTheBatchId() {
        UnsavedProgress named = UnsavedProgress.NONE.adding(TEN).withSaveId();

        assertThat(named.withProgress(new StoredProgress(UserProgress.NONE, 1), List.of()).saveId()).isNull();
    }

    @Test
    void readAgain_shouldDropWhatAFailedWriteLanded_once_itLandedWhole() {
        UnsavedProgress sent = new UnsavedProgress(StoredProgress.NEW, List.of(TEN), "b", 1, FAILED).adding(TWELVE);
        StoredProgress landed = new StoredProgress(UserProgress.NONE.apply(TEN).savedAs("b", 1), 1);

        UnsavedProgress after = sent.readAgain(landed, FAILED.plusSeconds(1));

        assertThat(after.pending()).as("merged into the day's totals").hasSize(1);
        assertThat(after.progress().setsCompleted()).as("the landed set once, and the one after it").isEqualTo(2);
        assertThat(after.saveId()).isNull();
        assertThat(after.sent()).isZero();
    }

    @Test
    void readAgain_shouldKeepTheBatch_whileAWriteThatDidNotShowMayStillLand() {
        UnsavedProgress sent = new UnsavedProgress(StoredProgress.NEW, List.of(TEN), "b", 1, FAILED);

        UnsavedProgress soon = sent.readAgain(new StoredProgress(UserProgress.NONE, 1), FAILED.plusSeconds(1));
        UnsavedProgress later = sent.readAgain(new StoredProgress(UserProgress.NONE, 1),
                FAILED.plus(UnsavedProgress.SETTLED_AFTER));

        assertThat(soon.saveId()).isEqualTo("b");
        assertThat(soon.sent()).isEqualTo(1);
        assertThat(later.pending()).hasSize(1);
        assertThat(later.progress().setsCompleted()).isEqualTo(1);
        assertThat(later.saveId()).isNull();
        assertThat(later.sent()).isZero();
    }

    @Test
    void progress_shouldBeTheStoredWithThePendingApplied() {
        UnsavedProgress changes = new UnsavedProgress(new StoredProgress(UserProgress.NONE.apply(TEN), 1),
                List.of(TWELVE), null, 0, null);

        assertThat(changes.progress().setsCompleted()).isEqualTo(2);
        assertThat(UnsavedProgress.NONE.progress()).isEqualTo(UserProgress.NONE);
    }
}
