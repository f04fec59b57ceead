package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete my data" cancels the speaker's training reminders in Alexa too, and says so; if the Reminders API fails or
 * is slow, the stored data is deleted all the same and the user hears that the reminders may still be in the Alexa
 * app. Disabling the skill deletes the stored data and calls no Reminders API (see docs/REMINDERS.md).
 */
class DeleteDataRemindersConversationTest {

    private static final String USER = "amzn1.ask.account.DELETING_REMINDERS";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private FakeRemindersApi api;
    private CountingProgressRepository storage;
    private Echo user;

    @BeforeEach
    void userWithAReminderAndASet() {
        api = FakeRemindersApi.start();
        storage = new CountingProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null, new MutableClock(NOW),
                TimeZones.NONE, new AlexaReminders()), USER);
        user.send(api.request("launch", true));
        user.send(api.request("remind-me-monday-wednesday-friday-at-seven", true));
        user.send(api.request("start-bicep-focus", true));
        user.send(api.request("ready", true));
        user.send(api.request("rate-4", true));
        user.send(api.request("stop", true));
        assertThat(storage.find(USER)).isPresent();
        assertThat(api.has("alert-1")).isTrue();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Turn deleteMyData() {
        Turn question = user.send(api.request("delete-data", true));
        assertThat(question.speech()).contains("preferences and any unfinished workout, and cancel your training"
                + " reminders. This can't be undone. Shall I delete it all?");
        return user.send(api.request("yes", true));
    }

    @Test
    void yes_shouldDeleteTheDataAndCancelTheReminders_andSaySo() {
        Turn deleted = deleteMyData();

        assertThat(deleted.speech()).startsWith("Done. Everything I had stored for you is deleted, and your training"
                + " reminders are cancelled.").doesNotContain("Alexa app");
        assertThat(deleted.ends()).isTrue();
        assertThat(storage.find(USER)).isEmpty();
        assertThat(api.calls("DELETE")).extracting(FakeRemindersApi.Call::path).containsExactly("/v1/alerts/reminders/alert-1");
        assertThat(api.has("alert-1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 429, 500, 503})
    void aFailingApi_shouldStillDeleteTheData_andSayWhereTheRemindersAre(int status) {
        api.deleteStatus = status;

        Turn deleted = deleteMyData();

        assertThat(deleted.speech()).startsWith("Done. Everything I had stored for you is deleted. Your training"
                + " reminders may still be in your Alexa app, where you can delete them.");
        assertThat(deleted.ends()).isTrue();
        assertThat(storage.find(USER)).as("the deletion never waits on the API").isEmpty();
    }

    @Test
    void aSlowApi_shouldStillDeleteTheData_withinTheTurn() {
        api.delayMillis = 4_000;
        user.send(api.request("delete-data", true));
        long started = System.nanoTime();

        Turn deleted = user.send(api.request("yes", true));

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000L);
        assertThat(deleted.speech()).contains("may still be in your Alexa app");
        assertThat(storage.find(USER)).isEmpty();
    }

    @Test
    void aReminderAlreadyDeletedInTheAlexaApp_shouldCountAsCancelled() {
        api.deleteInTheAlexaApp("alert-1");

        assertThat(deleteMyData().speech()).contains("your training reminders are cancelled.");
        assertThat(storage.find(USER)).isEmpty();
    }

    @Test
    void storageDown_shouldDeleteNothing_andLeaveTheRemindersSet() {
        user.send(api.request("delete-data", true));
        storage.down(true);

        Turn failed = user.send(api.request("yes", true));

        assertThat(failed.speech()).contains("nothing was deleted");
        assertThat(failed.ends()).isFalse();
        assertThat(api.calls("DELETE")).isEmpty();
        assertThat(api.has("alert-1")).isTrue();
        storage.down(false);
        assertThat(storage.find(USER)).isPresent();
    }

    @Test
    void no_shouldKeepTheDataAndTheReminders() {
        user.send(api.request("delete-data", true));

        Turn kept = user.send(api.request("no", true));

        assertThat(kept.speech()).startsWith("Okay, I've kept everything.");
        assertThat(api.calls("DELETE")).isEmpty();
        assertThat(storage.find(USER)).isPresent();
    }

    @Test
    void disablingTheSkill_shouldDeleteTheData_andCallNoRemindersApi() {
        int before = api.calls.size();

        user.send(api.request("skill-disabled", true));

        assertThat(storage.find(USER)).isEmpty();
        assertThat(api.calls).hasSize(before);
    }
}
