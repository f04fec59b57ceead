package com.mindmusclecoach.progress;

import java.time.Clock;
import java.util.List;

/**
 * Reads a trainee's progress once and saves the unsaved changes through the {@link ProgressStore}, keeping what
 * could not be saved.
 *
 * <p>A write lands only on the very item its basis holds (version and content, see {@link ProgressFingerprint}):
 * a copy altered on its way back is never written over. If storage fails, the changes are kept for the next save;
 * nothing is written when nothing changed.
 */
public final class ProgressSync {

    /** Told when storage fails; what it says is a log line. */
    @FunctionalInterface
    public interface Warnings {
        void warn(String message, ProgressUnavailableException cause);
    }

    private final ProgressStore store;
    private final Clock clock;
    private final Warnings warnings;

    public ProgressSync(ProgressStore store, Clock clock, Warnings warnings) {
        this.store = store;
        this.clock = clock;
        this.warnings = warnings;
    }

    /**
     * The progress read for {@code user}, once: unchanged when it is read already or nobody is known. If storage is
     * down, unchanged too, to be read again next time.
     */
    public UnsavedProgress loaded(String user, UnsavedProgress given) {
        if (given.stored() != null || user == null) {
            return given;
        }
        try {
            return given.withProgress(store.load(user), given.pending());
        } catch (ProgressUnavailableException e) {
            warnings.warn("progress unavailable for this turn; continuing from the session", e);
            return given;
        }
    }

    /**
     * Saves the pending changes and {@code place} (where the workout stands, written on every save) for {@code user}:
     * what is stored after, with nothing pending; or, when storage fails, the changes kept for the next save. No write
     * when nobody is known or nothing is worth saving (see {@link UnsavedProgress#worthSaving}).
     */
    public UnsavedProgress saved(String user, UnsavedProgress given, List<ProgressChange> place) {
        if (user == null || !given.worthSaving(place)) {
            return given;
        }
        UnsavedProgress changes = given;
        if (changes.stored() == null || changes.sent() > 0) {
            // After a failed write, read first: while storage stays away, a turn costs one failed call, not two,
            // and sends nothing, so the changes since can still be merged; and the read settles that write.
            try {
                changes = changes.readAgain(store.load(user), clock.instant());
            } catch (ProgressUnavailableException e) {
                warnings.warn("storage unreadable; " + changes.pending().size() + " changes kept in the session for the next save", e);
                return changes;
            }
        }
        changes = changes.withSaveId();
        try {
            return changes.withProgress(store.save(user, changes.stored(), changes.pending(), changes.saveId(),
                    changes.sent(), place), List.of());
        } catch (ProgressUnavailableException e) {
            warnings.warn("save failed; " + changes.pending().size() + " changes kept in the session for the next save", e);
            return changes.sentAll(clock.instant());
        }
    }

    /** Whether the changes were all saved, or nothing needed saving: nothing waits for a later save. */
    public static boolean isSettled(UnsavedProgress changes, List<ProgressChange> place) {
        return changes.pending().isEmpty() || !changes.worthSaving(place);
    }
}
