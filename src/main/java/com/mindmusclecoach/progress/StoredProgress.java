package com.mindmusclecoach.progress;

/** Progress as read from storage, with the version a conditional write must still find there. */
public record StoredProgress(UserProgress progress, long version) {

    /** A user with nothing stored yet: the first write must find no item. */
    public static final StoredProgress NEW = new StoredProgress(UserProgress.NONE, 0);

    public boolean isNew() {
        return version == 0;
    }
}
