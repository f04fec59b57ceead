package com.mindmusclecoach.workout;

import com.mindmusclecoach.catalogue.CatalogueFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Workouts made on request from the catalogue: a muscle's own, sized to a time, without equipment, with dumbbells. */
class MadeRoutinesTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();

    private static List<String> exercises(Routine routine) {
        return routine.steps().stream().map(step -> step.exercise().id()).toList();
    }

    private static int minutes(Routine routine) {
        return SessionLength.minutes(routine, Preferences.DEFAULT);
    }

    @Test
    void aMuscleWithoutARoutine_shouldGetOneMadeOfItsExercises() {
        Routine triceps = CATALOGUE.routine("triceps").orElseThrow();

        assertThat(triceps.id()).isEqualTo("triceps");
        assertThat(triceps.name()).isEqualTo("triceps workout");
        assertThat(triceps.steps()).allMatch(step -> step.exercise().muscle().contains("triceps"));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 15, 20, 30, 45})
    void aTimeBox_shouldGiveAWorkoutOfAboutThatLength_forEveryRoutineAndMuscle(int asked) {
        List<String> whats = new ArrayList<>();
        CATALOGUE.routinesInOrder().forEach(r -> whats.add(r.id()));
        CATALOGUE.targets().forEach(t -> whats.add(t.id()));
        for (String what : whats) {
            Routine made = CATALOGUE.routine(Catalogue.madeId(what, asked, false)).orElseThrow();
            int usual = minutes(CATALOGUE.routine(what).orElseThrow());
            Routine smallest = new Routine("x", "x", List.of(), 60,
                    List.of(new RoutineStep(made.step(0).exercise(), 1, made.step(0).reps())));
            assertThat(minutes(made)).as(what + " in " + asked + " minutes")
                    .isLessThanOrEqualTo(Math.max(asked + 1, minutes(smallest)));
            if (asked >= usual) {
                assertThat(minutes(made)).as(what + " asked for longer than usual").isGreaterThanOrEqualTo(usual);
            }
            System.out.println(made.name() + ": " + minutes(made) + " min, " + made.steps().stream()
                    .map(s -> s.exercise().id() + "x" + s.sets()).toList());
        }
    }

    /** The reps, tempo and rests a user asked for change how long each set and rest takes: a time box holds at them. */
    @ParameterizedTest
    @ValueSource(ints = {5, 10, 20, 45})
    void aTimeBox_shouldHoldAtTheUsersPace(int asked) {
        List<Preferences> paces = List.of(Preferences.DEFAULT.withTempoShift(Tempo.MAX_SHIFT),
                Preferences.DEFAULT.withTempoShift(Tempo.MIN_SHIFT), Preferences.DEFAULT.withReps(WorkoutStateMachine.MAX_REPS),
                Preferences.DEFAULT.withRestSeconds(Preferences.MAX_REST_SECONDS),
                new Preferences(8, 1, Preferences.MIN_REST_SECONDS, Preferences.Verbosity.BRIEF));
        for (String what : List.of("full_body", "triceps", "bicep_focus", "leg_day")) {
            String plain = Catalogue.madeId(what, asked, false);
            for (Preferences pace : paces) {
                String id = MadeRoutines.atPace(plain, pace);
                Routine made = CATALOGUE.routine(id).orElseThrow();
                Routine smallest = new Routine("x", "x", List.of(), 60,
                        List.of(new RoutineStep(made.step(0).exercise(), 1, made.step(0).reps())));
                assertThat(made.id()).as("made again from its id alone").isEqualTo(id);
                assertThat(made.name()).as("named for the time asked").startsWith(NumberWords.of(asked) + " minute ");
                assertThat(SessionLength.minutes(made, pace)).as(id)
                        .isLessThanOrEqualTo(Math.max(asked + 1, SessionLength.minutes(smallest, pace)));
            }
        }
    }

    @Test
    void pacedIds_shouldBeCanonical_andOnlyForTimedWorkouts() {
        String tenMinutes = Catalogue.madeId("triceps", 10, false);
        assertThat(MadeRoutines.atPace(tenMinutes, Preferences.DEFAULT)).as("the plan's pace adds nothing").isEqualTo(tenMinutes);
        assertThat(MadeRoutines.atPace(tenMinutes, Preferences.DEFAULT.withVerbosity(Preferences.Verbosity.BRIEF)))
                .as("cues do not change a set's length").isEqualTo(tenMinutes);
        assertThat(MadeRoutines.atPace("bicep_focus", Preferences.DEFAULT.withTempoShift(1))).isEqualTo("bicep_focus");
        String usualLength = Catalogue.madeId("triceps", 0, true);
        assertThat(MadeRoutines.atPace(usualLength, Preferences.DEFAULT.withTempoShift(1))).isEqualTo(usualLength);
        String paced = MadeRoutines.atPace(tenMinutes, Preferences.DEFAULT.withTempoShift(1));
        assertThat(Catalogue.withoutPace(paced)).as("the workout as asked for").isEqualTo(tenMinutes);
        assertThat(Catalogue.withoutPace("bicep_focus")).isEqualTo("bicep_focus");
        assertThat(MadeRoutines.atPace(paced, Preferences.DEFAULT.withTempoShift(2))).as("paced once").isEqualTo(paced);
        for (String forged : List.of(tenMinutes + ":pace-0-0-0", tenMinutes + ":pace-0-7-0", tenMinutes + ":pace-99-0-0",
                tenMinutes + ":pace-0-1-5", tenMinutes + ":pace-00-1-0", usualLength + ":pace-0-1-0", tenMinutes + ":pace-")) {
            assertThat(CATALOGUE.routine(forged)).as(forged).isEmpty();
        }
    }

    @Test
    void aTenMinuteWorkout_shouldStillTrainMoreThanOneExercise() {
        Routine made = CATALOGUE.routine(Catalogue.madeId("full_body", 10, false)).orElseThrow();

        assertThat(made.name()).isEqualTo("ten minute full body");
        assertThat(made.steps()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(minutes(made)).isBetween(8, 11);
    }

    @Test
    void noEquipment_shouldSwapInBodyweightAlternatives_andDropWhatHasNone() {
        Routine made = CATALOGUE.routine(Catalogue.madeId("upper_body", 0, true)).orElseThrow();

        assertThat(made.name()).isEqualTo("upper body workout without equipment");
        assertThat(made.steps()).isNotEmpty().noneMatch(step -> step.exercise().needsWeights());
        assertThat(CATALOGUE.routine(Catalogue.madeId("bicep_focus", 0, true))).as("no curl without weights").isEmpty();
    }

    @Test
    void withDumbbells_shouldSwapInADumbbellExerciseForTheSameMuscle_andKeepWhatHasNone() {
        Routine upper = CATALOGUE.routine(Catalogue.madeId("upper_body", 0, Kit.DUMBBELLS)).orElseThrow();
        Routine full = CATALOGUE.routine(Catalogue.madeId("full_body", 0, Kit.DUMBBELLS)).orElseThrow();

        assertThat(upper.id()).isEqualTo("made:upper_body:0:dumbbells");
        assertThat(upper.name()).isEqualTo("upper body workout with dumbbells");
        assertThat(exercises(upper)).as("push ups become floor presses, pressed the same way")
                .containsExactly("floor_press", "bent_over_row", "shoulder_press", "biceps_curl");
        assertThat(full.name()).isEqualTo("full body with dumbbells");
        assertThat(exercises(full)).as("no squat with dumbbells in the catalogue: squats stay")
                .containsExactly("squat", "floor_press", "bent_over_row", "shoulder_press");
        assertThat(exercises(CATALOGUE.routine(Catalogue.madeId("triceps", 0, Kit.DUMBBELLS)).orElseThrow()))
                .as("no exercise twice: both triceps exercises with dumbbells are in it, so chair dips stay")
                .containsExactly("overhead_triceps_extension", "triceps_kickback", "chair_dip");
        assertThat(CATALOGUE.routine(Catalogue.madeId("upper_body", 45, Kit.DUMBBELLS)).orElseThrow().steps())
                .as("a time box fills with dumbbell exercises too").hasSizeGreaterThan(4)
                .allMatch(step -> step.exercise().equipment() == Equipment.DUMBBELLS);
    }

    @Test
    void withDumbbells_shouldMakeNothing_whenNoExerciseForTheMusclesUsesThem() {
        assertThat(CATALOGUE.routine(Catalogue.madeId("core_focus", 0, Kit.DUMBBELLS))).isEmpty();
        assertThat(CATALOGUE.routine(Catalogue.madeId("squat_focus", 10, Kit.DUMBBELLS))).isEmpty();
    }

    @Test
    void aMadeId_shouldMakeTheSameWorkoutAgain_andOnlyItsCanonicalSpellingIsAccepted() {
        String id = Catalogue.madeId("triceps", 10, false);

        assertThat(id).isEqualTo("made:triceps:10:any");
        assertThat(CATALOGUE.routine(id)).isEqualTo(CATALOGUE.routine(id));
        assertThat(CATALOGUE.routine(id).orElseThrow().id()).isEqualTo(id);
        assertThat(Catalogue.madeId("triceps", 0, false)).as("nothing to make").isEqualTo("triceps");
        assertThat(Catalogue.madeId("triceps", 500, false)).isEqualTo("made:triceps:60:any");
        assertThat(Catalogue.madeId("triceps", 0, Kit.DUMBBELLS)).isEqualTo("made:triceps:0:dumbbells");
        assertThat(CATALOGUE.routine("made:triceps:0:dumbbells").orElseThrow().id()).isEqualTo("made:triceps:0:dumbbells");
        for (String forged : List.of("made:triceps:010:any", "made:triceps:0:any", "made:triceps:3:any",
                "made:triceps:99:any", "made:nothing:10:any", "made:triceps:10:some", "made:made:triceps:10:any:10:any",
                "made:triceps:10:any:x", "made:triceps:10:dumbbell", "made:triceps:0:Dumbbells")) {
            assertThat(CATALOGUE.routine(forged)).as(forged).isEmpty();
        }
    }
}
