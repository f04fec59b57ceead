package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.skill.Conversation.Turn;
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
    private Conversation user;

    @BeforeEach
    void newSkill() {
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        user = new Conversation(CoachSkill.create(Catalogue.standard(), new CountingProgressRepository(), null, clock), USER);
    }

    private static ObjectNode rating(int value) {
        ObjectNode request = Conversation.fixture("rate-4");
        ((ObjectNode) request.path("request").path("intent").path("slots").path("rating")).put("value", String.valueOf(value));
        return request;
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
}
