package com.mindmusclecoach.progress;

/** Storage could not be reached, timed out or throttled us: the workout goes on and the save is retried. */
public final class ProgressUnavailableException extends RuntimeException {

    public ProgressUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
