package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user hears when they leave, and what the coach keeps of their visit. */
class LeavingConversationTest {

    private static final String USER = "amzn1.ask.account.LEAVING";
    private static final String UNSAVED = "I couldn't save today's progress just now, sorry.";

    private CountingProgressRepository storage;
    private Echo user;

    @BeforeEach
    void newSkill() {
        storage = new CountingProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null,
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
        Turn finished = turn;
        while (!turn.ends()) {
            String phase = turn.workout().path("phase").asText();
            boolean lastRating = "RATING".equals(phase)
                    && turn.workout().path("exerciseIndex").asInt() == 1 && turn.workout().path("setNumber").asInt() == 2;
            storage.down(lastRating || "COOLING_DOWN".equals(phase));
            if ("COOLING_DOWN".equals(phase)) {
                finished = turn;
            }
            turn = user.say("RATING".equals(phase) ? "rate-4" : "ready");
        }

        assertThat(finished.speech()).contains("bicep focus done!").doesNotContain("couldn't save");
        assertThat(turn.speech()).contains("Great work today.").endsWith(UNSAVED).doesNotContain("keep your place");
        assertThat(turn.speech().split("couldn't save", -1)).as("said once").hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "launch,                    stop",
        "launch, start-bicep-focus, stop",
        "start-bicep-focus,         cancel",
        "launch, progress,          stop"})
    void newUserWhoLeavesBeforeAnySet_shouldLeaveNothingStored_andBeWelcomedAsNewNextTime(String steps) {
        List<String> said = List.of(steps.split("\\s*,\\s*"));
        Turn bye = null;
        for (String fixture : said) {
            bye = user.say(fixture);
        }

        assertThat(bye.ends()).isTrue();
        assertThat(bye.speech()).isEqualTo("Okay. Come back whenever you're ready to train.");
        assertThat(storage.writes.get()).as("writes").isZero();
        assertThat(storage.find(USER)).isEmpty();
        Turn next = user.say("launch");
        assertThat(next.speech()).startsWith("Welcome to Mind Muscle Coach.").doesNotContain("Welcome back");
        assertThat(next.workout().path("phase").asText()).as("no workout offered").isEqualTo("CHOOSING");
    }

    @Test
    void newUserWhoWalksAwayInTheBriefing_shouldLeaveNothingStored() {
        user.say("launch");
        user.say("start-bicep-focus");

        user.say("session-ended");

        assertThat(storage.find(USER)).isEmpty();
        assertThat(user.say("launch").speech()).startsWith("Welcome to Mind Muscle Coach.");
    }

    @Test
    void newUserWhoDidOneSet_shouldHaveTheirPlaceKept() {
        user.say("launch");
        user.say("start-bicep-focus");
        user.say("ready");

        Turn bye = user.say("stop");

        assertThat(bye.speech()).isEqualTo("Good work: one set done today. I'll keep your place, so we can pick up"
                + " where you left off. See you next time.");
        assertThat(storage.stored(USER).setsCompleted()).isEqualTo(1);
        assertThat(storage.stored(USER).unfinished()).isNotNull();
        Turn next = user.say("launch");
        assertThat(next.speech()).startsWith("Welcome back");
        assertThat(next.workout().path("phase").asText()).as("the place is offered").isEqualTo("OFFERING_RESUME");
    }

    @Test
    void preferenceChangedBeforeAnySet_shouldBeStored_butNoPlacePromised() {
        user.say("start-bicep-focus");
        user.say("brief-cues");

        Turn bye = user.say("stop");

        assertThat(bye.speech()).isEqualTo("Okay. Come back whenever you're ready to train.");
        assertThat(storage.stored(USER).preferences().verbosity()).isEqualTo(Preferences.Verbosity.BRIEF);
        assertThat(storage.stored(USER).unfinished()).isNull();
    }

    @Test
    void workoutOpenedAndLeftBeforeASet_shouldLeaveTheStoredPlaceAsItWas() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("stop");
        WorkoutSession kept = storage.stored(USER).unfinished();

        user.say("launch");
        user.say("no");
        user.say("start-leg-day");
        Turn bye = user.say("stop");

        assertThat(bye.speech()).doesNotContain("keep your place");
        assertThat(storage.stored(USER).unfinished()).as("the bicep focus place, not an empty leg day").isEqualTo(kept);
    }
}
