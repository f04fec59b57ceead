package com.mindmusclecoach.speech;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Movement;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Tempo;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every exercise is coached in the order its body moves and at the tempo it announces. Durations are measured
 * from the rendered SSML alone, as a listener would time it: each word at 150 words a minute, plus every break.
 */
class MovementNarrationTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final Narrator NARRATOR = new Narrator(CATALOGUE);
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");
    private static final double SECONDS_PER_WORD = 60.0 / 150;

    static Stream<Exercise> repExercises() {
        return CATALOGUE.exercises().stream().filter(e -> !e.isHold());
    }

    static Stream<Object[]> repExercisesAtEveryTempo() {
        return repExercises().flatMap(e -> IntStream.rangeClosed(Tempo.MIN_SHIFT, Tempo.MAX_SHIFT)
                .mapToObj(shift -> new Object[] {e, shift}));
    }

    @ParameterizedTest(name = "{0} shifted {1}")
    @MethodSource("repExercisesAtEveryTempo")
    void spokenRep_shouldLastAsLongAsTheAnnouncedTempo_withinTwentyPercent(Exercise exercise, int shift) {
        Tempo tempo = exercise.tempo().shifted(shift);
        int sides = exercise.sided() ? 2 : 1;

        double perRep = (seconds(setOf(exercise, 12, tempo)) - seconds(setOf(exercise, 6, tempo))) / (6.0 * sides);

        assertThat(perRep).as("seconds a spoken rep takes, against %s announced", tempo.secondsPerRep())
                .isBetween(tempo.secondsPerRep() * 0.8, tempo.secondsPerRep() * 1.2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repExercises")
    void set_shouldBeCountedInTheOrderTheBodyMoves_withTheRepNumberAtTheStartPosition(Exercise exercise) {
        String set = plain(setOf(exercise, 3, exercise.tempo()));
        String firstRep = set.substring(set.indexOf("begin."));
        int lowering = phaseAt(firstRep, exercise.lower());
        int lifting = phaseAt(firstRep, exercise.lift());
        int lastSqueeze = set.lastIndexOf(lastOf(set, exercise.squeeze()));
        int end = set.lastIndexOf("And that's three!");

        assertThat(lowering).as("the lowering is counted").isNotNegative();
        assertThat(lifting).as("the lift is counted").isNotNegative();
        if (exercise.movement().order() == Movement.Order.LOWER_FIRST) {
            assertThat(lowering).as("starts at the top: lowers first").isLessThan(lifting);
            assertThat(end).as("the set ends at the top, after the squeeze").isGreaterThan(lastSqueeze);
        } else {
            assertThat(lifting).as("starts with the muscle long: lifts first").isLessThan(lowering);
            assertThat(set.lastIndexOf(Words.capitalized(exercise.lower()) + ","))
                    .as("the set ends back at the start, after the lowering")
                    .isLessThan(end).isGreaterThan(lastSqueeze);
        }
        if (exercise.sided()) {
            assertThat(set).as("both sides, the same reps each").contains("Right side.").contains("Switch sides.")
                    .contains("Left side.");
            assertThat(set.split("And that's three!", -1)).hasSize(3);
        } else {
            assertThat(set).doesNotContain("side.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repExercises")
    void introduction_shouldAnnounceTheTempoInTheOrderTheBodyMoves(Exercise exercise) {
        WorkoutSession briefing = new WorkoutSession(Phase.BRIEFING, null, exercise.id(), 0, 1, Preferences.DEFAULT, List.of());
        String intro = plain(NARRATOR.narrate(new Transition(briefing, List.of(new Event.ExerciseIntroduced(exercise, 3,
                exercise.reps(), exercise.tempo(), true)), false), 0).ssml());
        String lower = "to " + exercise.lower();
        String lift = "to " + exercise.lift();

        assertThat(intro).contains(exercise.movement().start()).contains("squeeze " + exercise.movement().peak());
        if (exercise.movement().order() == Movement.Order.LOWER_FIRST) {
            assertThat(intro.indexOf(lower)).isPositive().isLessThan(intro.indexOf(lift));
        } else {
            assertThat(intro.indexOf(lift)).isPositive().isLessThan(intro.indexOf(lower));
        }
    }

    /** Where a phase's word is first said as a phase ("Sit back," or "Breathe in, sit back,"), or -1. */
    private static int phaseAt(String text, String word) {
        Matcher m = Pattern.compile("(Breathe (in|out), " + Pattern.quote(word) + "|" + Pattern.quote(Words.capitalized(word))
                + "),").matcher(text);
        return m.find() ? m.start() : -1;
    }

    @org.junit.jupiter.api.Test
    void introduction_shouldAnnounceTheSecondsHeld_forATimedHold() {
        List<Exercise> holds = CATALOGUE.exercises().stream().filter(Exercise::isHold).toList();

        assertThat(holds).isNotEmpty().allSatisfy(hold -> {
            WorkoutSession briefing = new WorkoutSession(Phase.BRIEFING, null, hold.id(), 0, 1, Preferences.DEFAULT, List.of());
            String intro = plain(NARRATOR.narrate(new Transition(briefing, List.of(new Event.ExerciseIntroduced(hold, 3,
                    30, hold.tempo(), true)), false), 0).ssml());
            assertThat(intro).contains("three holds of thirty seconds").contains("We'll hold for thirty seconds")
                    .doesNotContain(" to ,").doesNotContain("squeeze ,");
        });
    }

    private static String setOf(Exercise exercise, int reps, Tempo tempo) {
        WorkoutSession rating = new WorkoutSession(Phase.RATING, null, exercise.id(), 0, 1, Preferences.DEFAULT,
                List.of(new CompletedSet(exercise.id(), 1, reps, null)));
        Event set = new Event.SetCoached(exercise, 1, 3, reps, tempo);
        return NARRATOR.narrate(new Transition(rating, List.of(set), false), 0).ssml();
    }

    /** How long the SSML takes to say: its words at 150 a minute, plus its breaks. */
    static double seconds(String ssml) {
        double breaks = 0;
        Matcher m = BREAK.matcher(ssml);
        while (m.find()) {
            breaks += Integer.parseInt(m.group(1)) / (m.group(2).equals("s") ? 1.0 : 1000.0);
        }
        String words = plain(ssml);
        return breaks + (words.isEmpty() ? 0 : words.split("\\s+").length) * SECONDS_PER_WORD;
    }

    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replace("&apos;", "'").replaceAll("\\s+", " ").strip();
    }

    private static String lastOf(String text, List<String> phrases) {
        return phrases.stream().max((a, b) -> Integer.compare(text.lastIndexOf(a), text.lastIndexOf(b))).orElseThrow();
    }
}
