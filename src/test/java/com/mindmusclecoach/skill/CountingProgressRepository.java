package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real repository to count reads and writes (a delete counts as a write) and to fail on demand, as a
 * database that is down would: the calls still go to the wrapped store, which keeps the data the test asserts on.
 * Public for the reliability tests, which check that a refused request never reached storage.
 */
public final class CountingProgressRepository implements ProgressRepository {

    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger writes = new AtomicInteger();
    private final java.util.Set<String> userIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ProgressRepository inner;
    private volatile boolean down;

    public CountingProgressRepository() {
        this(new InMemoryProgressRepository());
    }

    public CountingProgressRepository(ProgressRepository inner) {
        this.inner = inner;
    }

    public void down(boolean value) {
        down = value;
    }

    /** Reads, writes and deletes so far. */
    public int calls() {
        return reads.get() + writes.get();
    }

    /** What is stored for the user, read past the counters. */
    public UserProgress stored(String userId) {
        return inner.find(userId).map(StoredProgress::progress).orElse(UserProgress.NONE);
    }

    void resetCounts() {
        reads.set(0);
        writes.set(0);
    }

    @Override
    public Optional<StoredProgress> find(String userId) {
        userIds.add(userId);
        reads.incrementAndGet();
        failIfDown();
        return inner.find(userId);
    }

    @Override
    public long put(String userId, UserProgress progress, long expectedVersion) {
        userIds.add(userId);
        writes.incrementAndGet();
        failIfDown();
        return inner.put(userId, progress, expectedVersion);
    }

    @Override
    public long put(String userId, UserProgress progress, StoredProgress basis) {
        userIds.add(userId);
        writes.incrementAndGet();
        failIfDown();
        return inner.put(userId, progress, basis);
    }

    @Override
    public void delete(String userId) {
        userIds.add(userId);
        writes.incrementAndGet();
        failIfDown();
        inner.delete(userId);
    }

    @Override
    public void deleteAccount(String accountId) {
        userIds.add(accountId);
        writes.incrementAndGet();
        failIfDown();
        inner.deleteAccount(accountId);
    }

    /** Every storage id a call named. */
    java.util.Set<String> userIds() {
        return java.util.Set.copyOf(userIds);
    }

    private void failIfDown() {
        if (down) {
            throw new ProgressUnavailableException("injected: storage is down", null);
        }
    }
}
