package com.mindmusclecoach.progress;

import java.util.Optional;

/** Where users' progress lives; the skill depends on this, never on a database. */
public interface ProgressRepository {

    /** The user's progress, or empty for someone the coach has never trained. */
    Optional<UserProgress> find(String userId);

    void save(String userId, UserProgress progress);
}
