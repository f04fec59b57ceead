package com.mindmusclecoach.progress;

/** The in-memory store (tests, the local coach's {@code --memory}) keeps the repository's promises. */
class InMemoryProgressRepositoryContractTest extends ProgressRepositoryContract {

    private final InMemoryProgressRepository repository = new InMemoryProgressRepository();

    @Override
    protected ProgressRepository repository() {
        return repository;
    }
}
