package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.local.ChatScript.Exchange;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 1: workouts asked for in people's words, typed into the local text coach, resolved by the en-US
 * interaction model into requests to the real skill; what the coach says back is what a user would hear.
 */
class PeoplesWordsChatTest {

    private static final String USER = "amzn1.ask.account.peoples-words";
    private static final Catalogue CATALOGUE = CatalogueFile.standard();

    private InMemoryProgressRepository storage;

    @BeforeEach
    void newStorage() {
        storage = new InMemoryProgressRepository();
    }

    @ParameterizedTest(name = "\"{0}\" starts {1}")
    @CsvSource(delimiter = '|', value = {
            "i want to work my arms | Arm day. Biceps curls, overhead triceps extensions",
            "something for my chest | Chest focus. Push ups",
            "triceps | Triceps workout. Overhead triceps extensions",
            "train my triceps | Triceps workout.",
            "upper body | Upper body workout. Push ups, bent over rows",
            "let's do biceps | Bicep focus.",
            "lower body | Leg day.",
            "legs | Leg day.",
            "glutes | Squat focus.",
            "work my back | Back focus.",
            "shoulders | Shoulder focus.",
            "abs | Core focus.",
            "core | Core focus.",
            "full body | Full body.",
            "hamstrings | Hamstrings workout. Romanian deadlifts, then glute bridges",
            "push ups | Push ups.",
    })
    void aMuscleOrRegion_shouldStartAWorkoutForIt(String typed, String start) throws Exception {
        String heard = ChatScript.heard(chat(typed, "stop"), typed);

        assertThat(heard).startsWith(start).contains("Let's build that connection.").endsWith("?");
    }

    @ParameterizedTest(name = "\"{0}\" starts {1}")
    @CsvSource(delimiter = '|', value = {
            "a quick ten minute workout | Ten minute full body. Squats, then push ups: four sets, about eleven minutes.",
            "something short | Ten minute full body.",
            "i only have fifteen minutes | Fifteen minute full body.",
            "a ten minute triceps workout | Ten minute triceps workout.",
            "a short leg workout | Ten minute leg day. Squats: three sets, about nine minutes.",
            "chest for twenty minutes | Twenty minute chest focus.",
    })
    void aTimeBox_shouldStartAWorkoutSizedToIt(String typed, String start) throws Exception {
        assertThat(ChatScript.heard(chat(typed, "stop"), typed)).startsWith(start).endsWith("?");
    }

    /** A slower tempo makes every set longer: the workout asked for by time has fewer sets, not more minutes. */
    @Test
    void aTimeBox_shouldBeSizedAtTheUsersPace() throws Exception {
        String usual = ChatScript.heard(chat("a ten minute triceps workout", "stop"), "a ten minute triceps workout");
        List<Exchange> chat = chat("slower", "slower", "a ten minute triceps workout", "how long is this workout", "stop");

        String slower = ChatScript.heard(chat, "a ten minute triceps workout");
        assertThat(slower).startsWith("Ten minute triceps workout.").containsPattern("about (nine|ten|eleven) minutes");
        assertThat(sets(slower)).as("fewer sets at two seconds slower a phase").isLessThan(sets(usual));
        assertThat(ChatScript.heard(chat, "how long is this workout")).containsPattern("about (nine|ten|eleven) minutes");
    }

    @Test
    void theSameTimedWorkoutAskedForAgain_atAnotherPace_shouldBeStartingOver_notASwitch() throws Exception {
        List<Exchange> chat = chat("a ten minute triceps workout", "skip the warm up", "ready", "four", "slower",
                "a ten minute triceps workout", "stop");
        assertThat(chat.stream().filter(e -> e.typed().equals("a ten minute triceps workout")).skip(1).findFirst()
                .map(Exchange::printed).orElseThrow()).contains("again from the top?").doesNotContain("switch to");
    }

    private static int sets(String overview) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": (\\w+) sets,").matcher(overview);
        assertThat(m.find()).as(overview).isTrue();
        return java.util.stream.IntStream.rangeClosed(1, 40)
                .filter(n -> com.mindmusclecoach.workout.NumberWords.of(n).equals(m.group(1))).findFirst().orElseThrow();
    }

    @Test
    void equipment_shouldShapeTheWorkout() throws Exception {
        List<Exchange> chat = chat("triceps with no equipment", "stop", "open mind muscle coach", "no equipment", "stop",
                "open mind muscle coach", "upper body with dumbbells", "stop", "open mind muscle coach",
                "a twenty minute upper body workout without equipment", "stop");

        assertThat(ChatScript.heard(chat, "triceps with no equipment")).startsWith("Triceps workout without equipment. Chair dips:")
                .doesNotContain("dumbbell");
        assertThat(ChatScript.heard(chat, "no equipment")).as("before a workout, 'no equipment' asks for one")
                .startsWith("Full body without equipment. Squats, push ups and pike push ups:");
        assertThat(ChatScript.heard(chat, "upper body with dumbbells"))
                .startsWith("Upper body workout with dumbbells. Floor presses, bent over rows, shoulder presses and biceps curls:");
        assertThat(ChatScript.heard(chat, "a twenty minute upper body workout without equipment"))
                .startsWith("Twenty minute upper body workout without equipment. Push ups, pike push ups and chair dips:");
    }

    @ParameterizedTest(name = "\"{0}\" starts {1}")
    @CsvSource(delimiter = '|', value = {
            "a dumbbell workout | Full body with dumbbells. Squats, floor presses, bent over rows and shoulder presses:",
            "arms with weights | Arm day with dumbbells. Biceps curls,",
            "a dumbbell chest workout | Chest focus with dumbbells.",
            "a ten minute chest workout with dumbbells | Ten minute chest focus with dumbbells.",
            "core with dumbbells | Core focus as usual, since I have no dumbbell version of it. Crunches,",
            "bicep focus without equipment | Bicep focus as usual, since I have no version of it without equipment.",
    })
    void dumbbells_shouldBeUsedWhereTheyFit_andSaidPlainlyWhereNothingDoes(String typed, String start) throws Exception {
        assertThat(ChatScript.heard(chat(typed, "stop"), typed)).startsWith(start)
                .contains("Let's build that connection.").endsWith("?");
    }

    @Test
    void aBareNumber_afterTheWeightIsInvited_shouldBeTheWeight_andThenARatingAgain() throws Exception {
        List<Exchange> chat = chat("start bicep focus", "skip the warm up", "ready", "four", "twelve", "next", "five",
                "stop");

        assertThat(ChatScript.heard(chat, "four")).contains("like: I used twelve pounds");
        assertThat(ChatScript.heard(chat, "twelve")).startsWith("Got it: twelve pounds for biceps curls.");
        assertThat(ChatScript.heard(chat, "five")).containsAnyOf("A five.", "Five!").doesNotContain("Got it");
    }

    @Test
    void noEquipment_duringAWorkout_shouldStillSwapTheExercise_notStartAnother() throws Exception {
        List<Exchange> chat = chat("start leg day", "skip this exercise", "yes", "skip this exercise", "yes",
                "no equipment", "stop");

        assertThat(ChatScript.heard(chat, "no equipment")).startsWith("No dumbbells, no problem. We'll do glute bridges instead");
    }

    @Test
    void surpriseMe_shouldStartANamedRoutine_butNotTheOneDoneLastTime() throws Exception {
        for (int i = 0; i < 12; i++) {
            storage = new InMemoryProgressRepository();
            List<Exchange> chat = chat("start bicep focus", "skip the warm up", "ready", "four", "stop",
                    "open mind muscle coach", "surprise me", "stop");
            String surprise = ChatScript.heard(chat, "surprise me");
            assertThat(CATALOGUE.routinesInOrder()).as(surprise)
                    .anyMatch(r -> surprise.startsWith(capitalized(r.name()) + "."));
            assertThat(surprise).doesNotStartWith("Bicep focus.").contains("Let's build that connection.");
        }
    }

    @Test
    void questions_shouldBeAnswered_thenTheWorkoutsQuestionAskedAgain() throws Exception {
        List<Exchange> chat = chat("what can i train", "what exercises are there", "how long is this workout",
                "what's next", "start bicep focus", "skip the warm up", "how long is this workout", "what's next",
                "ready", "four", "how long is left", "what's next", "stop");

        assertThat(ChatScript.heard(chat, "what can i train")).startsWith("You can train arms, biceps, triceps, chest, back,")
                .contains("upper body").contains("full body").contains("or say with dumbbells or no equipment.")
                .endsWith("Which workout shall we do?");
        assertThat(ChatScript.heard(chat, "what exercises are there")).startsWith("I know twenty eight exercises. Arms: biceps curls,")
                .contains("Core: bird dogs, crunches, planks and reverse crunches.").endsWith("?");
        List<String> questions = chat.stream().filter(e -> e.typed().startsWith("how long")).map(e -> ChatScript.heard(chat, e.typed()))
                .toList();
        assertThat(questions.get(0)).startsWith("Most workouts here take").contains("ask for a ten minute workout");
        assertThat(ChatScript.heard(chat, "what's next")).startsWith("Nothing's started yet.");
        List<String> during = chat.stream().filter(e -> e.typed().startsWith("how long") || e.typed().equals("what's next"))
                .skip(2).map(Exchange::printed).toList();
        assertThat(during.get(0)).contains("Bicep focus takes about thirteen minutes in all, and about")
                .contains("ready when you are set.");
        assertThat(during.get(1)).contains("Biceps curls, set one of three. After that, hammer curls.");
        assertThat(during.get(2)).contains("Bicep focus takes about thirteen minutes in all, and about")
                .contains("set two?");
        assertThat(during.get(3)).contains("Biceps curls, set two of three. After that, hammer curls.");
    }

    @Test
    void aReturningUser_shouldBeOfferedTodaysSuggestion_andYesStartsIt() throws Exception {
        storage.put(USER, new UserProgress(3, Map.of("biceps_curl", new ExerciseTotals(9, 72),
                "squat", new ExerciseTotals(6, 60)), List.of(), null, null, 0, "bicep_focus",
                com.mindmusclecoach.workout.Preferences.DEFAULT, null, null, List.of(), List.of()), 0);

        List<Exchange> chat = chat("yes", "stop");

        String welcome = chat.get(0).printed();
        // Nothing trained this week: what follows the last workout in the catalogue, other muscles (see WeekPlan).
        assertThat(welcome).contains("Welcome back. Last time you did bicep focus. How about leg day today?");
        assertThat(ChatScript.heard(chat, "yes")).startsWith("Leg day.");
    }

    @Test
    void noToTodaysSuggestion_shouldAskWhatInstead_notClose() throws Exception {
        storage.put(USER, new UserProgress(1, Map.of("biceps_curl", new ExerciseTotals(3, 24)), List.of(), null, null, 0,
                "bicep_focus", com.mindmusclecoach.workout.Preferences.DEFAULT, null, null, List.of(), List.of()), 0);

        List<Exchange> chat = chat("no", "triceps", "stop");

        assertThat(ChatScript.heard(chat, "no")).isEqualTo("No problem. Name a muscle, a time, or say surprise me."
                + " Which workout shall we do?");
        assertThat(ChatScript.heard(chat, "triceps")).startsWith("Triceps workout.");
    }

    @Test
    void aNewUser_shouldBeOfferedThreeChoices() throws Exception {
        List<Exchange> chat = chat("stop");

        assertThat(chat.get(0).printed()).contains("Which would you like today: bicep focus, leg day, or chest focus?");
    }

    @Test
    void aMadeWorkout_shouldBeOfferedAgainAfterStopping_andPickUpWhereItWas() throws Exception {
        List<Exchange> chat = chat("a ten minute triceps workout", "skip the warm up", "ready", "four", "stop",
                "open mind muscle coach", "yes", "how long is left");

        assertThat(stored().unfinished().routineId()).isEqualTo("made:triceps:10:any");
        String reopened = chat.stream().filter(e -> e.typed().equals("open mind muscle coach"))
                .reduce((first, second) -> second).orElseThrow().printed();
        assertThat(reopened).contains("Pick up ten minute triceps workout at set two");
        assertThat(ChatScript.heard(chat, "yes")).isEqualTo("Let's pick it up. Shall we go for set two?");
        assertThat(ChatScript.heard(chat, "how long is left")).startsWith("Ten minute triceps workout takes about eleven minutes in all,"
                + " and about nine minutes are left.");
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private List<Exchange> chat(String... lines) throws Exception {
        return ChatScript.chat(CoachSkill.create(CATALOGUE, storage, null), USER, lines);
    }

    private UserProgress stored() {
        return storage.find(USER).map(StoredProgress::progress).orElseThrow();
    }
}
