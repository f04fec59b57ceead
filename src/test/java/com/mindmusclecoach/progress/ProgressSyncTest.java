package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** One read per session, one write per save worth making, and nothing lost when storage fails. */
class ProgressSyncTest {

    private static final String USER = "amzn1.ask.account.sync";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final WorkoutSession RESTING = new WorkoutSession(Phase.RESTING, null, "bicep_focus", 0, 2,
            Preferences.DEFAULT, List.of(new CompletedSet("biceps_curl", 1, 10, 4)));

    private final ProgressRepository repository = mock(ProgressRepository.class);
    private final List<String> warnings = new ArrayList<>();
    private final ProgressSync sync = new ProgressSync(new ProgressStore(repository), Clock.fixed(NOW, ZoneOffset.UTC),
            (message, cause) -> warnings.add(message));

    @Test
    void nothingChanged_shouldNotWrite() {
        UnsavedProgress read = new UnsavedProgress(new StoredProgress(UserProgress.NONE, 3), List.of(), null, 0, null);

        UnsavedProgress after = sync.saved(USER, read, List.of());

        assertThat(after).isEqualTo(read);
        verifyNoInteractions(repository);
    }

    @Test
    void placeAlreadyStoredAsItIs_shouldNotWrite() {
        List<ProgressChange> place = List.of(new ProgressChange.Unfinished(RESTING));
        UnsavedProgress read = new UnsavedProgress(new StoredProgress(UserProgress.NONE.applyAll(place), 3), List.of(),
                null, 0, null);

        assertThat(sync.saved(USER, read, place)).isEqualTo(read);
        verify(repository, never()).put(anyString(), any(), any(StoredProgress.class));
        verify(repository, never()).put(anyString(), any(), anyLong());
    }

    @Test
    void nobodyKnown_shouldNeitherReadNorWrite() {
        UnsavedProgress changes = UnsavedProgress.NONE.adding(set(10));

        assertThat(sync.loaded(null, changes)).isEqualTo(changes);
        assertThat(sync.saved(null, changes, List.of())).isEqualTo(changes);
        verifyNoInteractions(repository);
    }

    @Test
    void threeSetsInASession_shouldCostOneReadAndOneWriteEach() {
        when(repository.find(USER)).thenReturn(Optional.empty());
        when(repository.put(eq(USER), any(), any(StoredProgress.class))).thenReturn(1L, 2L, 3L);

        UnsavedProgress changes = sync.loaded(USER, UnsavedProgress.NONE);
        for (int reps = 8; reps <= 10; reps++) {
            changes = sync.loaded(USER, changes);
            changes = sync.saved(USER, changes.adding(set(reps)), List.of());
        }

        verify(repository, times(1)).find(USER);
        verify(repository, times(3)).put(eq(USER), any(), any(StoredProgress.class));
        assertThat(changes.pending()).isEmpty();
        assertThat(changes.saveId()).isNull();
        assertThat(changes.stored().version()).isEqualTo(3);
        assertThat(changes.stored().progress().setsCompleted()).isEqualTo(3);
    }

    @Test
    void failedWrite_shouldKeepEveryChange_asCarriedByIt() {
        when(repository.put(eq(USER), any(), any(StoredProgress.class)))
                .thenThrow(new ProgressUnavailableException("down", null));
        UnsavedProgress changes = new UnsavedProgress(StoredProgress.NEW, List.of(set(10), set(12)), null, 0, null);

        UnsavedProgress after = sync.saved(USER, changes, List.of());

        assertThat(after.pending()).containsExactly(set(10), set(12));
        assertThat(after.stored()).isEqualTo(StoredProgress.NEW);
        assertThat(after.sent()).isEqualTo(2);
        assertThat(after.sentAt()).isEqualTo(NOW);
        assertThat(after.saveId()).as("the batch keeps its id, so a write that landed unseen is not applied twice")
                .isNotNull();
        assertThat(warnings).singleElement().asString().startsWith("save failed; 2 changes kept");
    }

    @Test
    void afterAFailedWrite_shouldReadBeforeWritingAgain() {
        when(repository.find(USER)).thenReturn(Optional.of(new StoredProgress(UserProgress.NONE, 4)));
        when(repository.put(eq(USER), any(), any(StoredProgress.class))).thenReturn(5L);
        UnsavedProgress sentOnce = new UnsavedProgress(StoredProgress.NEW, List.of(set(10)), "batch-1", 1, NOW);

        UnsavedProgress after = sync.saved(USER, sentOnce, List.of());

        InOrder order = inOrder(repository);
        order.verify(repository).find(USER);
        order.verify(repository).put(eq(USER), any(), eq(new StoredProgress(UserProgress.NONE, 4)));
        assertThat(after.pending()).isEmpty();
        assertThat(after.stored().version()).isEqualTo(5);
    }

    @Test
    void unreadableStorage_beforeASave_shouldSendNothing_andKeepTheChanges() {
        when(repository.find(USER)).thenThrow(new ProgressUnavailableException("down", null));
        UnsavedProgress unread = UnsavedProgress.NONE.adding(set(10));

        UnsavedProgress after = sync.saved(USER, unread, List.of());

        assertThat(after).isEqualTo(unread);
        verify(repository, never()).put(anyString(), any(), any(StoredProgress.class));
        assertThat(warnings).singleElement().asString().startsWith("storage unreadable; 1 changes kept");
    }

    @Test
    void loaded_shouldReadOnce_andCarryOnWithoutStorage_whenItIsDown() {
        when(repository.find(USER)).thenThrow(new ProgressUnavailableException("down", null))
                .thenReturn(Optional.of(new StoredProgress(UserProgress.NONE, 2)));
        UnsavedProgress pending = UnsavedProgress.NONE.adding(set(10));

        UnsavedProgress down = sync.loaded(USER, pending);
        UnsavedProgress read = sync.loaded(USER, down);
        UnsavedProgress again = sync.loaded(USER, read);

        assertThat(down).isEqualTo(pending);
        assertThat(read.stored().version()).isEqualTo(2);
        assertThat(read.pending()).isEqualTo(pending.pending());
        assertThat(again).isSameAs(read);
        verify(repository, times(2)).find(USER);
    }

    @Test
    void isSettled_shouldTellWhetherAnythingWaitsForALaterSave() {
        List<ProgressChange> place = List.of(new ProgressChange.Unfinished(RESTING));
        UnsavedProgress stored = new UnsavedProgress(new StoredProgress(UserProgress.NONE.applyAll(place), 3), List.of(),
                null, 0, null);

        assertThat(ProgressSync.isSettled(stored, place)).isTrue();
        assertThat(ProgressSync.isSettled(stored.adding(set(10)), place)).isFalse();
    }

    private static ProgressChange set(int reps) {
        return new ProgressChange.SetDone("squat", reps, DAY);
    }
}
