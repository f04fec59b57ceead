package com.mindmusclecoach.workout;

import java.util.List;

/**
 * A muscle or region people ask for that no named routine covers ("triceps", "upper body"): the coach makes a
 * routine of its exercises, in the order listed, the first ones first.
 */
public record Target(String id, String name, List<String> synonyms, List<Exercise> exercises) {

    public Target {
        synonyms = List.copyOf(synonyms);
        exercises = List.copyOf(exercises);
        if (exercises.isEmpty()) {
            throw new IllegalArgumentException("target " + id + " has no exercises");
        }
    }
}
