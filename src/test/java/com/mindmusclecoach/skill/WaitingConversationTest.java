package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainee who needs longer than Alexa's listening window is not dropped: while the coach waits on them (in the
 * briefing, after a rest, while paused) the reprompt waits too, in timed silence, before it asks again; and if the
 * session still closes on silence, opening the skill soon after goes straight back to that set.
 */
class WaitingConversationTest {

    private static final String USER = "amzn1.ask.account.WAITING";
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");
    /** What the reprompt may take to say after its silence, at 150 words a minute: a short re-ask. */
    private static final double MAX_REASK_SECONDS = 6;

    private static final String STRAIGHT_BACK = "Welcome back. Set two of biceps curls is next. Ready?";
    private static final String OFFER = "Welcome back. Pick up bicep focus at set two of biceps curls?";

    private MutableClock clock;
    private InMemoryProgressRepository stored;
    private Echo user;

    @BeforeEach
    void newSkill() {
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        stored = new InMemoryProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), new CountingProgressRepository(stored), null, clock),
                USER);
    }

    @Test
    void repromptInTheBriefing_shouldWaitInSilence_thenAskAgainWarmly() {
        Turn briefing = user.say("start-bicep-focus");

        assertThat(briefing.workout().path("phase").asText()).isEqualTo("BRIEFING");
        assertWaits(briefing);
        assertThat(briefing.reprompt()).isEqualTo("Take your time. Are you in position? Just say ready whenever you are.");
    }

    @Test
    void repromptAfterARest_shouldWaitInSilence_thenAskAgainForTheComingSet() {
        user.say("start-bicep-focus");
        user.say("ready");

        Turn rest = user.say("rate-4");

        assertThat(rest.workout().path("phase").asText()).isEqualTo("RESTING");
        assertWaits(rest);
        assertThat(rest.reprompt()).isEqualTo("Take your time. Ready for set two? Just say ready whenever you are.");
    }

    @Test
    void repromptWhilePaused_shouldWaitInSilence_thenAskAgain() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        Turn paused = user.say("pause");

        assertThat(paused.workout().path("phase").asText()).isEqualTo("PAUSED");
        assertWaits(paused);
        assertThat(paused.reprompt()).isEqualTo("Take your time. Shall we carry on? Just say resume whenever you are.");
    }

    @Test
    void repromptOfARating_shouldAskAgainAtOnce() {
        user.say("start-bicep-focus");

        Turn set = user.say("ready");

        assertThat(set.workout().path("phase").asText()).isEqualTo("RATING");
        assertThat(repromptSsml(set)).doesNotContain("<break");
        assertThat(set.reprompt()).isEqualTo("From one to five, how strongly did you feel your biceps?");
    }

    @Test
    void launchFiveMinutesAfterASessionClosedOnSilence_shouldGoStraightBackToTheSet() {
        restingBeforeSetTwo();
        user.say("session-ended-silence");
        clock.advance(Duration.ofMinutes(5));

        Turn back = user.say("launch");

        assertThat(back.speech()).isEqualTo(STRAIGHT_BACK);
        assertThat(back.workout().path("phase").asText()).isEqualTo("RESTING");
        assertThat(back.workout().path("routineId").asText()).isEqualTo("bicep_focus");
        assertThat(back.workout().path("setNumber").asInt()).isEqualTo(2);
        assertWaits(back);
        assertThat(WelcomeLengthTest.seconds(back.ssml())).isLessThan(8);
        Turn set = user.say("ready");
        assertThat(set.workout().path("phase").asText()).as("set two is coached").isEqualTo("RATING");
        assertThat(set.workout().path("setNumber").asInt()).isEqualTo(2);
        assertThat(set.speech()).contains("From one to five, how strongly did you feel your biceps?");
    }

    @Test
    void launchAfterASessionClosedOnSilenceBeforeARating_shouldGoStraightBackToTheNextSet() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("session-ended-silence");
        clock.advance(Duration.ofMinutes(5));

        Turn back = user.say("launch");

        assertThat(back.speech()).isEqualTo(STRAIGHT_BACK);
        assertThat(back.workout().path("phase").asText()).isEqualTo("RESTING");
        assertThat(stored.find(USER).orElseThrow().progress().setsCompleted()).as("the unrated set is kept").isEqualTo(1);
    }

    @Test
    void launchSoonAfterASessionClosedOnSilenceInABriefing_shouldGoStraightBackToThatBriefing() {
        Turn turn = user.say("start-bicep-focus");
        while (!(turn.workout().path("phase").asText().equals("BRIEFING") && turn.workout().path("exerciseIndex").asInt() == 1)) {
            turn = user.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-4" : "ready");
        }
        user.say("session-ended-silence");
        clock.advance(Duration.ofMinutes(29));

        Turn back = user.say("launch");

        assertThat(back.speech()).isEqualTo("Welcome back. Set one of hammer curls is next. Ready?");
        assertThat(back.workout().path("phase").asText()).isEqualTo("BRIEFING");
        assertThat(back.workout().path("exerciseIndex").asInt()).isEqualTo(1);
        assertThat(back.workout().path("setNumber").asInt()).isEqualTo(1);
        assertWaits(back);
    }

    @Test
    void launchWhilePausedSessionClosedOnSilence_shouldGoStraightBackToTheSet() {
        restingBeforeSetTwo();
        user.say("pause");
        user.say("session-ended-silence");
        clock.advance(Duration.ofMinutes(10));

        Turn back = user.say("launch");

        assertThat(back.speech()).isEqualTo(STRAIGHT_BACK);
        assertThat(back.workout().path("phase").asText()).isEqualTo("RESTING");
    }

    @Test
    void launchTwoHoursAfterASessionClosedOnSilence_shouldOfferToPickUp_asBefore() {
        restingBeforeSetTwo();
        user.say("session-ended-silence");
        clock.advance(Duration.ofHours(2));

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).isEqualTo(OFFER);
        assertThat(welcome.workout().path("phase").asText()).isEqualTo("OFFERING_RESUME");
    }

    @Test
    void launchSoonAfterTheUserSaidStop_shouldOfferToPickUp_asBefore() {
        restingBeforeSetTwo();
        user.say("stop");
        clock.advance(Duration.ofMinutes(5));

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).isEqualTo(OFFER);
        assertThat(welcome.workout().path("phase").asText()).isEqualTo("OFFERING_RESUME");
    }

    @Test
    void launchSoonAfterTheUserExited_shouldOfferToPickUp_asBefore() {
        restingBeforeSetTwo();
        user.say("session-ended");
        clock.advance(Duration.ofMinutes(5));

        assertThat(user.say("launch").speech()).as("an exit the user chose, reason USER_INITIATED").isEqualTo(OFFER);
    }

    @Test
    void launchSoonAfterStopping_shouldOfferToPickUp_evenIfAnEarlierSessionClosedOnSilence() {
        restingBeforeSetTwo();
        user.say("session-ended-silence");
        clock.advance(Duration.ofMinutes(5));
        user.say("launch");
        user.say("stop");
        clock.advance(Duration.ofMinutes(5));

        assertThat(user.say("launch").speech()).isEqualTo(OFFER);
    }

    @Test
    void launchSoonAfterASessionClosedOnSilenceAtTheOffer_shouldOfferAgain() {
        restingBeforeSetTwo();
        user.say("stop");
        clock.advance(Duration.ofHours(2));
        user.say("launch");
        user.say("session-ended-silence");
        clock.advance(Duration.ofMinutes(5));

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).as("the user never said yes to it").isEqualTo(OFFER);
    }

    @Test
    void launchSoonAfterASessionClosedOnSilenceAfterPain_shouldOfferToPickUp_asBefore() {
        restingBeforeSetTwo();
        user.say("ready");
        user.say("pain-knee");
        user.say("session-ended-silence");
        clock.advance(Duration.ofMinutes(5));

        Turn welcome = user.say("launch");

        assertThat(welcome.workout().path("phase").asText()).isEqualTo("OFFERING_RESUME");
    }

    @Test
    void launchWithAPlaceStoredBeforeItsLeavingTimeWasKept_shouldOfferToPickUp_asBefore() {
        stored.put(USER, UserProgress.NONE.applyAll(List.of(
                new ProgressChange.SetDone("biceps_curl", 8, LocalDate.of(2026, 11, 2)),
                new ProgressChange.Unfinished(new WorkoutSession(Phase.RESTING, null, "bicep_focus", 0, 2,
                        Preferences.DEFAULT, List.of(new CompletedSet("biceps_curl", 1, 8, 4)))))), 0);

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).isEqualTo(OFFER);
        assertThat(welcome.workout().path("phase").asText()).isEqualTo("OFFERING_RESUME");
    }

    /** Bicep focus, set one done and rated, resting before set two. */
    private void restingBeforeSetTwo() {
        user.say("start-bicep-focus");
        user.say("ready");
        assertThat(user.say("rate-4").workout().path("phase").asText()).isEqualTo("RESTING");
    }

    /**
     * The reprompt opens with 20 to 30 seconds of silence in breaks of at most ten seconds, then a short question;
     * its SSML is within the platform limits ({@link ResponseRules}, checked on every turn, says so as well).
     */
    private static void assertWaits(Turn turn) {
        String ssml = repromptSsml(turn);
        ResponseRules.checkSsml(ssml);
        List<Long> breaks = new ArrayList<>();
        Matcher m = BREAK.matcher(ssml);
        while (m.find()) {
            breaks.add(Long.parseLong(m.group(1)) * ("s".equals(m.group(2)) ? 1000 : 1));
        }
        assertThat(breaks).as("breaks").isNotEmpty().allSatisfy(b -> assertThat(b).isBetween(1L, 10_000L));
        assertThat(breaks.stream().mapToLong(Long::longValue).sum()).as("silence, ms").isBetween(20_000L, 30_000L);
        String afterSilence = ssml.substring(ssml.lastIndexOf("/>") + 2);
        assertThat(ssml).as("silence first, then words").startsWith("<speak><break");
        assertThat(WelcomeLengthTest.seconds(afterSilence)).as("the re-ask, seconds").isLessThan(MAX_REASK_SECONDS);
        assertThat(afterSilence).contains("?").contains("Take your time");
        assertThat(ssml.length()).isLessThan(ResponseRules.MAX_SPEECH_CHARS);
    }

    private static String repromptSsml(Turn turn) {
        return turn.envelope().path("response").path("reprompt").path("outputSpeech").path("ssml").asText();
    }
}
