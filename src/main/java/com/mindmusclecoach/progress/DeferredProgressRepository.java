package com.mindmusclecoach.progress;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A repository still being built on another thread (the DynamoDB client takes a good part of a cold start):
 * the first call waits for it; a failure to build it surfaces as storage being unavailable.
 */
public final class DeferredProgressRepository implements ProgressRepository {

    private final CompletableFuture<ProgressRepository> building;

    public DeferredProgressRepository(CompletableFuture<ProgressRepository> building) {
        this.building = building;
    }

    @Override
    public Optional<StoredProgress> find(String userId) {
        return ready().find(userId);
    }

    @Override
    public long put(String userId, UserProgress progress, long expectedVersion) {
        return ready().put(userId, progress, expectedVersion);
    }

    @Override
    public long put(String userId, UserProgress progress, StoredProgress basis) {
        return ready().put(userId, progress, basis);
    }

    @Override
    public void delete(String userId) {
        ready().delete(userId);
    }

    @Override
    public void deleteAccount(String accountId) {
        ready().deleteAccount(accountId);
    }

    private ProgressRepository ready() {
        try {
            return building.get();
        } catch (ExecutionException e) {
            throw new ProgressUnavailableException("the progress store could not be built", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProgressUnavailableException("interrupted while the progress store was being built", e);
        }
    }
}
