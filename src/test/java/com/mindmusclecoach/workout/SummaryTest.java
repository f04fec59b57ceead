package com.mindmusclecoach.workout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SummaryTest {

    @Test
    void of_shouldAverageRatedSetsOnly_whenSomeSetsAreUnrated() {
        List<CompletedSet> completed = List.of(
                new CompletedSet("biceps_curl", 1, 8, 4),
                new CompletedSet("biceps_curl", 2, 8, null),
                new CompletedSet("hammer_curl", 1, 10, 5));

        Summary summary = Summary.of(completed);

        assertThat(summary).isEqualTo(new Summary(2, 3, 26, 4.5));
    }

    @Test
    void of_shouldHaveNoAverage_whenNoSetIsRated() {
        List<CompletedSet> completed = List.of(
                new CompletedSet("squat", 1, 10, null),
                new CompletedSet("squat", 2, 10, null));

        Summary summary = Summary.of(completed);

        assertThat(summary).isEqualTo(new Summary(1, 2, 20, null));
    }

    @Test
    void of_shouldBeEmpty_whenNoSetIsDone() {
        Summary summary = Summary.of(List.of());

        assertThat(summary).isEqualTo(new Summary(0, 0, 0, null));
    }

    @Test
    void of_shouldCountAnExerciseOnce_whenItsSetsAreNotTogether() {
        List<CompletedSet> completed = List.of(
                new CompletedSet("squat", 1, 10, 3),
                new CompletedSet("push_up", 1, 8, 3),
                new CompletedSet("squat", 1, 10, 4));

        Summary summary = Summary.of(completed);

        assertThat(summary.exercises()).isEqualTo(2);
        assertThat(summary.averageRating()).isCloseTo(10.0 / 3, within(1e-9));
    }
}
