package com.mindmusclecoach.workout;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.mindmusclecoach.workout.Workouts.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped catalogue.json, checked as content a coach edits, and the validation that guards it. */
class CatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The smallest valid catalogue; each parse test breaks one thing in it. */
    private static final String SMALL_CATALOGUE = """
            {
              "exercises": [{
                "id": "curl", "name": "curl", "plural": "curls", "muscle": "biceps", "group": "arms",
                "synonyms": ["bicep curl"],
                "movement": {"first": "lift", "start": "Stand tall, arms long.", "peak": "at the top"},
                "tempo": {"up": 2, "squeeze": 1, "down": 3}, "reps": 8, "lift": "curl", "lower": "lower",
                "visualization": ["Picture your biceps.", "See them shorten."],
                "focus": ["Feel your biceps.", "Only your biceps.", "Keep the tension."],
                "squeeze": ["Squeeze.", "Hold it."],
                "breathing": {"exhale": "Breathe out as you curl.", "inhale": "Breathe in as you lower."},
                "form": "Keep your elbows in.", "rest": "Shake out your arms.", "equipment": "dumbbells"
              }],
              "routines": [{
                "id": "arm_focus", "name": "arm focus", "synonyms": ["arms"], "restSeconds": 60,
                "steps": [{"exercise": "curl", "sets": 3, "reps": 8}]
              }]
            }
            """;

    private static final String NEEDS_SSML_ESCAPING_OR_IS_A_DIGIT = ".*[&<>\"0-9].*";

    @Test
    void standard_shouldHaveFifteenExercisesOrMore_coveringEveryMuscleGroup() {
        assertThat(CATALOGUE.exercises()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(CATALOGUE.exercises()).extracting(Exercise::group).containsOnly(MuscleGroup.values());
    }

    @Test
    void standard_shouldHaveTheAdvertisedRoutines() {
        assertThat(CATALOGUE.routines()).hasSizeGreaterThanOrEqualTo(6).extracting(Routine::id)
                .contains("bicep_focus", "squat_focus", "push_up_focus", "leg_day", "chest_focus", "full_body");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void standard_shouldGiveTheExerciseEveryCue(Exercise exercise) {
        assertThat(exercise.visualization()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(exercise.focus()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(exercise.squeeze()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(exercise.breathing()).isNotNull();
        assertThat(exercise.tempo()).isNotNull();
        assertThat(spokenTexts(exercise)).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void standard_shouldLowerAtLeastAsSlowlyAsItLifts(Exercise exercise) {
        assertThat(exercise.tempo().down()).isGreaterThanOrEqualTo(exercise.tempo().up());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void standard_shouldPlanRepsACoachedSetCanHold_whenTheExerciseIsDoneOnItsOwn(Exercise exercise) {
        assertPlanned(exercise, exercise.reps());
    }

    /** Reps a coached set can hold, or for a timed hold, seconds. */
    private static void assertPlanned(Exercise exercise, int reps) {
        if (exercise.isHold()) {
            assertThat(reps).as("seconds held").isBetween(10, Catalogue.MAX_HOLD_SECONDS);
        } else {
            assertThat(reps).as("reps").isBetween(WorkoutStateMachine.MIN_REPS, WorkoutStateMachine.MAX_REPS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void standard_shouldSpeakOnlyPlainWords_whenNarratingTheExercise(Exercise exercise) {
        assertThat(spokenTexts(exercise)).noneMatch(text -> text.matches(NEEDS_SSML_ESCAPING_OR_IS_A_DIGIT));
    }

    @Test
    void standard_shouldSpeakOnlyPlainWords_whenNamingARoutine() {
        assertThat(CATALOGUE.routines()).extracting(Routine::name)
                .noneMatch(name -> name.matches(NEEDS_SSML_ESCAPING_OR_IS_A_DIGIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void standard_shouldPlanEveryStepWithKnownExercisesAndSensibleNumbers(Routine routine) {
        assertThat(routine.restSeconds()).isPositive();
        assertThat(routine.steps()).isNotEmpty().allSatisfy(step -> {
            assertThat(CATALOGUE.exercise(step.exercise().id())).contains(step.exercise());
            assertThat(step.sets()).isBetween(1, 6);
            assertPlanned(step.exercise(), step.reps());
        });
    }

    @Test
    void phrases_shouldGiveEveryNameAndSynonymOneWorkout_whenReadFromTheStandardCatalogue() {
        assertThatCode(CATALOGUE::phrases).doesNotThrowAnyException();

        assertThat(CATALOGUE.phrases()).allSatisfy((phrase, id) -> {
            assertThat(phrase).isLowerCase();
            assertThat(CATALOGUE.routine(id)).as("workout selected by '%s'", phrase).isPresent();
        });
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "arms, arm_day", "triceps, triceps", "upper body, upper_body",
            "curls, biceps_curl",
            "glutes, squat_focus",
            "pushups, push_up",
            "leg day, leg_day",
            "squat, squat"
    })
    void phrases_shouldSelectTheIntendedWorkout_whenTheUserSaysIt(String phrase, String id) {
        assertThat(CATALOGUE.phrases()).containsEntry(phrase, id);
    }

    @Test
    void phrases_shouldThrow_whenTwoWorkoutsShareAPhraseInAnyCase() {
        ObjectNode root = smallCatalogue();
        ((ArrayNode) root.at("/routines/0/synonyms")).add("Curl");
        Catalogue catalogue = CatalogueFile.parse(root);

        assertThatThrownBy(catalogue::phrases).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'curl' selects two workouts");
    }

    @Test
    void routine_shouldMakeASingleExerciseIntoARoutine_whenGivenAnExerciseId() {
        Exercise squat = CATALOGUE.exercise("squat").orElseThrow();

        Routine routine = CATALOGUE.routine("squat").orElseThrow();

        assertThat(routine.id()).isEqualTo("squat");
        assertThat(routine.name()).as("spoken as \"squats done\"").isEqualTo(squat.plural());
        assertThat(routine.restSeconds()).isEqualTo(Catalogue.SINGLE_EXERCISE_REST_SECONDS);
        assertThat(routine.steps()).containsExactly(new RoutineStep(squat, Catalogue.SINGLE_EXERCISE_SETS, squat.reps()));
    }

    @Test
    void routine_shouldBeEmpty_whenTheIdIsUnknownOrMissing() {
        assertThat(CATALOGUE.routine("yoga_flow")).isEmpty();
        assertThat(CATALOGUE.routine(null)).isEmpty();
    }

    @Test
    void parse_shouldReadEveryField_whenTheCatalogueIsValid() {
        Catalogue catalogue = CatalogueFile.parse(smallCatalogue());

        Exercise curl = catalogue.exercise("curl").orElseThrow();
        assertThat(curl).isEqualTo(new Exercise("curl", "curl", "curls", "biceps", MuscleGroup.ARMS, List.of("bicep curl"),
                new Movement(Movement.Order.LIFT_FIRST, "Stand tall, arms long.", "at the top", false),
                new Tempo(2, 1, 3), 8, "curl", "lower",
                List.of("Picture your biceps.", "See them shorten."),
                List.of("Feel your biceps.", "Only your biceps.", "Keep the tension."),
                List.of("Squeeze.", "Hold it."),
                new Breathing("Breathe out as you curl.", "Breathe in as you lower."),
                "Keep your elbows in.", "Shake out your arms.", Equipment.DUMBBELLS, null, null));
        assertThat(catalogue.routine("arm_focus")).contains(
                new Routine("arm_focus", "arm focus", List.of("arms"), 60, List.of(new RoutineStep(curl, 3, 8))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/exercises/0/id", "/exercises/0/name", "/exercises/0/plural", "/exercises/0/muscle", "/exercises/0/group",
            "/exercises/0/synonyms", "/exercises/0/tempo", "/exercises/0/tempo/down", "/exercises/0/reps",
            "/exercises/0/lift", "/exercises/0/lower", "/exercises/0/visualization", "/exercises/0/focus",
            "/exercises/0/squeeze", "/exercises/0/breathing", "/exercises/0/breathing/inhale", "/exercises/0/form",
            "/exercises/0/rest", "/routines/0/id", "/routines/0/name", "/routines/0/synonyms", "/routines/0/restSeconds",
            "/routines/0/steps/0/exercise", "/routines/0/steps/0/sets", "/routines/0/steps/0/reps"})
    void parse_shouldRejectTheCatalogue_whenAFieldIsMissing(String field) {
        ObjectNode root = smallCatalogue();
        JsonPointer pointer = JsonPointer.compile(field);
        ((ObjectNode) root.at(pointer.head())).remove(pointer.last().getMatchingProperty());

        assertThatThrownBy(() -> CatalogueFile.parse(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(pointer.last().getMatchingProperty());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /exercises/0/name                | "  "
            /exercises/0/reps                | 0
            /exercises/0/reps                | "eight"
            /exercises/0/tempo/up            | 0
            /exercises/0/focus               | ["Feel your biceps.", "Only your biceps."]
            /exercises/0/visualization       | ["Picture your biceps."]
            /exercises/0/squeeze             | ["Squeeze.", ""]
            /exercises/0/group               | "wings"
            /routines/0/restSeconds          | -60
            /routines/0/steps/0/sets         | 0
            /routines/0/steps/0/reps         | "eight"
            /routines/0/steps/0/exercise     | "deadlift"
            /routines/0/steps                | []
            """)
    void parse_shouldRejectTheCatalogueNamingTheEntry_whenAFieldIsWrong(String field, String json) throws Exception {
        ObjectNode root = smallCatalogue();
        JsonPointer pointer = JsonPointer.compile(field);
        ((ObjectNode) root.at(pointer.head())).set(pointer.last().getMatchingProperty(), JSON.readTree(json));
        String entry = field.startsWith("/routines") ? "arm_focus" : "curl";

        assertThatThrownBy(() -> CatalogueFile.parse(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry);
    }

    @Test
    void parse_shouldRejectTheCatalogue_whenARoutineNamesAnUnknownExercise() {
        ObjectNode root = smallCatalogue();
        ((ObjectNode) root.at("/routines/0/steps/0")).put("exercise", "deadlift");

        assertThatThrownBy(() -> CatalogueFile.parse(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown exercise deadlift");
    }

    @Test
    void parse_shouldRejectTheCatalogue_whenTwoExercisesShareAnId() {
        ObjectNode root = smallCatalogue();
        ArrayNode exercises = (ArrayNode) root.get("exercises");
        exercises.add(exercises.get(0).deepCopy());

        assertThatThrownBy(() -> CatalogueFile.parse(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate exercise id curl");
    }

    @Test
    void parse_shouldRejectTheCatalogue_whenTwoRoutinesShareAnId() {
        ObjectNode root = smallCatalogue();
        ArrayNode routines = (ArrayNode) root.get("routines");
        ((ObjectNode) routines.add(routines.get(0).deepCopy()).get(1)).put("name", "other arm focus");

        assertThatThrownBy(() -> CatalogueFile.parse(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate routine id arm_focus");
    }

    @Test
    void parse_shouldRejectTheCatalogue_whenARoutineTakesAnExercisesId() {
        ObjectNode root = smallCatalogue();
        ((ObjectNode) root.at("/routines/0")).put("id", "curl");

        assertThatThrownBy(() -> CatalogueFile.parse(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate routine id curl");
    }

    @Test
    void parse_shouldRejectTheCatalogue_whenItHasNoRoutines() {
        ObjectNode withoutRoutines = smallCatalogue();
        withoutRoutines.putArray("routines");

        assertThatThrownBy(() -> CatalogueFile.parse(withoutRoutines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs exercises and routines");
        assertThatThrownBy(() -> CatalogueFile.parse(JSON.createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs exercises and routines");
    }

    static Stream<Exercise> exercises() {
        return CATALOGUE.exercises().stream();
    }

    static Stream<Routine> routines() {
        return CATALOGUE.routines().stream();
    }

    private static List<String> spokenTexts(Exercise e) {
        List<String> texts = new ArrayList<>(List.of(e.name(), e.plural(), e.muscle(),
                e.breathing().exhale(), e.breathing().inhale(), e.form(), e.rest(), e.movement().start()));
        if (!e.isHold()) {
            texts.addAll(List.of(e.lift(), e.lower(), e.movement().peak()));
        }
        texts.addAll(e.visualization());
        texts.addAll(e.focus());
        texts.addAll(e.squeeze());
        return texts;
    }

    private static ObjectNode smallCatalogue() {
        try {
            return (ObjectNode) JSON.readTree(SMALL_CATALOGUE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
