package com.mindmusclecoach.reliability;

import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real repository that counts what the skill asks of it, and can be switched off like storage that is down,
 * so a test can tell that a refused request never reached storage.
 */
final class TrackingRepository implements ProgressRepository {

    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger deletes = new AtomicInteger();
    private final ProgressRepository inner;
    private volatile boolean down;

    TrackingRepository() {
        this(new InMemoryProgressRepository());
    }

    TrackingRepository(ProgressRepository inner) {
        this.inner = inner;
    }

    void down(boolean value) {
        down = value;
    }

    int calls() {
        return reads.get() + writes.get() + deletes.get();
    }

    /** What is stored for the user, read past the counters. */
    UserProgress stored(String userId) {
        return inner.find(userId).map(StoredProgress::progress).orElse(UserProgress.NONE);
    }

    @Override
    public Optional<StoredProgress> find(String userId) {
        reads.incrementAndGet();
        failIfDown();
        return inner.find(userId);
    }

    @Override
    public long put(String userId, UserProgress progress, long expectedVersion) {
        writes.incrementAndGet();
        failIfDown();
        return inner.put(userId, progress, expectedVersion);
    }

    @Override
    public void delete(String userId) {
        deletes.incrementAndGet();
        failIfDown();
        inner.delete(userId);
    }

    private void failIfDown() {
        if (down) {
            throw new ProgressUnavailableException("injected: storage is down", null);
        }
    }
}
