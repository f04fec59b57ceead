package com.mindmusclecoach.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint a write is conditional on: the same for the same progress, whatever order built its maps. */
class ProgressFingerprintTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void sameProgress_shouldHaveOneFingerprint_howeverItsMapsWereFilled() {
        UserProgress oneWay = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.SetDone("squat", 10, DAY), new ProgressChange.SetDone("biceps_curl", 8, DAY),
                new ProgressChange.RatingGiven("thighs", 4, DAY), new ProgressChange.RatingGiven("biceps", 3, DAY)));
        UserProgress otherWay = UserProgress.NONE.applyAll(List.of(
                new ProgressChange.SetDone("biceps_curl", 8, DAY), new ProgressChange.SetDone("squat", 10, DAY),
                new ProgressChange.RatingGiven("biceps", 3, DAY), new ProgressChange.RatingGiven("thighs", 4, DAY)));

        assertThat(oneWay).isEqualTo(otherWay);
        assertThat(ProgressFingerprint.of(oneWay)).isEqualTo(ProgressFingerprint.of(otherWay)).hasSize(16);
    }

    @Test
    void anyChange_shouldChangeTheFingerprint() {
        UserProgress trained = UserProgress.NONE.apply(new ProgressChange.SetDone("squat", 10, DAY));

        assertThat(ProgressFingerprint.of(trained)).isNotEqualTo(ProgressFingerprint.of(UserProgress.NONE))
                .isNotEqualTo(ProgressFingerprint.of(trained.apply(new ProgressChange.SetDone("squat", 10, DAY))))
                .isNotEqualTo(ProgressFingerprint.of(trained.apply(new ProgressChange.WorkoutStarted("squat_focus"))));
    }
}
