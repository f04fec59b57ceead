package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Connection ratings across sessions steer the next session for that muscle (issue 13, item 2). */
class AdaptiveCoachingConversationTest {

    private static final String USER = "amzn1.ask.account.ADAPTING";

    private MutableClock clock;
    private Echo user;

    @BeforeEach
    void newSkill() {
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), new CountingProgressRepository(), null, clock), USER);
    }

    /** A number said on its own, as Alexa sends "twelve". */
    private static ObjectNode bareNumber(int value) {
        return Requests.withSlotValue(Requests.fixture("number-12"), "number", String.valueOf(value));
    }

    private static ObjectNode rating(int value) {
        return Requests.withSlotValue(Requests.fixture("rate-4"), "rating", String.valueOf(value));
    }

    /** Bicep focus from start to end, every set rated {@code value}, then a day passes. */
    private void bicepFocusRatedEachDay(int... values) {
        for (int value : values) {
            Turn turn = user.say("start-bicep-focus");
            while (!turn.ends()) {
                turn = turn.workout().path("phase").asText().equals("RATING") ? user.send(rating(value)) : user.say("ready");
            }
            clock.advance(Duration.ofDays(1));
        }
    }

    @Test
    void lowRatingsOverThreeSessions_shouldBringGentlerCoaching_andSayWhyInOneSentence() {
        bicepFocusRatedEachDay(2, 1, 2);

        Turn started = user.say("start-bicep-focus");

        System.out.println("gentler: " + started.speech());
        assertThat(started.speech())
                .contains("Your connection with your biceps has averaged two or less over your last three sessions,"
                        + " so for these biceps curls I've added a longer visualization, a hand on the muscle, a slower"
                        + " tempo and a lighter load.")
                .contains("Take a lighter pair of dumbbells than usual today")
                .contains("Now see your biceps as the only thing working")
                .contains("Rest a free hand on your biceps");
        assertThat(started.workout().path("adjustment").path("tempo").asInt()).as("a second slower each way").isEqualTo(1);
        assertThat(started.speech()).doesNotContainPattern("\\d\\.\\d");
    }

    @Test
    void highRatingsOverThreeSessions_shouldProgressTheReps() {
        bicepFocusRatedEachDay(5, 4, 5);

        Turn started = user.say("start-bicep-focus");

        System.out.println("progressed: " + started.speech());
        assertThat(started.speech())
                .contains("Your connection with your biceps has averaged four or more over your last three sessions,"
                        + " so for these biceps curls I've added two reps a set.")
                .doesNotContain("Rest a free hand");
        assertThat(started.workout().path("adjustment").path("reps").asInt()).isEqualTo(2);
        Turn set = user.say("ready");
        assertThat(set.workout().path("completed").get(0).path("reps").asInt())
                .isEqualTo(started.workout().path("adjustment").path("reps").asInt() + 8);
    }

    @Test
    void fewerThanThreeSessions_orAMiddlingAverage_shouldLeaveThePlanAlone() {
        bicepFocusRatedEachDay(1, 1);
        assertThat(user.say("start-bicep-focus").speech()).doesNotContain("averaged").doesNotContain("Rest a free hand");
        user.say("stop");

        bicepFocusRatedEachDay(5);
        Turn started = user.say("start-bicep-focus");
        assertThat(started.speech()).as("one, one, five: about two and a third").doesNotContain("averaged");
        assertThat(started.workout().path("adjustment").path("tempo").asInt()).isZero();
    }

    @Test
    void ratingsTurningUp_shouldMoveFromGentlerCoachingToProgression() {
        bicepFocusRatedEachDay(1, 2, 2);
        assertThat(user.say("start-bicep-focus").speech()).contains("averaged two or less");
        user.say("stop");

        bicepFocusRatedEachDay(4, 5, 4);
        assertThat(user.say("start-bicep-focus").speech()).contains("averaged four or more");
    }

    @Test
    void load_shouldBeInvitedOnceAfterAnExercisesFirstSet_remembered_andSuggestedNextTime() {
        user.say("start-bicep-focus");
        user.say("ready");
        Turn rated = user.say("rate-4");
        assertThat(rated.speech()).contains("If you like, tell me the weight you used for biceps curls, like: I used twelve pounds,"
                + " and I'll suggest next time's.");
        assertThat(rated.speech().chars().filter(c -> c == '?').count()).as("one question").isEqualTo(1);

        Turn kept = user.say("load-12-pounds");
        assertThat(kept.speech()).startsWith("Got it: twelve pounds for biceps curls. I'll suggest your load next time.")
                .endsWith("?");
        user.say("ready");
        assertThat(user.say("rate-4").speech()).as("once per exercise").doesNotContain("weight you used");
        Turn turn = user.say("ready");
        while (!turn.ends()) {
            turn = turn.workout().path("phase").asText().equals("RATING") ? user.say("rate-4") : user.say("ready");
        }
        clock.advance(Duration.ofDays(1));

        Turn next = user.say("start-bicep-focus");
        assertThat(next.speech()).contains("Last time you used twelve pounds: stay with that, and keep every rep slow.")
                .doesNotContain("pick a weight lighter than usual");
        user.say("ready");
        assertThat(user.say("rate-4").speech()).contains("If you changed weight for biceps curls, tell me, like: I used twelve pounds.");
    }

    @Test
    void aBareNumber_rightAfterTheLoadInvitation_shouldBeTheWeight_andTheNextSetsRatingStaysARating() {
        user.say("start-bicep-focus");
        user.say("ready");
        assertThat(user.say("rate-4").speech()).contains("If you like, tell me the weight you used for biceps curls");

        Turn kept = user.send(bareNumber(12));

        assertThat(kept.speech()).startsWith("Got it: twelve pounds for biceps curls. I'll suggest your load next time.")
                .endsWith("?");
        assertThat(kept.workout().path("phase").asText()).isEqualTo("RESTING");
        assertThat(user.attributes().path("pending").toString()).contains("\"load\"");
        user.say("ready");
        Turn rated = user.send(bareNumber(4));
        assertThat(rated.speech()).containsAnyOf("A four. You're really feeling it.", "Four. Strong connection.",
                "A four. Nicely tuned in.").doesNotContain("Got it");
        assertThat(rated.workout().path("completed").get(1).path("rating").asInt()).isEqualTo(4);
    }

    @Test
    void aPhrasedRating_afterTheLoadInvitation_shouldNotBeTakenAsAWeight() {
        user.say("start-bicep-focus");
        user.say("ready");
        assertThat(user.say("rate-4").speech()).contains("tell me the weight you used");

        Turn phrased = user.send(rating(3)); // "three out of five": a RateIntent, never a weight

        assertThat(phrased.speech()).doesNotContain("Got it").doesNotContain("pounds");
        assertThat(user.attributes().path("pending").toString()).doesNotContain("\"load\"");
    }

    @Test
    void aBareNumber_onceTheInvitationIsNoLongerTheLatestThingSaid_shouldNotBeTakenAsAWeight() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("help");

        Turn later = user.send(bareNumber(12));

        assertThat(later.speech()).doesNotContain("Got it");
        assertThat(user.attributes().path("pending").toString()).doesNotContain("\"load\"");
    }

    @Test
    void aBareNumber_afterTheInvitation_shouldBeInTheLocalesUnit() {
        user.say("start-bicep-focus");
        user.say("ready");
        ObjectNode rated = rating(4);
        Requests.withLocale(rated, "en-GB");
        assertThat(user.send(rated).speech()).contains("like: I used six kilos");

        ObjectNode six = bareNumber(6);
        Requests.withLocale(six, "en-GB");
        assertThat(user.send(six).speech()).startsWith("Got it: six kilos for biceps curls.");
    }

    @Test
    void aBareNumber_outOfRange_afterTheInvitation_shouldGetAWayForward_andTheNextNumberIsStillTheWeight() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        assertThat(user.send(bareNumber(500)).speech()).startsWith("I can keep a weight from one to ninety nine pounds");
        assertThat(user.send(bareNumber(15)).speech()).startsWith("Got it: fifteen pounds for biceps curls.");
    }

    @Test
    void load_shouldGoAStepLighter_whenTheConnectionWasLow_andKeepTheUnitSaid() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.send(rating(2));
        user.say("load-6-kilograms");
        user.say("stop");
        bicepFocusRatedEachDay(1, 2, 2);

        Turn started = user.say("start-bicep-focus");

        assertThat(started.speech()).contains("Last time you used six kilos for these: take five kilos today, so the muscle can lead.")
                .contains("a lighter load");
    }

    @Test
    void load_shouldGoAStepHeavier_whenTheConnectionWasHigh_andTheRepsAreAtTheirTop() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.send(rating(5));
        user.say("load-12-pounds");
        user.say("stop");
        bicepFocusRatedEachDay(5, 4, 5);
        user.say("reps-20");

        Turn started = user.say("start-bicep-focus");

        System.out.println("heavier: " + started.speech());
        assertThat(started.speech())
                .contains("Your connection with your biceps has averaged four or more over your last three sessions,"
                        + " so for these biceps curls I've gone a step heavier, since your reps are already at the top.")
                .contains("Last time you used twelve pounds for these: take fourteen pounds today, with every rep just as slow.")
                .contains("three sets of twenty")
                .doesNotContain("slowed the tempo");
        assertThat(started.workout().path("adjustment").path("tempo").asInt()).as("one change at a time").isZero();
        user.say("ready");
        assertThat(user.say("rate-5").speech()).as("the weight said last time is what is remembered")
                .contains("If you changed weight for biceps curls, tell me, like: I used twelve pounds.");
    }

    @Test
    void highRatings_withTheRepsAtTheirTop_andNoLoadRemembered_shouldSlowTheTempo() {
        bicepFocusRatedEachDay(5, 4, 5);
        user.say("reps-20");

        Turn started = user.say("start-bicep-focus");

        assertThat(started.speech()).contains("so for these biceps curls I've slowed the tempo by a second each way.")
                .doesNotContain("heavier");
        assertThat(started.workout().path("adjustment").path("tempo").asInt()).isEqualTo(1);
    }

    @Test
    void load_outOfRange_orWithoutAWeightedExercise_shouldGetAWayForward_andKeepNothing() {
        assertThat(user.say("load-12-pounds").speech()).startsWith("I keep the weight of exercises with dumbbells");
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        Turn absurd = user.say("load-500");
        assertThat(absurd.speech()).startsWith("I can keep a weight from one to ninety nine pounds: say, for example, I used twelve pounds.")
                .endsWith("?");
        assertThat(absurd.workout().path("phase").asText()).isEqualTo("RESTING");
        assertThat(user.attributes().path("pending").toString()).doesNotContain("\"load\"");
    }
}
