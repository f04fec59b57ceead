package com.mindmusclecoach.skill;

import com.mindmusclecoach.skill.Conversation.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user hears when they leave, and what the coach keeps of their visit. */
class LeavingConversationTest {

    private static final String USER = "amzn1.ask.account.LEAVING";
    private static final String UNSAVED = "I couldn't save today's progress just now, sorry.";

    private CountingProgressRepository storage;
    private Conversation user;

    @BeforeEach
    void newSkill() {
        storage = new CountingProgressRepository();
        user = new Conversation(CoachSkill.create(Catalogue.standard(), storage, null,
                new MutableClock(Instant.parse("2026-11-02T07:00:00Z"))), USER);
    }

    @Test
    void goodbye_shouldSayOnceThatTodayWasNotSaved_andPromiseNoPlace_whenTheSaveFails() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("ready");
        storage.down(true);

        Turn bye = user.say("stop");

        assertThat(bye.speech()).isEqualTo("Good work: two sets done today. " + UNSAVED);
        assertThat(bye.ends()).isTrue();
        storage.down(false);
        assertThat(storage.stored(USER).setsCompleted()).as("only the set saved before storage went down").isEqualTo(1);
    }

    @Test
    void goodbye_shouldKeepThePlace_whenTheSaveWorks() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("ready");

        Turn bye = user.say("stop");

        assertThat(bye.speech()).isEqualTo("Good work: two sets done today. I'll keep your place, so we can pick up where"
                + " you left off. See you next time.");
        assertThat(storage.stored(USER).unfinished()).isNotNull();
    }

    @Test
    void finishedWorkout_shouldSayOnceThatTodayWasNotSaved_whenTheLastSaveFails() {
        Turn turn = user.say("start-bicep-focus");
        while (!turn.ends()) {
            boolean lastRating = "RATING".equals(turn.workout().path("phase").asText())
                    && turn.workout().path("exerciseIndex").asInt() == 1 && turn.workout().path("setNumber").asInt() == 2;
            storage.down(lastRating);
            turn = user.say("RATING".equals(turn.workout().path("phase").asText()) ? "rate-4" : "ready");
        }

        assertThat(turn.speech()).contains("bicep focus done!").endsWith(UNSAVED).doesNotContain("keep your place");
        assertThat(turn.speech().split("couldn't save", -1)).as("said once").hasSize(2);
    }
}
