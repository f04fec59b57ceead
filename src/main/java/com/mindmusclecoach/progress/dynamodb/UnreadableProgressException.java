package com.mindmusclecoach.progress.dynamodb;

/** A stored item (or part of one) that this version of the codec cannot turn back into progress. */
final class UnreadableProgressException extends RuntimeException {

    UnreadableProgressException(String message, Throwable cause) {
        super(message, cause);
    }
}
