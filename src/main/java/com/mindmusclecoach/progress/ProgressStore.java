package com.mindmusclecoach.progress;

import java.util.List;

/**
 * Saves progress as changes on top of what was read, with optimistic locking: a write that loses a race
 * re-reads the winner's record, applies its own changes again and retries, a bounded number of times.
 */
public final class ProgressStore {

    /** Lost races cost a read and a write each, milliseconds; eight rounds only fail under constant contention. */
    static final int MAX_ATTEMPTS = 8;

    private final ProgressRepository repository;

    public ProgressStore(ProgressRepository repository) {
        this.repository = repository;
    }

    /** @throws ProgressUnavailableException when storage cannot be read */
    public StoredProgress load(String userId) {
        return repository.find(userId).orElse(StoredProgress.NEW);
    }

    /**
     * Applies {@code changes} to {@code basis} (the last version this session read or wrote) and stores the
     * result.
     *
     * @return what is stored now, to be the basis of the next save
     * @throws ProgressUnavailableException when storage fails, or keeps losing races; nothing is lost by
     *                                      the caller, who still holds the changes
     */
    public StoredProgress save(String userId, StoredProgress basis, List<ProgressChange> changes) {
        return save(userId, basis, changes, null, List.of());
    }

    /**
     * As {@link #save(String, StoredProgress, List)}, but idempotent: {@code batch} only ever grows at its end
     * and keeps its {@code saveId} until a save succeeds, so a write that landed but whose answer was lost is
     * found on the re-read and its changes are not applied twice. {@code always} (the place to resume) is
     * applied on every attempt, last writer wins.
     */
    public StoredProgress save(String userId, StoredProgress basis, List<ProgressChange> batch, String saveId,
                               List<ProgressChange> always) {
        StoredProgress current = basis;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            int landed = saveId == null ? 0 : Math.min(current.progress().savedCount(saveId), batch.size());
            UserProgress next = current.progress().applyAll(batch.subList(landed, batch.size())).applyAll(always);
            if (saveId != null) {
                next = next.savedAs(saveId, batch.size());
            }
            try {
                return new StoredProgress(next, repository.put(userId, next, current.version()));
            } catch (ProgressConflictException lostRace) {
                current = load(userId);
            }
        }
        throw new ProgressUnavailableException("progress of " + userId + " kept changing; will retry", null);
    }

    public void delete(String userId) {
        repository.delete(userId);
    }
}
