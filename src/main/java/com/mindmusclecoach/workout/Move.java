package com.mindmusclecoach.workout;

/** A warm-up movement, said once and kept up for {@code seconds}. */
public record Move(String say, int seconds) {
}
