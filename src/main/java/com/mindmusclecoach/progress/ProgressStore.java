package com.mindmusclecoach.progress;

import java.time.Duration;
import java.util.List;

/**
 * Saves progress as changes on top of what was read, with optimistic locking: a write that loses a race
 * re-reads the winner's record, applies its own changes again and retries, for a bounded time.
 */
public final class ProgressStore {

    /** Lost races cost a read and a write each, milliseconds: at least this many rounds... */
    static final int MIN_ATTEMPTS = 8;
    /**
     * ...and as many more as fit in this time. Every lost race means another device of the user saved, so only
     * a device that saves without pause can keep one losing; a second of retries, well inside Alexa's 8 s,
     * outlasts any person's two devices.
     */
    static final Duration RACE_BUDGET = Duration.ofSeconds(1);

    /** Told of each write that lost a race to another device's (for metrics); must not throw. */
    @FunctionalInterface
    public interface Races {
        Races NONE = () -> { };

        void lost();
    }

    private final ProgressRepository repository;
    private final long raceBudgetNanos;
    private final Races races;

    public ProgressStore(ProgressRepository repository) {
        this(repository, Races.NONE);
    }

    public ProgressStore(ProgressRepository repository, Races races) {
        this(repository, RACE_BUDGET, races);
    }

    ProgressStore(ProgressRepository repository, Duration raceBudget) {
        this(repository, raceBudget, Races.NONE);
    }

    ProgressStore(ProgressRepository repository, Duration raceBudget, Races races) {
        this.repository = repository;
        this.raceBudgetNanos = raceBudget.toNanos();
        this.races = races;
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
        return save(userId, basis, batch, saveId, batch.size(), always);
    }

    /**
     * As {@link #save(String, StoredProgress, List, String, List)}, when only the first {@code sent} changes of the
     * batch can have landed before: those a failed write carried. A write landing during the retries is counted no
     * further than them, so a change dropped from that part since (it could not have been made) does not let a later
     * one be taken as landed.
     */
    public StoredProgress save(String userId, StoredProgress basis, List<ProgressChange> batch, String saveId, int sent,
                               List<ProgressChange> always) {
        StoredProgress current = basis;
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            int landed = saveId == null ? 0 : Math.min(current.progress().savedCount(saveId), Math.min(sent, batch.size()));
            UserProgress next = current.progress().applyAll(batch.subList(landed, batch.size())).applyAll(always);
            if (saveId != null) {
                next = next.savedAs(saveId, batch.size());
            }
            try {
                // The basis given may have come back in a session: the write must find its content too. A basis read
                // here, after a lost race, is the item itself: its version is enough, so an item whose fingerprint
                // another release computed differently is still written.
                long version = attempt == 1 ? repository.put(userId, next, current)
                        : repository.put(userId, next, current.version());
                return new StoredProgress(next, version);
            } catch (ProgressConflictException lostRace) {
                races.lost();
                if (attempt >= MIN_ATTEMPTS && System.nanoTime() - start > raceBudgetNanos) {
                    throw new ProgressUnavailableException("progress of " + userId + " kept changing; will retry", lostRace);
                }
                pauseAfter(attempt);
                current = load(userId);
            }
        }
    }

    /**
     * After the first lost races, a pause of a few random milliseconds, so two devices racing in step fall out
     * of it. The randomness comes from the clock, not from a generator seeded before a SnapStart snapshot, which
     * every restored copy would share.
     */
    private static void pauseAfter(int lostRaces) {
        if (lostRaces < 2) {
            return;
        }
        long millis = Math.floorMod(System.nanoTime() >>> 10, Math.min(lostRaces, 10) * 2L + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProgressUnavailableException("interrupted while retrying a save", e);
        }
    }

    public void delete(String userId) {
        repository.delete(userId);
    }

    /** Everything under the account: its own progress and every recognized person's. */
    public void deleteAccount(String accountId) {
        repository.deleteAccount(accountId);
    }
}
