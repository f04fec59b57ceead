package com.mindmusclecoach.progress;

import java.util.Optional;

/**
 * Where users' progress lives: one record per user, written only if nobody else wrote since it was read.
 * Implementations translate their storage's failures into {@link ProgressConflictException} and
 * {@link ProgressUnavailableException}; the skill never sees a database type.
 */
public interface ProgressRepository {

    /** The user's stored progress, or empty for someone the coach has never trained. */
    Optional<StoredProgress> find(String userId);

    /**
     * Stores {@code progress} if the stored version is still {@code expectedVersion} (0: nothing stored).
     *
     * @return the new version
     * @throws ProgressConflictException if another write came first
     */
    long put(String userId, UserProgress progress, long expectedVersion);

    /**
     * Stores {@code progress} if what is stored is still {@code basis}: its version, and its content too where the
     * storage can tell (the basis comes back in session attributes, which a device may alter; see
     * {@link ProgressFingerprint}). An item whose content could not be read is replaced on its version alone. The
     * default compares the version alone: for test doubles that wrap a store; both real stores compare content.
     *
     * @return the new version
     * @throws ProgressConflictException if another write came first, or the stored content is not the basis's
     */
    default long put(String userId, UserProgress progress, StoredProgress basis) {
        return put(userId, progress, basis.version());
    }

    /** Removes everything stored for the user; deleting a user with nothing stored is fine. */
    void delete(String userId);

    /**
     * Removes everything stored under an Alexa account: the account's own progress and every recognized person's
     * (see {@link Trainee}). The default deletes the account's own only: for test doubles that keep no people;
     * every real store overrides it.
     */
    default void deleteAccount(String accountId) {
        delete(accountId);
    }
}
