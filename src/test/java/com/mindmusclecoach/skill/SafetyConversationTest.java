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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pain, dizziness and honest effort through the real skill, from JSON fixtures: what the trainee hears, what the
 * workout does next, and what is stored.
 */
class SafetyConversationTest {

    private static final String USER = "amzn1.ask.account.SAFETY";

    private InMemoryProgressRepository storage;
    private Echo user;

    @BeforeEach
    void newSkill() {
        storage = new InMemoryProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null,
                Clock.fixed(Instant.parse("2026-11-30T18:00:00Z"), ZoneOffset.UTC)), USER);
    }

    private UserProgress stored() {
        return storage.find(USER).map(StoredProgress::progress).orElseThrow();
    }

    @Test
    void pain_shouldStopTheSet_notCountIt_andOfferTheGentlerExercise() {
        user.say("train-my-chest");
        user.say("ready");

        Turn pain = user.say("pain-knee");

        assertThat(pain.speech()).isIn("Stop there. Pain in your knee is a signal, not effort, so we don't push"
                + " through it. That set won't count. If you'd rather move on, say skip. Shall we switch to incline push"
                + " ups instead?",
                "Let's stop that. Pain in your knee is a signal, not effort, so we don't push"
                + " through it. That set won't count. If you'd rather move on, say skip. Shall we switch to incline push"
                + " ups instead?");
        assertThat(pain.ends()).isFalse();
        assertThat(pain.speech()).doesNotContain("A four").doesNotContain("one to five");
        assertThat(stored().setsCompleted()).as("the set that hurt is not stored as done").isZero();
        assertThat(stored().painReports()).singleElement()
                .satisfies(report -> assertThat(report.bodyPart()).isEqualTo("knee"));

        Turn swapped = user.say("yes");
        assertThat(swapped.speech()).startsWith("Let's switch to incline push ups: easier on your body, and still your chest."
                + " Next up: incline push ups, three sets of ten.");
        assertThat(user.say("ready").speech()).startsWith("Incline push ups, set one of three.")
                .contains("Breathe in as you lower in.");
    }

    @Test
    void swapAfterTheFirstSet_shouldNameTheNewExercise_andSayItsBreathing() {
        user.say("train-my-chest");
        user.say("ready");
        user.say("rate-4");
        user.say("ready");
        user.say("pain-knee");
        user.say("yes");

        assertThat(user.say("ready").speech()).startsWith("Incline push ups, set two of three.")
                .contains("Breathe in as you lower in.");
    }

    @Test
    void painTwiceInTwoWeeks_shouldReferTheUserToAProfessional() {
        user.say("start-squat-focus");
        user.say("pain-knee");
        user.say("stop");
        user.say("launch");
        user.say("start-squat-focus");

        Turn again = user.say("pain-knee");

        assertThat(again.speech()).contains("That's twice in two weeks for your knee. Please have it checked by a doctor"
                + " or physiotherapist before you train it again.");
        assertThat(stored().painReports()).hasSize(2);
    }

    @Test
    void dizziness_shouldEndTheSessionWithCare_andKeepNoSetItStopped() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn dizzy = user.say("dizzy");

        assertThat(dizzy.ends()).isTrue();
        assertThat(dizzy.speech()).startsWith("Stop right there and sit or lie down.").contains("medical help");
        assertThat(stored().setsCompleted()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"launch", "start-bicep-focus", "pause"})
    void pain_shouldGetACalmSpokenWayForward_inAnyPhase(String before) {
        user.say("launch");
        if (!before.equals("launch")) {
            user.say("start-bicep-focus");
        }
        if (before.equals("pause")) {
            user.say("pause");
        }

        Turn pain = user.say("pain-unnamed");

        assertThat(pain.speech()).containsAnyOf("Pain is a signal, not effort", "I'm sorry it hurts.");
        assertThat(pain.ends()).isFalse();
        assertThat(pain.speech()).endsWith("?");
    }

    @Test
    void tooHardAndTooEasy_shouldChangeTheRestOfTheExercise_inOneSentenceEach() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn hard = user.say("too-hard");
        assertThat(hard.speech()).containsAnyOf("Let's ease off. Next set, pick a lighter weight, and we'll do six reps.",
                "Easier, then: pick a lighter weight, and six reps from the next set.").containsIgnoringCase("how strongly did you feel your biceps").endsWith("?");
        user.say("rate-3");
        assertThat(user.say("ready").speech()).contains("And that's six!").doesNotContain("seven");

        Turn easy = user.say("too-easy");
        assertThat(easy.speech()).startsWith("Then let's make it count with control. Three seconds to curl, squeeze at"
                + " the top, and four to lower.");
    }

    @Test
    void repsDone_shouldStoreTheRepsActuallyDone() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn six = user.say("reps-done-6");
        user.say("rate-4");

        assertThat(six.speech()).startsWith("Got it, six reps it is.").contains("how strongly did you feel your biceps")
                .endsWith("?");
        assertThat(stored().repsCompleted()).isEqualTo(6);
        assertThat(user.say("reps-done-unheard").speech()).startsWith("Tell me right after a set");
    }

    @Test
    void tooHardAtTheLastSetOfAnExercise_shouldAdviseForNextTime_notANextSetThatIsNotComing() {
        user.say("start-bicep-focus");
        for (int set = 1; set < 3; set++) {
            user.say("ready");
            user.say("rate-4");
        }
        user.say("ready");

        Turn hard = user.say("too-hard");

        assertThat(hard.speech()).containsAnyOf("Let's ease off. Next time, pick a lighter weight",
                "Easier, then: pick a lighter weight, and six reps next time").doesNotContain("next set")
                .doesNotContain("Next set");
    }

    @Test
    void help_shouldSayPainAndEffortCanBeToldInWords_whereTheyApply() {
        user.say("start-bicep-focus");
        assertThat(user.say("help").speech()).contains("I don't have dumbbells").contains("If anything hurts, just tell me.");
        user.say("ready");
        assertThat(user.say("help").speech()).contains("too hard or too easy, or how many you managed").endsWith("?");
    }
}
