package com.mindmusclecoach.skill;

import com.amazon.ask.CustomSkill;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.skill.Conversation.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole conversations through the real skill, from JSON request fixtures, as a user would have them. */
class CoachConversationTest {

    private static final Catalogue CATALOGUE = Catalogue.standard();
    private static final String USER = "amzn1.ask.account.CONVERSATION";

    private InMemoryProgressRepository progress;
    private CustomSkill skill;
    private Conversation user;

    @BeforeEach
    void newSkill() {
        progress = new InMemoryProgressRepository();
        skill = CoachSkill.create(CATALOGUE, progress, null);
        user = new Conversation(skill, USER);
    }

    @Test
    void launch_shouldExplainTheSkillGiveSafetyNoteAndAskForAWorkout_whenUserIsNew() {
        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).contains("Welcome to Mind Muscle Coach").contains("safety")
                .endsWith("Which would you like today: bicep focus, leg day, or chest focus?");
        assertThat(welcome.reprompt()).contains("Which workout would you like?");
        assertThat(welcome.ends()).isFalse();
    }

    @Test
    void launch_shouldSkipTheSafetyNoteAndCountWorkouts_whenUserHasTrainedBefore() {
        progress.save(USER, new UserProgress(2, 12, 96));

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).startsWith("Welcome back").contains("two workouts").doesNotContain("safety");
    }

    @ParameterizedTest
    @CsvSource({
        "start-bicep-focus, bicep_focus, biceps",
        "start-squat-focus, squat_focus, glutes and thighs",
        "start-push-up-focus, push_up_focus, chest"})
    void wholeWorkout_shouldCoachEverySetAndEndWithASummary_forEachSeedExercise(String fixture, String routineId, String muscle) {
        Routine routine = CATALOGUE.routine(routineId).orElseThrow();
        user.say("launch");

        Turn briefing = user.say(fixture);
        assertThat(briefing.speech()).contains("picture").containsIgnoringCase(routine.step(0).exercise().visualization().get(0))
                .contains("Say ready when you are set");
        assertThat(briefing.ssml()).contains("<break time=\"1500ms\"/>").contains("<prosody rate=\"90%\">");

        List<String> sets = new ArrayList<>();
        Turn turn = user.say("ready");
        int setsCoached = 0;
        while (!turn.ends()) {
            String phase = turn.workout().path("phase").asText();
            if (phase.equals("RATING")) {
                setsCoached++;
                sets.add(turn.speech());
                assertThat(turn.speech()).as("a set asks for the rating")
                        .endsWith("How strongly did you feel your " + currentMuscle(turn) + ", one to five?");
                turn = user.say("rate-4");
            } else {
                assertThat(phase).isIn("RESTING", "BRIEFING");
                turn = user.say("ready");
            }
        }

        assertThat(setsCoached).isEqualTo(routine.totalSets());
        String firstSet = sets.get(0);
        assertThat(firstSet).contains("Breathe out").contains("Breathe in").contains("One more!")
                .contains(routine.step(0).exercise().breathing().exhale());
        assertThat(firstSet).containsAnyOf(routine.step(0).exercise().squeeze().toArray(String[]::new));
        assertThat(sets.get(1)).as("set two does not sound like set one").isNotEqualTo(firstSet);
        assertThat(sets.get(0)).contains(muscle.split(" ")[0]);
        assertThat(turn.speech()).contains("done!").contains(routine.totalSets() + "".length() > 0 ? "sets" : "")
                .contains("Your average connection rating was 4.0 out of five").doesNotContain("?");
        assertThat(progress.find(USER)).get().extracting(UserProgress::workoutsCompleted, UserProgress::setsCompleted)
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

        assertThat(turn.speech()).isEqualTo("I don't know a workout called toe focus yet. You could try bicep focus,"
                + " leg day, or chest focus. Which workout would you like?");
        assertThat(turn.ends()).isFalse();
        assertThat(user.say("start-without-workout").speech()).startsWith("I didn't catch which workout.");
    }

    @Test
    void rating_shouldAskAgainWithinTheScale_whenTheNumberIsOutOfRange() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn turn = user.say("rate-eleven");

        assertThat(turn.speech()).isEqualTo("Eleven is off the scale. I need a number from one to five."
                + " How strongly did you feel your biceps, one to five?");
        assertThat(turn.workout().path("phase").asText()).isEqualTo("RATING");
        assertThat(user.say("rate-unheard").speech()).startsWith("I just need a number from one to five, or say skip.");
        assertThat(user.say("rate-5").speech()).startsWith("A five.").contains("Rest for sixty seconds")
                .endsWith("Ready for set two?");
    }

    @Test
    void rest_shouldBeTimedSilenceWithinTheBreakLimit() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn rest = user.say("rate-3");

        assertThat(rest.ssml()).contains("<break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/>"
                + "<break time=\"10s\"/><break time=\"10s\"/><break time=\"6s\"/>");
    }

    @Test
    void pauseAndResume_shouldHoldTheWorkoutAndReturnToTheSameQuestion() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        Turn paused = user.say("pause");
        assertThat(paused.speech()).startsWith("Paused.").endsWith("Shall we carry on?");
        assertThat(user.say("pause").speech()).startsWith("We're already paused.");

        Turn resumed = user.say("resume");
        assertThat(resumed.speech()).isEqualTo("Welcome back. Let's pick it up. Ready for set two?");
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
        assertThat(bye.speech()).isEqualTo("Good work: one set done today. See you next time.");
    }

    @Test
    void controls_shouldAdjustTheWorkoutAndKeepTheQuestion() {
        user.say("start-bicep-focus");

        assertThat(user.say("slower").speech()).startsWith("Slower it is. Three seconds up, squeeze for one, four seconds down.");
        assertThat(user.say("faster").speech()).startsWith("A little quicker, then.");
        assertThat(user.say("reps-1000").speech()).startsWith("I can coach from one to twenty reps a set.");
        assertThat(user.say("reps-10").speech()).startsWith("Got it: ten reps a set from now on.");
        assertThat(user.say("how-many-left").speech()).startsWith("Three sets of ten biceps curls to go, then one more exercise.");
        assertThat(user.say("why").speech()).contains("recruit more of its fibres").endsWith("?");
        assertThat(user.say("repeat").speech()).contains("Let's picture the biceps first.");
        assertThat(user.say("ready").speech()).contains("And that's ten!").doesNotContain("eleven");
    }

    @Test
    void skipping_shouldMoveOnBySetAndByExercise() {
        user.say("start-bicep-focus");
        user.say("ready");

        assertThat(user.say("skip").speech()).startsWith("No problem, we'll skip the rating.");
        assertThat(user.say("next").speech()).startsWith("Skipping set two.").endsWith("Ready for set three?");
        assertThat(user.say("skip-exercise").speech()).startsWith("Okay, moving on from biceps curls. Next up: hammer curls");
        assertThat(user.say("start-over").speech()).startsWith("Starting bicep focus again from the top. First up: biceps curls");
    }

    @Test
    void outOfDomainSpeech_shouldGuideBackWithAQuestion() {
        user.say("start-bicep-focus");

        assertThat(user.say("fallback").speech()).startsWith("Sorry, I didn't catch that. Say ready to start the set.");
        assertThat(user.say("unknown-intent").speech()).startsWith("Sorry, I didn't catch that.");
    }

    @Test
    void sessionEnded_shouldGetNoSpeech() {
        user.say("start-bicep-focus");

        Turn ended = user.say("session-ended");

        assertThat(ended.hasSpeech()).isFalse();
    }

    @Test
    void tamperedSessionAttributes_shouldStartAfreshInsteadOfFailing() {
        ObjectNode tampered = Conversation.JSON.createObjectNode();
        tampered.putObject("workout").put("phase", "RATING").put("routineId", "no_such_routine").put("setNumber", "lots");
        user.forceAttributes(tampered);

        Turn turn = user.say("ready");

        assertThat(turn.speech()).isEqualTo("We haven't picked a workout yet. Which workout would you like?");
    }

    @Test
    void yesAndNo_shouldAnswerTheReadyQuestion() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        assertThat(user.say("no").speech()).isIn("No rush. Take a breath. Ready for set two?",
                "Take your time. Ready for set two?", "That's fine, I'll wait. Ready for set two?");
        assertThat(user.say("yes").speech()).startsWith("Set two of three.");
    }

    private static String currentMuscle(Turn turn) {
        Routine routine = CATALOGUE.routine(turn.workout().path("routineId").asText()).orElseThrow();
        return routine.step(turn.workout().path("exerciseIndex").asInt()).exercise().muscle();
    }
}
