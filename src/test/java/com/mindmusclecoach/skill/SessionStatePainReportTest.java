package com.mindmusclecoach.skill;

import com.amazon.ask.attributes.AttributesManager;
import com.mindmusclecoach.progress.PainReport;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UnsavedProgress;
import com.mindmusclecoach.progress.UserProgress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Pain reports in the session attributes, as they go to the device and come back: unsaved, and in stored progress. */
class SessionStatePainReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final List<ProgressChange> PENDING = List.of(
            new ProgressChange.SetDone("squat", 10, DAY),
            new ProgressChange.PainReported("knee", "squat", DAY),
            new ProgressChange.PainReported(null, null, DAY),
            new ProgressChange.PainReported("dizzy", "overhead_triceps_extension", DAY));

    @Test
    void pendingPainReports_shouldComeBackAsTheyWent() {
        SessionState read = SessionAttributes.decode(overJson(state(PENDING, null)));

        assertThat(read.pending()).isEqualTo(PENDING);
        assertThat(read.pending().get(2)).isEqualTo(new ProgressChange.PainReported(PainReport.UNNAMED, null, DAY));
    }

    @Test
    void storedPainReports_shouldComeBackAsTheyWent() {
        UserProgress progress = UserProgress.NONE.applyAll(PENDING);
        StoredProgress stored = new StoredProgress(progress, 3);

        SessionState read = SessionAttributes.decode(overJson(state(List.of(), stored)));

        assertThat(read.stored()).isEqualTo(stored);
        assertThat(read.stored().progress().painReports()).hasSize(3);
    }

    @Test
    void pendingPainReportThatCouldNeverHaveBeenMade_shouldBeDropped_withoutTheChangesBesideIt() {
        for (Consumer<Map<String, Object>> tamper : List.<Consumer<Map<String, Object>>>of(
                pain -> pain.put("bodyPart", "KNEE"),
                pain -> pain.put("bodyPart", ""),
                pain -> pain.put("bodyPart", "k".repeat(PainReport.MAX_ID_LENGTH + 1)),
                pain -> pain.put("bodyPart", "<audio src=\"x\"/>"),
                pain -> pain.put("bodyPart", 7),
                pain -> pain.put("exerciseId", "squat; drop table"),
                pain -> pain.remove("day"),
                pain -> pain.put("day", "2026-02-30"))) {
            Map<String, Object> attributes = attributes(state(PENDING, null));
            tamper.accept(pendingAt(attributes, 1));

            SessionState read = SessionAttributes.decode(AttributesOverJson.carrying(attributes));

            List<ProgressChange> genuine = new java.util.ArrayList<>(PENDING);
            genuine.remove(1);
            assertThat(read.pending()).as("%s", attributes.get("pending")).containsExactlyElementsOf(genuine);
        }
    }

    @Test
    void unreadableChangeAmongThoseAFailedWriteCarried_shouldLeaveTheCountOfSentChangesToTheRest() {
        SessionState sentTwo = new SessionState(null, 1, new UnsavedProgress(null, PENDING, "s1", 2,
                java.time.Instant.parse("2026-11-25T08:00:00Z")), false, "Europe/Berlin", null);
        Map<String, Object> attributes = attributes(sentTwo);
        pendingAt(attributes, 0).put("reps", 999);

        SessionState read = SessionAttributes.decode(AttributesOverJson.carrying(attributes));

        assertThat(read.pending()).containsExactlyElementsOf(PENDING.subList(1, PENDING.size()));
        assertThat(read.sent()).as("only the pain report after it was carried, so a landed write of two takes no unsent change")
                .isEqualTo(1);
    }

    @Test
    void storedPainReportThatCouldNeverHaveBeenStored_shouldDropTheStoredProgress_toBeReadAgain() {
        StoredProgress stored = new StoredProgress(UserProgress.NONE.applyAll(PENDING), 3);
        Map<String, Object> attributes = attributes(state(List.of(), stored));
        @SuppressWarnings("unchecked")
        Map<String, Object> progress = (Map<String, Object>) ((Map<String, Object>) attributes.get("progress")).get("progress");
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) ((List<Object>) progress.get("painReports")).get(0);
        report.put("bodyPart", "Knee and everything else");

        assertThat(SessionAttributes.decode(AttributesOverJson.carrying(attributes)).stored()).isNull();
    }

    private static SessionState state(List<ProgressChange> pending, StoredProgress stored) {
        return new SessionState(null, 1, new UnsavedProgress(stored, pending, pending.isEmpty() ? null : "s1", 0, null), false,
                "Europe/Berlin", null);
    }

    /** The attributes written, as JSON text and back, as Alexa returns them. */
    private static Map<String, Object> attributes(SessionState state) {
        return AttributesOverJson.written(state);
    }

    private static AttributesManager overJson(SessionState state) {
        return AttributesOverJson.carrying(attributes(state));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pendingAt(Map<String, Object> attributes, int index) {
        List<Object> pending = new ArrayList<>((List<Object>) attributes.get("pending"));
        Map<String, Object> change = new HashMap<>((Map<String, Object>) pending.get(index));
        pending.set(index, change);
        attributes.put("pending", pending);
        return change;
    }
}
