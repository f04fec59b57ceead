package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole session a coach runs, through the real skill: overview, warm-up, equipment, cool-down and close. */
class SessionConversationTest {

    private static final String USER = "amzn1.ask.account.SESSION";

    private InMemoryProgressRepository storage;
    private Echo user;

    @BeforeEach
    void newSkill() {
        storage = new InMemoryProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null), USER);
    }

    @Test
    void start_shouldGiveAnOverview_thenAWarmUpForTheDaysMuscles_thenTheFirstExercise() {
        Turn start = user.say("start-squat-focus");

        assertThat(start.speech()).startsWith("Squat focus. Squats, then glute bridges: five sets, about sixteen minutes.")
                .contains("First, one minute of warm-up. To skip it, just say: Alexa, skip the warm-up.")
                .contains("Do a few slow half squats").contains("Good, you're warm. First up: squats");
        assertThat(start.speech().indexOf("warm-up")).isLessThan(start.speech().indexOf("First up: squats"));
    }

    @Test
    void skipTheWarmUp_shouldGoStraightToTheFirstExercise_andOnlyAtTheStart() {
        user.say("start-bicep-focus");

        Turn skipped = user.say("skip-warm-up");
        user.say("ready");
        Turn later = user.say("skip-warm-up");

        assertThat(skipped.speech()).startsWith("Okay, straight in. First up: biceps curls, three sets of eight.")
                .doesNotContain("March on the spot");
        assertThat(later.speech()).startsWith("We're past the warm-up.").endsWith("?");
    }

    @Test
    void noDumbbells_shouldSwapInABodyweightExercise_orSayWhatToUseInstead() {
        user.say("start-bicep-focus");
        Turn curls = user.say("no-equipment");
        user.say("launch");
        user.say("start-leg-day");
        user.say("skip-exercise");
        user.say("yes");
        user.say("skip-exercise");
        user.say("yes");

        Turn deadlifts = user.say("no-equipment");

        assertThat(curls.speech()).startsWith("No dumbbells? Two full water bottles, or a backpack with a few books in it,"
                + " work well.").endsWith("?");
        assertThat(deadlifts.speech()).startsWith("No dumbbells, no problem. We'll do glute bridges instead: same glutes,"
                + " just your bodyweight. Next up: glute bridges, three sets of twelve.");
        assertThat(user.say("ready").speech()).startsWith("Glute bridges, set one of three.");
    }

    @Test
    void endOfWorkout_shouldOfferACoolDownForTheMusclesTrained_thenCloseWithWhatToTrainNext() {
        Turn finished = finishBicepFocus();

        Turn cooled = user.say("yes");

        assertThat(finished.speech()).contains("And that's bicep focus done!")
                .containsIgnoringCase("short stretch").endsWith("?");
        assertThat(finished.ends()).isFalse();
        assertThat(cooled.ends()).isTrue();
        assertThat(cooled.speech()).startsWith("Let's cool down.").contains("Arm stretch. Reach one arm across your chest")
                .contains("Now switch sides.")
                .endsWith("Great work today. Next time, try squat focus, so these muscles can recover. See you then.");
        UserProgress stored = storage.find(USER).map(StoredProgress::progress).orElseThrow();
        assertThat(stored.workoutsCompleted()).isEqualTo(1);
        assertThat(stored.unfinished()).as("nothing left to pick up").isNull();
    }

    @Test
    void skippingTheCoolDown_shouldCloseAtOnce() {
        finishBicepFocus();

        Turn closed = user.say("skip-cool-down");

        assertThat(closed.ends()).isTrue();
        assertThat(closed.speech()).isEqualTo("Great work today. Next time, try squat focus, so these muscles can recover."
                + " See you then.");
    }

    @Test
    void longOneSidedSet_shouldBeCoachedOneSideAtATime_withAQuestionBetween() {
        user.say("start-single-arm-row");
        user.say("skip-warm-up");
        user.say("reps-20");

        Turn right = user.say("ready");
        Turn left = user.say("ready");

        assertThat(right.speech()).contains("Right side.").doesNotContain("Left side.")
                .contains("And that's twenty! That's the right side.").endsWith("left side?");
        assertThat(left.speech()).startsWith("Left side.").contains("And that's twenty!").endsWith("?");
        assertThat(left.workout().path("phase").asText()).isEqualTo("RATING");
    }

    private Turn finishBicepFocus() {
        Turn turn = user.say("start-bicep-focus");
        while (!turn.workout().path("phase").asText().equals("COOLING_DOWN")) {
            turn = user.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-4" : "ready");
        }
        return turn;
    }
}
