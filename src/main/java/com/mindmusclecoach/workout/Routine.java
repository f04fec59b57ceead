package com.mindmusclecoach.workout;

import java.util.List;

/** A named workout: exercises in order, each with sets and reps, and the rest between sets. */
public record Routine(String id, String name, List<String> synonyms, int restSeconds, List<RoutineStep> steps) {

    public Routine {
        synonyms = List.copyOf(synonyms);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("routine " + id + " has no exercises");
        }
    }

    public RoutineStep step(int index) {
        return steps.get(index);
    }

    public int totalSets() {
        return steps.stream().mapToInt(RoutineStep::sets).sum();
    }
}
