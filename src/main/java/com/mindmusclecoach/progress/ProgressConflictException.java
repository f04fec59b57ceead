package com.mindmusclecoach.progress;

/** Another write for the same user landed since this one's read: re-read and apply the changes again. */
public final class ProgressConflictException extends RuntimeException {

    public ProgressConflictException(String userId, long expectedVersion) {
        super("progress of " + userId + " changed since version " + expectedVersion);
    }
}
