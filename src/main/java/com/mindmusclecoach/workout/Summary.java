package com.mindmusclecoach.workout;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** What a (possibly partial) workout added up to. {@code averageRating} is null when no set was rated. */
public record Summary(int exercises, int sets, int reps, Double averageRating) {

    public static Summary of(List<CompletedSet> completed) {
        OptionalDouble average = completed.stream().map(CompletedSet::rating).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).average();
        return new Summary(
                (int) completed.stream().map(CompletedSet::exerciseId).distinct().count(),
                completed.size(),
                completed.stream().mapToInt(CompletedSet::reps).sum(),
                average.isPresent() ? average.getAsDouble() : null);
    }
}
