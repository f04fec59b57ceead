package com.mindmusclecoach.workout;

/** A cool-down stretch for one muscle group, held and breathed through for {@code seconds}. */
public record Stretch(String name, String say, int seconds) {
}
