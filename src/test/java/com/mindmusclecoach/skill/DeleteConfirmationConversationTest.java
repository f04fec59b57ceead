package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete my data" asks first, and the question stays open through help, "repeat" and words not understood, so a
 * following yes still deletes. Asking for anything else moves on and deletes nothing.
 */
class DeleteConfirmationConversationTest {

    private static final String USER = "amzn1.ask.account.DELETING";
    private static final String QUESTION = "Shall I delete it all?";
    private static final String DELETED = "Done. Everything I had stored for you is deleted.";

    private CountingProgressRepository storage;
    private Echo user;

    @BeforeEach
    void userWithAStoredSet() {
        storage = new CountingProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null), USER);
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("stop");
        assertThat(storage.find(USER)).as("stored before the question").isPresent();
        user.say("launch");
        user.say("no");
        assertThat(user.say("delete-data").speech()).endsWith(QUESTION);
    }

    @Test
    void helpDuringTheDeleteQuestion_shouldExplainYesAndNo_askAgain_andAYesShouldStillDelete() {
        Turn help = user.say("help");

        assertThat(help.speech()).isEqualTo("Say yes, and I'll delete everything I've stored for you, for good."
                + " Say no, and I'll keep it all. " + QUESTION);
        assertThat(help.reprompt()).contains("Say yes to delete, or no to keep it.");
        assertThat(help.ends()).isFalse();
        assertThat(storage.find(USER)).as("nothing deleted by help").isPresent();

        Turn yes = user.say("yes");

        assertThat(yes.speech()).startsWith(DELETED);
        assertThat(yes.ends()).isTrue();
        assertThat(storage.find(USER)).isEmpty();
    }

    @Test
    void helpThenNo_shouldKeepEverything() {
        user.say("help");

        Turn no = user.say("no");

        assertThat(no.speech()).startsWith("Okay, I've kept everything.");
        assertThat(storage.find(USER)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fallback", "unknown-intent", "repeat"})
    void unrelatedWordsDuringTheDeleteQuestion_shouldAskAgain_andAYesShouldStillDelete(String fixture) {
        Turn again = user.say(fixture);

        assertThat(again.speech()).endsWith(QUESTION).doesNotContain("Name a workout");
        assertThat(again.reprompt()).contains("Say yes to delete, or no to keep it.");
        assertThat(again.ends()).isFalse();
        assertThat(storage.find(USER)).isPresent();

        assertThat(user.say("yes").speech()).startsWith(DELETED);
        assertThat(storage.find(USER)).isEmpty();
    }

    @Test
    void notUnderstoodTwice_shouldAskAgainInOtherWords_andKeepTheQuestion() {
        Turn first = user.say("fallback");
        Turn second = user.say("fallback");

        for (Turn turn : List.of(first, second)) {
            assertThat(turn.speech()).containsAnyOf("Sorry, I didn't catch that.", "Hmm, I missed that.")
                    .endsWith("Say yes to delete everything I've stored for you, or no to keep it. " + QUESTION);
        }
        assertThat(first.speech()).isNotEqualTo(second.speech());
        assertThat(user.say("yes").speech()).startsWith(DELETED);
    }

    @Test
    void anotherRequestDuringTheDeleteQuestion_shouldMoveOn_andDeleteNothing() {
        Turn started = user.say("start-leg-day");
        Turn yes = user.say("yes");

        assertThat(started.speech()).startsWith("Leg day.");
        assertThat(yes.workout().path("phase").asText()).as("yes now answers the workout's question: a set")
                .isEqualTo("RATING");
        assertThat(storage.find(USER)).isPresent();
    }

    @Test
    void stopDuringTheDeleteQuestion_shouldEnd_andDeleteNothing() {
        Turn bye = user.say("stop");

        assertThat(bye.ends()).isTrue();
        assertThat(bye.speech()).doesNotContain("delete");
        assertThat(storage.find(USER)).isPresent();
    }
}
