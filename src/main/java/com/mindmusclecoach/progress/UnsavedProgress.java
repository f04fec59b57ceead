package com.mindmusclecoach.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Progress as last read or written, and the changes made on top of it that are not saved yet.
 *
 * @param stored  progress as last read or written; null until read (or while storage is unreachable)
 * @param pending changes not yet saved, retried on the next save
 * @param saveId  names the batch of pending changes across save attempts, so a write that landed unseen is not
 *                applied twice; null while nothing is pending
 * @param sent    how many of the pending changes a failed write carried: it may have landed, so they keep their
 *                places in the batch until that is settled ({@link #readAgain}); the rest are merged as they come
 *                ({@link ProgressChanges#compact})
 * @param sentAt  when that write failed; null when unknown
 */
public record UnsavedProgress(StoredProgress stored, List<ProgressChange> pending, String saveId, int sent,
                              Instant sentAt) {

    /**
     * A write's fate is sealed long before this: the SDK gives up on a call after 2 s and Lambda stops a turn
     * after 8 s. A write not in the table this long after it failed never will be.
     */
    public static final Duration SETTLED_AFTER = Duration.ofSeconds(30);

    /** Nothing read, nothing pending. */
    public static final UnsavedProgress NONE = new UnsavedProgress(null, List.of(), null, 0, null);

    public UnsavedProgress {
        pending = pending == null ? List.of() : List.copyOf(pending);
        sent = Math.max(0, Math.min(sent, pending.size()));
        sentAt = sent == 0 ? null : sentAt;
    }

    /** The progress as now known: what is stored (none if unread) with the pending changes applied. */
    public UserProgress progress() {
        return (stored == null ? UserProgress.NONE : stored.progress()).applyAll(pending);
    }

    /**
     * New stored progress and pending changes, those not yet sent merged; the batch id is dropped once nothing is
     * pending.
     */
    public UnsavedProgress withProgress(StoredProgress nextStored, List<ProgressChange> nextPending) {
        boolean none = nextPending == null || nextPending.isEmpty();
        int keep = none ? 0 : Math.min(sent, nextPending.size());
        return new UnsavedProgress(nextStored, none ? List.of() : ProgressChanges.compact(nextPending, keep),
                none ? null : saveId, keep, sentAt);
    }

    /** {@code change} pending after the others. */
    public UnsavedProgress adding(ProgressChange change) {
        List<ProgressChange> next = new ArrayList<>(pending);
        next.add(change);
        return withProgress(stored, next);
    }

    /**
     * Progress read again, {@code now}. If a write of the pending changes failed earlier, what it landed is settled
     * once it landed whole (later writes are conditional on a newer version, earlier ones on older) or once
     * {@link #SETTLED_AFTER} has passed: the changes that landed go, and the rest start a new batch, merged.
     */
    public UnsavedProgress readAgain(StoredProgress fresh, Instant now) {
        if (sent == 0) {
            return withProgress(fresh, pending);
        }
        int landed = Math.min(fresh.progress().savedCount(saveId), sent);
        boolean settled = landed == sent || sentAt != null && !now.isBefore(sentAt.plus(SETTLED_AFTER));
        if (!settled) {
            return withProgress(fresh, pending);
        }
        return new UnsavedProgress(fresh, ProgressChanges.compact(pending.subList(landed, pending.size()), 0), null, 0, null);
    }

    /** A write carried every pending change and failed {@code now}: it may have landed, so none of them may move. */
    public UnsavedProgress sentAll(Instant now) {
        return new UnsavedProgress(stored, pending, saveId, pending.size(), now);
    }

    /**
     * Only the pending changes that passed {@code checked}; those dropped from the part a failed write carried no
     * longer count in it.
     */
    public UnsavedProgress withChecked(PlausibleChanges.Checked checked) {
        if (checked.dropped().isEmpty() && checked.cut().isEmpty()) {
            return this;
        }
        return new UnsavedProgress(stored, checked.kept(), saveId, sent - checked.droppedBefore(sent), sentAt);
    }

    /** Gives the pending changes a batch id if they have none yet. */
    public UnsavedProgress withSaveId() {
        return saveId != null || pending.isEmpty() ? this
                : new UnsavedProgress(stored, pending, UUID.randomUUID().toString(), sent, sentAt);
    }

    /**
     * Whether a write is worth its cost: nothing trained, rated or chosen, and no new place to keep, is not (see
     * {@link ProgressChanges#worthSaving}). A place already stored as it is (say, a finished workout's, saved with its
     * last set) is not new.
     */
    public boolean worthSaving(List<ProgressChange> place) {
        boolean alreadyStored = stored != null && place.size() == 1
                && place.get(0) instanceof ProgressChange.Unfinished unfinished
                && Objects.equals(unfinished.session(), stored.progress().unfinished())
                && Objects.equals(unfinished.droppedAt(), stored.progress().droppedAt());
        return ProgressChanges.worthSaving(pending, alreadyStored ? List.of() : place);
    }
}
