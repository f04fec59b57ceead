package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.amazon.ask.CustomSkill;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole conversations through the real skill, from JSON request fixtures, as a user would have them. */
class CoachConversationTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final String USER = "amzn1.ask.account.CONVERSATION";
    private static final List<String> SPOKEN_NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private InMemoryProgressRepository progress;
    private CustomSkill skill;
    private Echo user;

    @BeforeEach
    void newSkill() {
        progress = new InMemoryProgressRepository();
        skill = CoachSkill.create(CATALOGUE, progress, null);
        user = Echo.inProcess(skill, USER);
    }

    @Test
    void launch_shouldExplainTheSkillGiveSafetyNoteAndAskForAWorkout_whenUserIsNew() {
        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).contains("Welcome to Mind Muscle Coach").contains("stop if anything hurts")
                .endsWith("Which would you like today: bicep focus, leg day, or chest focus?");
        assertThat(welcome.reprompt()).contains("Which workout would you like?");
        assertThat(welcome.ends()).isFalse();
    }

    @Test
    void launch_shouldSkipTheSafetyNoteAndNameTheLastWorkout_whenUserHasTrainedBefore() {
        LocalDate longAgo = LocalDate.of(2026, 1, 5);
        progress.put(USER, UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("leg_day"),
                new ProgressChange.SetDone("squat", 10, longAgo),
                new ProgressChange.WorkoutDone(longAgo), new ProgressChange.WorkoutDone(longAgo))), 0);

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).isEqualTo("Welcome back. Last time you did leg day. How about arm day today?");
    }

    @ParameterizedTest
    @CsvSource({
        "start-bicep-focus, bicep_focus, biceps",
        "start-squat-focus, squat_focus, glutes and thighs",
        "start-push-up-focus, push_up_focus, chest"})
    void wholeWorkout_shouldCoachEverySetAndEndWithASummary_forEachSeedExercise(String fixture, String routineId, String muscle) {
        Routine routine = CATALOGUE.routine(routineId).orElseThrow();
        user.say("launch");
        assertThat(user.say("help").speech()).startsWith("Name a workout, like bicep focus");
        assertThat(user.say("start-toe-focus").speech()).startsWith("I don't know a workout called toe focus yet.");

        Turn briefing = user.say(fixture);
        assertThat(briefing.speech()).contains("Let's picture the " + muscle + " first.")
                .contains(routine.step(0).exercise().visualization().get(0)).containsIgnoringCase("say ready when you are set");
        assertThat(briefing.ssml()).contains("<break time=\"1500ms\"/>").contains("<prosody rate=\"90%\">");
        String help = user.say("help").speech();
        assertThat(help).startsWith("Say ready to start the set.");
        if (routine.step(0).exercise().needsWeights()) {
            assertThat(help).contains("I don't have dumbbells");
        } else {
            assertThat(help).as("no dumbbells to do without").doesNotContain("dumbbells");
        }

        Turn firstSet = user.say("ready");
        assertThat(firstSet.speech()).contains("Breathe out").contains("Breathe in").contains("Last one.")
                .contains(routine.step(0).exercise().breathing().exhale())
                .containsAnyOf(routine.step(0).exercise().squeeze().toArray(String[]::new))
                .containsPattern("(How strongly did you feel your|how strongly did you feel your) " + muscle);
        assertThat(user.say("help").speech()).startsWith("Rate how strongly you felt your " + muscle);
        assertThat(user.say("rate-eleven").speech()).startsWith("Eleven is o").contains("from one to five");

        Turn rest = user.say("rate-4");
        assertThat(rest.speech()).startsWith("A four.").containsPattern("(Ready for|go for) set two\\?$");
        assertThat(user.say("help").speech()).startsWith("Say ready for the next set.");
        assertThat(user.say("pause").speech()).startsWith("Paused.");
        assertThat(user.say("help").speech()).startsWith("We're paused. Say resume");
        assertThat(user.say("resume").speech()).startsWith("Let's pick it up.").contains("set two?");

        List<String> sets = new ArrayList<>(List.of(firstSet.speech()));
        Turn turn = user.say("ready");
        while (!turn.ends()) {
            String phase = turn.workout().path("phase").asText();
            if (phase.equals("RATING")) {
                sets.add(turn.speech());
                assertThat(turn.speech()).as("a set asks for the rating").contains("one to five").contains(currentMuscle(turn));
                turn = user.say("rate-4");
            } else if (phase.equals("COOLING_DOWN")) {
                break;
            } else {
                assertThat(phase).isIn("RESTING", "BRIEFING");
                turn = user.say("ready");
            }
        }

        assertThat(sets).hasSize(routine.totalSets());
        assertThat(sets.get(1)).as("set two does not sound like set one").isNotEqualTo(sets.get(0));
        assertThat(turn.speech()).contains(routine.name() + " done!")
                .contains(SPOKEN_NUMBERS.get(routine.totalSets()) + " sets")
                .contains("Your connection averaged four out of five.").endsWith("?");
        Turn closing = user.say("yes");
        assertThat(closing.ends()).isTrue();
        assertThat(closing.speech()).startsWith("Let's cool down.").contains("stretch")
                .containsPattern("Great work today\\. Next time, try [a-z ]+, so these muscles can recover\\. See you then\\.$");
        assertThat(progress.find(USER)).get().extracting(StoredProgress::progress)
                .extracting(UserProgress::workoutsCompleted, UserProgress::setsCompleted)
                .containsExactly(1, routine.totalSets());
    }

    @Test
    void oneShotStart_shouldBeginTheWorkout_withoutALaunchFirst() {
        Turn turn = user.say("start-bicep-focus");

        assertThat(turn.speech()).startsWith("Bicep focus.").contains("First up: biceps curls, three sets of eight");
        assertThat(turn.ends()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"lets-do-biceps, Bicep focus", "train-my-chest, Chest focus", "start-leg-day, Leg day"})
    void start_shouldResolveWhatWasSaid_toTheRightWorkout(String fixture, String announced) {
        assertThat(user.say(fixture).speech()).startsWith(announced + ".");
    }

    @Test
    void start_shouldNameTheUnknownWorkoutAndSuggestOthers_whenNothingMatches() {
        user.say("launch");

        Turn turn = user.say("start-toe-focus");

        assertThat(turn.speech()).startsWith("I don't know a workout called toe focus yet. You could try bicep focus,"
                + " leg day, or chest focus. Which workout");
        assertThat(turn.ends()).isFalse();
        assertThat(user.say("start-without-workout").speech()).startsWith("I didn't catch which workout.");
    }

    @Test
    void rating_shouldAskAgainWithinTheScale_whenTheNumberIsOutOfRange() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn turn = user.say("rate-eleven");

        assertThat(turn.speech()).matches("Eleven is o.* the scale\\. .* from one to five\\. .*feel your biceps.*\\?");
        assertThat(turn.workout().path("phase").asText()).isEqualTo("RATING");
        assertThat(user.say("rate-unheard").speech()).startsWith("I just need a number from one to five, or say skip.");
        assertThat(user.say("rate-5").speech()).startsWith("A five.").contains("Rest, sixty seconds.")
                .endsWith("set two?");
    }

    @Test
    void rest_shouldBeTimedSilenceWithinTheBreakLimit() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn rest = user.say("rate-3");

        assertThat(rest.speech()).contains("Rest, sixty seconds.").contains("Thirty seconds to go.")
                .contains("Ten seconds. Get into position. Stand tall with a dumbbell in each hand");
        assertThat(rest.ssml()).startsWith("<speak>A three.")
                .containsOnlyOnce("<audio src=\"soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01\"/>")
                .containsOnlyOnce("<audio src=\"soundbank://soundlibrary/musical/amzn_sfx_bell_med_chime_02\"/>");
        int silence = java.util.regex.Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>").matcher(rest.ssml()).results()
                .mapToInt(m -> Integer.parseInt(m.group(1)) * (m.group(2).equals("s") ? 1000 : 1)).sum();
        int words = rest.speech().substring(rest.speech().indexOf("Rest,"), rest.speech().indexOf("Shall we go"))
                .split("\\s+").length;
        assertThat(silence + words * 400).as("the rest lasts as long as announced").isBetween(57_000, 63_000);
    }

    @Test
    void pauseAndResume_shouldHoldTheWorkoutAndReturnToTheSameQuestion() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        Turn paused = user.say("pause");
        assertThat(paused.speech()).startsWith("Paused.").contains("resume").endsWith("?");
        assertThat(user.say("pause").speech()).startsWith("We're already paused.");

        Turn resumed = user.say("resume");
        assertThat(resumed.speech()).startsWith("Let's pick it up.").endsWith("set two?");
        assertThat(user.say("ready").speech()).startsWith("Set two of three.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "launch|                                      Name a workout, like bicep focus",
        "start-bicep-focus|                           Say ready to start the set.",
        "ready|                                       Rate how strongly you felt your biceps",
        "rate-4|                                      Say ready for the next set.",
        "pause|                                       We're paused. Say resume"})
    void help_shouldExplainWhatCanBeSaidInEachPhase(String lastStep, String expected) {
        List<String> steps = List.of("launch", "start-bicep-focus", "ready", "rate-4", "pause");
        for (String step : steps.subList(0, steps.indexOf(lastStep) + 1)) {
            user.say(step);
        }

        Turn help = user.say("help");

        assertThat(help.speech()).startsWith(expected).contains("?");
        assertThat(help.ends()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop", "cancel", "navigate-home"})
    void stop_shouldEndAtOnceWithoutAQuestion(String fixture) {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn bye = user.say(fixture);

        assertThat(bye.ends()).isTrue();
        assertThat(bye.speech()).isEqualTo("Good work: one set done today. I'll keep your place, so we can pick up where you left off. See you next time.");
    }

    @Test
    void controls_shouldAdjustTheWorkoutAndKeepTheQuestion() {
        user.say("start-bicep-focus");

        assertThat(user.say("slower").speech()).startsWith("Slower it is. Three seconds to curl, squeeze at the top, and four to lower.");
        assertThat(user.say("faster").speech()).startsWith("A little quicker, then.");
        assertThat(user.say("reps-1000").speech()).startsWith("I can coach from one to twenty reps a set.");
        assertThat(user.say("reps-10").speech()).startsWith("Got it: ten reps a set from now on.");
        assertThat(user.say("how-many-left").speech()).startsWith("Three sets of ten biceps curls to go, then one more exercise.");
        assertThat(user.say("why").speech()).contains("recruit more of its fibres").endsWith("?");
        assertThat(user.say("repeat").speech()).contains("Let's picture the biceps first.");
        assertThat(user.say("ready").speech()).contains("And that's ten!").doesNotContain("eleven");
    }

    @Test
    void next_shouldStartTheComingSet_whenSaidDuringARest() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        Turn next = user.say("next");

        assertThat(next.speech()).startsWith("Set two of three.").contains("That's one.")
                .doesNotContain("Skipping").endsWith("one to five?");
        assertThat(next.workout().path("phase").asText()).isEqualTo("RATING");
        assertThat(next.workout().path("completed")).hasSize(2);
    }

    @Test
    void skipping_shouldMoveOnBySetAndByExercise() {
        user.say("start-bicep-focus");
        user.say("ready");

        assertThat(user.say("skip").speech()).startsWith("No problem, we'll skip the rating.");
        assertThat(user.say("skip").speech()).startsWith("Skipping set two.").endsWith("Ready for set three?");
        Turn asked = user.say("skip-exercise");
        assertThat(asked.speech()).isEqualTo("Shall I skip the rest of biceps curls?");
        assertThat(asked.reprompt()).isEqualTo("Shall I skip the rest of biceps curls? Say yes or no.");
        assertThat(user.say("yes").speech()).startsWith("Okay, moving on from biceps curls. Next up: hammer curls");
        assertThat(user.say("start-over").speech()).as("the curls set would go back to the start: asked first")
                .isEqualTo("You're one set into bicep focus. Shall I start bicep focus again from the top?");
        assertThat(user.say("yes").speech()).startsWith("Starting bicep focus again from the top. First up: biceps curls");
    }

    @Test
    void startOverMidWorkout_shouldAskFirst_andNoShouldCarryOnWhereWeWere() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        Turn asked = user.say("start-over");
        Turn kept = user.say("no");

        assertThat(asked.speech()).isEqualTo("You're one set into bicep focus. Shall I start bicep focus again from the top?");
        assertThat(asked.ends()).isFalse();
        assertThat(kept.speech()).startsWith("Okay, we'll carry on.").containsPattern("set two\\?$");
        assertThat(kept.workout().path("phase").asText()).isEqualTo("RESTING");
        assertThat(user.say("start-leg-day").speech()).isEqualTo("You're one set into bicep focus. Shall we switch to leg day?");
        assertThat(user.say("yes").speech()).startsWith("Leg day.");
    }

    @Test
    void outOfDomainSpeech_shouldGuideBackWithAQuestion() {
        user.say("start-bicep-focus");

        String first = user.say("fallback").speech();
        String second = user.say("unknown-intent").speech();
        String third = user.say("fallback").speech();

        assertThat(first).containsAnyOf("Sorry, I didn't catch that.", "Hmm, I missed that.").contains("Say ready to start the set.");
        assertThat(second).containsAnyOf("Sorry, I didn't catch that.", "Hmm, I missed that.");
        assertThat(first).as("the same words are not said three times in a row").isNotEqualTo(second);
        assertThat(second).isNotEqualTo(third);
    }

    @Test
    void sessionEnded_shouldGetNoSpeech() {
        user.say("start-bicep-focus");

        Turn ended = user.say("session-ended");

        assertThat(ended.hasSpeech()).isFalse();
    }

    @Test
    void tamperedSessionAttributes_shouldStartAfreshInsteadOfFailing() {
        ObjectNode tampered = Requests.JSON.createObjectNode();
        tampered.putObject("workout").put("phase", "RATING").put("routineId", "no_such_routine").put("setNumber", "lots");
        user.forceAttributes(tampered);

        Turn turn = user.say("ready");

        assertThat(turn.speech()).containsAnyOf("We haven't picked a workout yet.", "First, let's choose a workout.")
                .contains("Which workout");
        assertThat(turn.workout().path("phase").asText()).isEqualTo("CHOOSING");
    }

    @Test
    void repeatedMisplacedRequests_shouldNeverHearTheSameSentenceThreeTimesInARow() {
        List<String> heard = new ArrayList<>();
        for (String fixture : List.of("ready", "how-many-left", "next", "skip-exercise", "pause", "rate-4", "rate-5", "rate-3")) {
            heard.addAll(List.of(user.say(fixture).speech().split("(?<=[.?!]) ")));
        }

        for (int i = 2; i < heard.size(); i++) {
            assertThat(heard.get(i).equals(heard.get(i - 1)) && heard.get(i).equals(heard.get(i - 2)))
                    .as("'%s' three times in a row", heard.get(i)).isFalse();
        }
    }

    @Test
    void yesAndNo_shouldAnswerTheReadyQuestion() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        assertThat(user.say("no").speech()).containsAnyOf("No rush.", "Take your time.", "I'll wait.").endsWith("set two?");
        assertThat(user.say("yes").speech()).startsWith("Set two of three.");
    }

    private static String currentMuscle(Turn turn) {
        Routine routine = CATALOGUE.routine(turn.workout().path("routineId").asText()).orElseThrow();
        return routine.step(turn.workout().path("exerciseIndex").asInt()).exercise().muscle();
    }
}
