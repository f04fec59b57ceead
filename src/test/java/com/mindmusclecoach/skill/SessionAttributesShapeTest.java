package com.mindmusclecoach.skill;

import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UnsavedProgress;
import com.mindmusclecoach.progress.UserProgress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The session attributes keep the JSON shape earlier releases wrote, so sessions in flight still read. */
class SessionAttributesShapeTest {

    private static final ProgressChange SET = new ProgressChange.SetDone("squat", 10, LocalDate.of(2026, 11, 25));
    private static final String OWNER = "amzn1.ask.account.shape";

    @Test
    void written_shouldUseTheSameNamesAsBefore() throws Exception {
        SessionState state = new SessionState(null, 4, new UnsavedProgress(new StoredProgress(UserProgress.NONE, 2),
                List.of(SET), "s1", 1, Instant.parse("2026-11-25T08:00:00Z")), true, "Europe/Berlin", OWNER);

        Map<String, Object> written = overJson(state);

        assertThat(written).containsOnlyKeys("workout", "turn", "progress", "pending", "confirmingDelete", "zone",
                "saveId", "sent", "sentAt", "owner");
        assertThat(written).containsEntry("turn", 4).containsEntry("confirmingDelete", true)
                .containsEntry("zone", "Europe/Berlin").containsEntry("saveId", "s1").containsEntry("sent", 1)
                .containsEntry("sentAt", "2026-11-25T08:00:00Z").containsEntry("owner", OWNER);
        assertThat(written.get("pending")).isEqualTo(List.of(
                Map.of("type", "set", "exerciseId", "squat", "reps", 10, "day", "2026-11-25")));
        assertThat(written.get("progress")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("progress", "version").containsEntry("version", 2);
    }

    @Test
    void nothingPending_shouldWriteOnlyTheWorkoutAndTheTurn() throws Exception {
        assertThat(overJson(SessionState.fresh(0, null))).containsOnlyKeys("workout", "turn");
    }

    @Test
    void sessionAnEarlierReleaseWrote_shouldRead() {
        Map<String, Object> earlier = new HashMap<>(Map.of("turn", 3, "zone", "Europe/Berlin", "owner", OWNER,
                "saveId", "s1", "pending", List.of(Map.of("type", "set", "exerciseId", "squat", "reps", 10,
                        "day", "2026-11-25"))));

        SessionState read = SessionAttributes.decode(AttributesOverJson.carrying(earlier));

        assertThat(read.turn()).isEqualTo(3);
        assertThat(read.owner()).isEqualTo(OWNER);
        assertThat(read.zoneId().getId()).isEqualTo("Europe/Berlin");
        assertThat(read.pending()).containsExactly(SET);
        assertThat(read.saveId()).isEqualTo("s1");
        assertThat(read.sent()).as("a batch without its count may have been sent whole").isEqualTo(1);
        assertThat(read.stored()).isNull();
    }

    private static Map<String, Object> overJson(SessionState state) {
        return AttributesOverJson.written(state);
    }
}
