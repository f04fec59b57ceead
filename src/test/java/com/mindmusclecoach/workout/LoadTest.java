package com.mindmusclecoach.workout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The weights the coach suggests a step away from last time's are ones dumbbells come in. */
class LoadTest {

    private static Load pounds(int amount) {
        return new Load(amount, Load.Unit.POUNDS);
    }

    private static Load kilos(int amount) {
        return new Load(amount, Load.Unit.KILOGRAMS);
    }

    @Test
    void aStepHeavier_shouldBeTwoPoundsUpToTwentyFive_thenFive_andOneKiloUpToTen_thenTwo() {
        assertThat(pounds(12).heavier()).isEqualTo(pounds(14));
        assertThat(pounds(23).heavier()).isEqualTo(pounds(25));
        assertThat(pounds(25).heavier()).isEqualTo(pounds(30));
        assertThat(kilos(6).heavier()).isEqualTo(kilos(7));
        assertThat(kilos(10).heavier()).isEqualTo(kilos(12));
        assertThat(pounds(Load.MAX).heavier()).as("never above the most").isEqualTo(pounds(Load.MAX));
        assertThat(kilos(98).heavier()).isEqualTo(kilos(Load.MAX));
    }

    @Test
    void aStepHeavier_thenAStepLighter_shouldComeBackToTheSameWeight() {
        for (Load.Unit unit : Load.Unit.values()) {
            for (int amount = Load.MIN; amount <= 90; amount++) {
                Load load = new Load(amount, unit);
                assertThat(load.heavier().lighter()).as(load.toString()).isEqualTo(load);
            }
        }
    }
}
