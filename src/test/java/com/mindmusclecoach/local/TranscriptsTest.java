package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed approval transcripts in docs/transcripts are what the skill says now: a change in the coaching
 * fails here until the transcripts are regenerated, so it shows in review as a diff of what the user hears.
 */
class TranscriptsTest {

    private static final Path FOLDER = Path.of(TranscriptMain.FOLDER);
    private static final String REGENERATE = "Run `" + TranscriptMain.COMMAND + "` from the project folder to"
            + " regenerate the transcripts, then review the diff.";

    private static Catalogue catalogue;
    private static final Map<Routine, WorkoutTranscript> TRANSCRIPTS = new LinkedHashMap<>();

    @BeforeAll
    static void coachEveryRoutine() throws IOException {
        catalogue = CatalogueFile.standard();
        UtteranceResolver resolver = TranscriptMain.resolver();
        for (Routine routine : TranscriptMain.inOrder(catalogue)) {
            TRANSCRIPTS.put(routine, WorkoutTranscript.of(catalogue, routine, resolver));
        }
    }

    @Test
    void committedTranscripts_shouldMatchWhatTheSkillSays_forEveryRoutine() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<Routine, WorkoutTranscript> entry : TRANSCRIPTS.entrySet()) {
            String name = TranscriptMain.fileName(entry.getKey());
            difference(name, TranscriptMain.markdown(entry.getKey(), entry.getValue())).ifPresent(differences::add);
        }
        assertThat(differences).withFailMessage(() -> String.join("\n\n", differences) + "\n\n" + REGENERATE).isEmpty();
    }

    @Test
    void committedIndex_shouldListEveryTranscript_squatPushUpAndBicepFocusFirst() throws IOException {
        List<Routine> routines = List.copyOf(TRANSCRIPTS.keySet());
        assertThat(routines).extracting(Routine::id).startsWith("squat_focus", "push_up_focus", "bicep_focus");

        Optional<String> difference = difference(TranscriptMain.INDEX, TranscriptMain.index(routines));
        assertThat(difference).withFailMessage(() -> difference.orElse("") + "\n\n" + REGENERATE).isEmpty();
    }

    @Test
    void transcriptsFolder_shouldHoldAFileForEveryRoutine_andNoStaleFile() throws IOException {
        Set<String> expected = new TreeSet<>(List.of(TranscriptMain.INDEX));
        catalogue.routines().forEach(routine -> expected.add(TranscriptMain.fileName(routine)));
        Set<String> committed = TranscriptMain.committed(FOLDER);

        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(committed);
        Set<String> stale = new TreeSet<>(committed);
        stale.removeAll(expected);
        assertThat(committed)
                .withFailMessage(() -> FOLDER + ": missing " + missing + ", stale " + stale + ".\n" + REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void everyTranscript_shouldCoachEverySetAndEndTheSessionWithTheWorkoutFinished() {
        TRANSCRIPTS.forEach((routine, transcript) -> {
            List<String> lines = transcript.lines();
            long ratings = lines.stream()
                    .filter(line -> CooperativeTrainee.RATINGS.stream().anyMatch(r -> line.equals("you> " + r)))
                    .count();

            assertThat(transcript.finished()).as("%s ends with the workout finished", routine.id()).isTrue();
            assertThat(ratings).as("%s: a rating for every set", routine.id()).isEqualTo(routine.totalSets());
            assertThat(lines.get(lines.size() - 1)).as("%s: last line", routine.id()).isEqualTo(WorkoutTranscript.SESSION_ENDED);
            assertThat(lines.get(lines.size() - 2)).as("%s: the finishing line", routine.id()).startsWith("coach> ");
            assertThat(lines).as("%s: the session ends once", routine.id())
                    .filteredOn(WorkoutTranscript.SESSION_ENDED::equals).hasSize(1);
            assertThat(TranscriptMain.markdown(routine, transcript)).endsWith("\n" + WorkoutTranscript.SESSION_ENDED + "\n```\n");
        });
    }

    @Test
    void trainee_shouldAnswerFromThePhase_withYesForAPhaseItDoesNotKnow() {
        CooperativeTrainee trainee = new CooperativeTrainee();

        assertThat(trainee.replyTo(phase("BRIEFING"))).isEqualTo("ready");
        assertThat(trainee.replyTo(phase("RESTING"))).isEqualTo("ready");
        assertThat(List.of(trainee.replyTo(phase("RATING")), trainee.replyTo(phase("RATING")),
                trainee.replyTo(phase("RATING")), trainee.replyTo(phase("RATING"))))
                .containsExactly("four", "three", "five", "four");
        assertThat(trainee.replyTo(phase("CONFIRMING_SOMETHING_NEW"))).isEqualTo("yes");
        assertThat(trainee.replyTo(RequestFactory.JSON.createObjectNode())).isEqualTo("yes");
    }

    private static JsonNode phase(String phase) {
        return RequestFactory.JSON.createObjectNode().set("workout", RequestFactory.JSON.createObjectNode().put("phase", phase));
    }

    /** Empty when the committed file is {@code expected}; else names the file and shows its first differing line. */
    private static Optional<String> difference(String name, String expected) throws IOException {
        Path file = FOLDER.resolve(name);
        if (!Files.exists(file)) {
            return Optional.of(file + " is missing.");
        }
        String committed = TranscriptMain.normalized(Files.readString(file));
        if (committed.equals(expected)) {
            return Optional.empty();
        }
        String[] was = committed.split("\n", -1);
        String[] now = expected.split("\n", -1);
        int line = 0;
        while (line < was.length && line < now.length && was[line].equals(now[line])) {
            line++;
        }
        String committedLine = line < was.length ? was[line] : "(end of file)";
        String saidLine = line < now.length ? now[line] : "(end of file)";
        int column = 0;
        while (column < committedLine.length() && column < saidLine.length()
                && committedLine.charAt(column) == saidLine.charAt(column)) {
            column++;
        }
        return Optional.of(file + " differs from what the skill says, first at line " + (line + 1) + ", column "
                + (column + 1) + ":\n  committed:  " + excerpt(committedLine, column) + "\n  skill says: " + excerpt(saidLine, column));
    }

    /** A long line from a little before {@code column}, cut short: transcript lines run to thousands of characters. */
    private static String excerpt(String line, int column) {
        int from = Math.max(0, column - 60);
        int to = Math.min(line.length(), column + 140);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }
}
