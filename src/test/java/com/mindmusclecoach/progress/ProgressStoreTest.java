package com.mindmusclecoach.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressStoreTest {

    private static final String USER = "amzn1.ask.account.test";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private final InMemoryProgressRepository repository = new InMemoryProgressRepository();
    private final ProgressStore store = new ProgressStore(repository);

    @Test
    void load_shouldBeNew_whenNothingIsStored() {
        assertThat(store.load(USER)).isEqualTo(StoredProgress.NEW);
    }

    @Test
    void save_shouldStoreTheChangesOnTheBasis_whenNobodyElseWrote() {
        StoredProgress saved = store.save(USER, StoredProgress.NEW, List.of(set("squat", 10)));
        StoredProgress again = store.save(USER, saved, List.of(set("squat", 12)));

        assertThat(again.version()).isEqualTo(2);
        assertThat(again.progress().totals()).containsEntry("squat", new ExerciseTotals(2, 22));
        assertThat(store.load(USER)).isEqualTo(again);
    }

    @Test
    void save_shouldAddBothDevicesCounts_whenTheSecondWroteOnAStaleBasis() {
        StoredProgress phone = store.save(USER, StoredProgress.NEW, List.of(set("squat", 10)));
        StoredProgress speaker = store.save(USER, StoredProgress.NEW, List.of(set("squat", 8), set("push_up", 6)));

        assertThat(speaker.version()).isEqualTo(2);
        assertThat(speaker.progress().setsCompleted()).isEqualTo(3);
        assertThat(speaker.progress().repsCompleted()).isEqualTo(24);
        assertThat(speaker.progress().days()).singleElement().satisfies(d -> assertThat(d.sets()).isEqualTo(3));

        StoredProgress phoneAgain = store.save(USER, phone, List.of(new ProgressChange.WorkoutDone(DAY)));
        assertThat(phoneAgain.progress().setsCompleted()).isEqualTo(3);
        assertThat(phoneAgain.progress().workoutsCompleted()).isEqualTo(1);
    }

    @Test
    void save_shouldKeepRetrying_pastTheMinimumAttempts_whileWithinItsTime() {
        ConflictingRepository conflicting = new ConflictingRepository(3 * ProgressStore.MIN_ATTEMPTS);
        StoredProgress saved = new ProgressStore(conflicting, Duration.ofMinutes(1))
                .save(USER, StoredProgress.NEW, List.of(set("squat", 10)));

        assertThat(conflicting.puts).isEqualTo(3 * ProgressStore.MIN_ATTEMPTS + 1);
        assertThat(saved.progress().setsCompleted()).isEqualTo(1);
    }

    @Test
    void save_shouldTellEachLostRace() {
        ConflictingRepository conflicting = new ConflictingRepository(3);
        int[] lost = {0};
        new ProgressStore(conflicting, Duration.ofMinutes(1), () -> lost[0]++)
                .save(USER, StoredProgress.NEW, List.of(set("squat", 10)));

        assertThat(lost[0]).isEqualTo(3);
    }

    @Test
    void save_shouldGiveUpAsUnavailable_whenEveryAttemptLosesARace_forItsWholeTime() {
        ConflictingRepository conflicting = new ConflictingRepository(Integer.MAX_VALUE);

        assertThatThrownBy(() -> new ProgressStore(conflicting, Duration.ZERO).save(USER, StoredProgress.NEW, List.of(set("squat", 10))))
                .isInstanceOf(ProgressUnavailableException.class);
        assertThat(conflicting.puts).isEqualTo(ProgressStore.MIN_ATTEMPTS);
        assertThat(conflicting.finds).isEqualTo(ProgressStore.MIN_ATTEMPTS - 1);
    }

    @Test
    void save_shouldNotRetry_whenStorageIsUnavailable() {
        ConflictingRepository failing = new ConflictingRepository(0) {
            @Override
            public long put(String userId, UserProgress progress, long expectedVersion) {
                puts++;
                throw new ProgressUnavailableException("down", null);
            }
        };

        assertThatThrownBy(() -> new ProgressStore(failing).save(USER, StoredProgress.NEW, List.of(set("squat", 10))))
                .isInstanceOf(ProgressUnavailableException.class).hasMessage("down");
        assertThat(failing.puts).isEqualTo(1);
    }

    @Test
    void delete_shouldForgetTheUser_whenStored() {
        store.save(USER, StoredProgress.NEW, List.of(set("squat", 10)));

        store.delete(USER);

        assertThat(store.load(USER)).isEqualTo(StoredProgress.NEW);
    }

    private static ProgressChange set(String exercise, int reps) {
        return new ProgressChange.SetDone(exercise, reps, DAY);
    }

    /** Loses the first {@code losses} writes to a writer that always got there first, then behaves. */
    private static class ConflictingRepository implements ProgressRepository {

        private final InMemoryProgressRepository stored = new InMemoryProgressRepository();
        private int losses;
        int puts;
        int finds;

        ConflictingRepository(int losses) {
            this.losses = losses;
        }

        @Override
        public Optional<StoredProgress> find(String userId) {
            finds++;
            return stored.find(userId);
        }

        @Override
        public long put(String userId, UserProgress progress, long expectedVersion) {
            puts++;
            if (losses > 0) {
                losses--;
                throw new ProgressConflictException(userId, expectedVersion);
            }
            return stored.put(userId, progress, expectedVersion);
        }

        @Override
        public void delete(String userId) {
            stored.delete(userId);
        }
    }
}
