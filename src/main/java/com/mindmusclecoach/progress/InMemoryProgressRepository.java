package com.mindmusclecoach.progress;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Progress kept for the life of the process, with the same versioned writes as the database. */
public final class InMemoryProgressRepository implements ProgressRepository {

    private final Map<String, StoredProgress> byUser = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredProgress> find(String userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    @Override
    public long put(String userId, UserProgress progress, long expectedVersion) {
        StoredProgress written = new StoredProgress(progress, expectedVersion + 1);
        StoredProgress result = byUser.compute(userId, (id, stored) -> {
            long storedVersion = stored == null ? 0 : stored.version();
            return storedVersion == expectedVersion ? written : stored;
        });
        if (result != written) {
            throw new ProgressConflictException(userId, expectedVersion);
        }
        return written.version();
    }

    @Override
    public long put(String userId, UserProgress progress, StoredProgress basis) {
        StoredProgress stored = byUser.get(userId);
        boolean sameContent = stored == null || stored.progress().equals(basis.progress())
                || basis.progress().equals(UserProgress.NONE);
        if (!sameContent) {
            throw new ProgressConflictException(userId, basis.version());
        }
        return put(userId, progress, basis.version());
    }

    @Override
    public void delete(String userId) {
        byUser.remove(userId);
    }

    @Override
    public void deleteAccount(String accountId) {
        byUser.keySet().removeIf(id -> id.equals(accountId) || id.startsWith(accountId + Trainee.SEPARATOR));
    }
}
