package com.mindmusclecoach.workout;

/** When to breathe out (the lifting phase) and in (the lowering phase), worded for one movement. */
public record Breathing(String exhale, String inhale) {
}
