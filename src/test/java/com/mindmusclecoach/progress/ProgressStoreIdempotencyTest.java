package com.mindmusclecoach.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A save whose write landed but whose answer was lost is not applied twice when it is retried. */
class ProgressStoreIdempotencyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final ProgressChange CURL = new ProgressChange.SetDone("biceps_curl", 8, DAY);
    private static final ProgressChange SQUAT = new ProgressChange.SetDone("squat", 10, DAY);

    /** Stores every write, but can lose the answer of the next one, as a timed-out call whose write landed. */
    private static final class LosingAnswers implements ProgressRepository {
        final InMemoryProgressRepository inner = new InMemoryProgressRepository();
        boolean loseNextAnswer;

        @Override
        public Optional<StoredProgress> find(String userId) {
            return inner.find(userId);
        }

        @Override
        public long put(String userId, UserProgress progress, long expectedVersion) {
            long version = inner.put(userId, progress, expectedVersion);
            if (loseNextAnswer) {
                loseNextAnswer = false;
                throw new ProgressUnavailableException("injected: the answer was lost", null);
            }
            return version;
        }

        @Override
        public void delete(String userId) {
            inner.delete(userId);
        }
    }

    @Test
    void save_shouldApplyALandedBatchOnce_whenItIsRetriedWithMoreChanges() {
        LosingAnswers repository = new LosingAnswers();
        ProgressStore store = new ProgressStore(repository);
        repository.loseNextAnswer = true;

        assertThatThrownBy(() -> store.save("u", StoredProgress.NEW, List.of(CURL), "batch-1", List.of()))
                .isInstanceOf(ProgressUnavailableException.class);
        StoredProgress saved = store.save("u", StoredProgress.NEW, List.of(CURL, SQUAT), "batch-1", List.of());

        assertThat(saved.progress().totals()).containsEntry("biceps_curl", new ExerciseTotals(1, 8))
                .containsEntry("squat", new ExerciseTotals(1, 10));
        assertThat(repository.find("u").orElseThrow().progress().setsCompleted()).isEqualTo(2);
    }

    @Test
    void save_shouldStillApplyEveryChange_ofANewBatch() {
        ProgressStore store = new ProgressStore(new InMemoryProgressRepository());

        StoredProgress first = store.save("u", StoredProgress.NEW, List.of(CURL), "batch-1", List.of());
        StoredProgress second = store.save("u", first, List.of(CURL), "batch-2", List.of());

        assertThat(second.progress().totals().get("biceps_curl")).isEqualTo(new ExerciseTotals(2, 16));
        assertThat(second.progress().recentSaves()).containsExactly("batch-1:1", "batch-2:1");
    }

    @Test
    void recentSaves_shouldStayBounded() {
        UserProgress progress = UserProgress.NONE;
        for (int i = 0; i < 10; i++) {
            progress = progress.savedAs("batch-" + i, 1);
        }

        assertThat(progress.recentSaves()).hasSize(UserProgress.RECENT_SAVES).last().isEqualTo("batch-9:1");
        assertThat(progress.savedCount("batch-0")).isZero();
    }
}
