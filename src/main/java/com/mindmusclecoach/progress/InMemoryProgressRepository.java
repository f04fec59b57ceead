package com.mindmusclecoach.progress;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Progress kept for the life of the process: for tests and for running without a database. */
public final class InMemoryProgressRepository implements ProgressRepository {

    private final Map<String, UserProgress> byUser = new ConcurrentHashMap<>();

    @Override
    public Optional<UserProgress> find(String userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    @Override
    public void save(String userId, UserProgress progress) {
        byUser.put(userId, progress);
    }
}
