package com.mindmusclecoach.skill;

import com.mindmusclecoach.skill.Conversation.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainee who needs longer than Alexa's listening window is not dropped: while the coach waits on them (in the
 * briefing, after a rest, while paused) the reprompt waits too, in timed silence, before it asks again.
 */
class WaitingConversationTest {

    private static final String USER = "amzn1.ask.account.WAITING";
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");
    /** What the reprompt may take to say after its silence, at 150 words a minute: a short re-ask. */
    private static final double MAX_REASK_SECONDS = 6;

    private MutableClock clock;
    private CountingProgressRepository storage;
    private Conversation user;

    @BeforeEach
    void newSkill() {
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        storage = new CountingProgressRepository();
        user = new Conversation(CoachSkill.create(Catalogue.standard(), storage, null, clock), USER);
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
