package com.mindmusclecoach.workout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TempoTest {

    @ParameterizedTest(name = "{0}/{1}/{2}")
    @CsvSource({"0, 1, 3", "2, 0, 3", "2, 1, 0", "-1, 1, 3"})
    void constructor_shouldReject_whenAPhaseLastsLessThanASecond(int up, int squeeze, int down) {
        assertThatThrownBy(() -> new Tempo(up, squeeze, down)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shifted_shouldLengthenLiftingAndLoweringButNotTheSqueeze_whenShiftIsPositive() {
        Tempo tempo = new Tempo(2, 1, 3);

        Tempo slower = tempo.shifted(2);

        assertThat(slower).isEqualTo(new Tempo(4, 1, 5));
    }

    @Test
    void shifted_shouldShortenLiftingAndLowering_whenShiftIsNegative() {
        Tempo tempo = new Tempo(2, 2, 3);

        Tempo faster = tempo.shifted(-1);

        assertThat(faster).isEqualTo(new Tempo(1, 2, 2));
    }

    @Test
    void shifted_shouldKeepEveryPhaseAtLeastOneSecond_whenShortenedPastIt() {
        Tempo tempo = new Tempo(1, 2, 2);

        Tempo faster = tempo.shifted(-3);

        assertThat(faster).isEqualTo(new Tempo(1, 2, 1));
    }

    @Test
    void shifted_shouldKeepTheTempo_whenShiftIsZero() {
        Tempo tempo = new Tempo(2, 1, 3);

        assertThat(tempo.shifted(0)).isEqualTo(tempo);
    }

    @Test
    void shifted_shouldKeepLoweringAtLeastAsLongAsLifting_whenShiftedWithinTheLimits() {
        Tempo tempo = new Tempo(1, 2, 2);

        for (int shift = Tempo.MIN_SHIFT; shift <= Tempo.MAX_SHIFT; shift++) {
            Tempo shifted = tempo.shifted(shift);
            assertThat(shifted.down()).as("shift %d", shift).isGreaterThanOrEqualTo(shifted.up());
        }
    }

    @Test
    void secondsPerRep_shouldAddLiftingSqueezeAndLowering() {
        Tempo tempo = new Tempo(2, 1, 3);

        assertThat(tempo.secondsPerRep()).isEqualTo(6);
        assertThat(tempo.shifted(1).secondsPerRep()).isEqualTo(8);
    }
}
