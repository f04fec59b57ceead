package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UnsavedProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The unfinished workout and when a silent session left it, in the session attributes, as they go and come back. */
class SessionStateUnfinishedTest {

    private static final Instant LEFT = Instant.parse("2026-11-25T10:00:07Z");
    private static final WorkoutSession RESTING = new WorkoutSession(Phase.RESTING, null, "bicep_focus", 0, 2,
            Preferences.DEFAULT, List.of(new CompletedSet("biceps_curl", 1, 10, 4)));

    @Test
    void storedPlace_shouldComeBackWithTheTimeItWasLeft() {
        StoredProgress stored = new StoredProgress(UserProgress.NONE.apply(new ProgressChange.Unfinished(RESTING, LEFT)), 4);

        SessionState read = SessionAttributes.decode(AttributesOverJson.carrying(attributes(stored)));

        assertThat(read.stored()).isEqualTo(stored);
        assertThat(read.stored().progress().droppedAt()).isEqualTo(LEFT);
    }

    @Test
    void storedPlaceFromAnEarlierRelease_shouldComeBackWithNoTime() {
        Map<String, Object> attributes = attributes(new StoredProgress(
                UserProgress.NONE.apply(new ProgressChange.Unfinished(RESTING, LEFT)), 4));
        progressOf(attributes).remove("droppedAt");

        SessionState read = SessionAttributes.decode(AttributesOverJson.carrying(attributes));

        assertThat(read.stored().progress().unfinished()).isEqualTo(RESTING);
        assertThat(read.stored().progress().droppedAt()).isNull();
    }

    private static Map<String, Object> attributes(StoredProgress stored) {
        return AttributesOverJson.written(
                new SessionState(null, 1, new UnsavedProgress(stored, List.of(), null, 0, null), false, "", null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> progressOf(Map<String, Object> attributes) {
        return (Map<String, Object>) ((Map<String, Object>) attributes.get("progress")).get("progress");
    }
}
