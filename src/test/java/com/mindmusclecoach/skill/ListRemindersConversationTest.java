package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What reminders do I have?" against the stand-in Reminders API: the answer is read back from the API (so it is
 * what is really set), then the question the workout was waiting on. None stored, the permission missing, a reminder
 * deleted in the Alexa app (404), and the API busy, down or slow: each says what the user can do next.
 */
class ListRemindersConversationTest {

    private static final String USER = "amzn1.ask.account.LISTING";
    /** Wednesday 25 November 2026, 05:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String MONDAY_WEDNESDAY_FRIDAY_AT_SEVEN =
            "You have a reminder to train every Monday, Wednesday and Friday at seven in the morning.";

    private FakeRemindersApi api;
    private CountingProgressRepository storage;
    private Echo user;

    @BeforeEach
    void start() {
        api = FakeRemindersApi.start();
        storage = new CountingProgressRepository();
        TimeZones newYork = (apiEndpoint, deviceId, accessToken) -> Optional.of(ZoneId.of("America/New_York"));
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null, new MutableClock(NOW), newYork,
                new AlexaReminders()), USER);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Turn remindMe(String time) {
        return user.send(Requests.withSlotValue(api.request("remind-me-monday-wednesday-friday-at-seven", true), "time", time));
    }

    private Turn whatReminders(boolean granted) {
        return user.send(api.request("what-reminders", granted));
    }

    private List<String> storedReminders() {
        return storage.find(USER).map(StoredProgress::progress).map(UserProgress::reminders).orElse(List.of());
    }

    private static JsonNode card(Turn turn) {
        return turn.envelope().path("response").path("card");
    }

    @Test
    void aReminderSet_shouldBeReadBackFromAlexa_thenTheWorkoutsQuestion() {
        user.send(api.request("launch", true));
        remindMe("07:00");

        Turn listed = whatReminders(true);

        assertThat(listed.speech()).startsWith(MONDAY_WEDNESDAY_FRIDAY_AT_SEVEN).contains("Which workout");
        assertThat(listed.ends()).isFalse();
        assertThat(listed.reprompt()).isNotBlank();
        FakeRemindersApi.Call read = api.calls("GET").get(0);
        assertThat(read.path()).isEqualTo("/v1/alerts/reminders/alert-1");
        assertThat(read.authorization()).isEqualTo("Bearer test-token");
        assertThat(storedReminders()).containsExactly("alert-1");
    }

    @Test
    void midWorkout_shouldAnswer_andGoBackToTheSet() {
        remindMe("18:30");
        user.send(api.request("start-bicep-focus", true));
        Turn set = user.send(api.request("ready", true));

        Turn listed = whatReminders(true);

        assertThat(listed.speech()).startsWith(
                "You have a reminder to train every Monday, Wednesday and Friday at six thirty in the evening.");
        assertThat(listed.reprompt()).isEqualTo(set.reprompt());
        assertThat(listed.workout()).isEqualTo(set.workout());
        assertThat(listed.ends()).isFalse();
    }

    @Test
    void anOldReminderWhoseDeleteFailed_shouldBeSaidToo() {
        remindMe("07:00");
        api.deleteStatus = 503;
        remindMe("18:30");
        api.deleteStatus = 0;
        assertThat(storedReminders()).containsExactly("alert-2", "alert-1");

        Turn listed = whatReminders(true);

        assertThat(listed.speech()).startsWith("You have two reminders to train: every Monday, Wednesday and Friday"
                + " at six thirty in the evening, and every Monday, Wednesday and Friday at seven in the morning.");
    }

    @Test
    void noneStored_shouldSaySo_withHowToSetOne_andCallNothing() {
        user.send(api.request("launch", true));

        Turn first = whatReminders(true);
        Turn second = whatReminders(true);

        for (Turn turn : List.of(first, second)) {
            assertThat(turn.speech()).containsAnyOf("You don't have any training reminders from me. To set one, say:",
                    "No training reminders from me yet. Just say:")
                    .contains("remind me to train Monday, Wednesday and Friday at seven.").contains("Which workout");
        }
        assertThat(first.speech()).as("never the same words twice in a row").isNotEqualTo(second.speech());
        assertThat(first.ends()).isFalse();
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aReminderDeletedInTheAlexaApp_shouldBeSaidGone_andDroppedFromProgress() {
        remindMe("07:00");
        api.deleteInTheAlexaApp("alert-1");

        Turn listed = whatReminders(true);

        assertThat(listed.speech()).startsWith("You don't have a training reminder set any more."
                + " It may have been deleted in the Alexa app.");
        assertThat(listed.ends()).isFalse();
        assertThat(storedReminders()).isEmpty();

        assertThat(whatReminders(true).speech()).contains("training reminders from me");
        assertThat(api.calls("GET")).hasSize(1);
    }

    @Test
    void withoutThePermission_shouldSayHowToGrantIt_andKeepTheReminder() {
        remindMe("07:00");

        Turn listed = whatReminders(false);

        assertThat(listed.speech()).containsAnyOf("I need your permission to check your reminders."
                + " I've put a card in your Alexa app where you can allow them.",
                "Checking your reminders needs your permission first. The card in your Alexa app lets you allow it.");
        assertThat(card(listed).path("type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(card(listed).path("permissions").get(0).asText()).isEqualTo(RemindersCoach.PERMISSION);
        assertThat(listed.ends()).isFalse();
        assertThat(whatReminders(false).speech()).as("never the same words twice in a row").isNotEqualTo(listed.speech());
        assertThat(api.calls("GET")).isEmpty();
        assertThat(storedReminders()).containsExactly("alert-1");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void theApiRefusingThePermission_shouldSayHowToGrantIt(int status) {
        remindMe("07:00");
        api.readStatus = status;

        Turn listed = whatReminders(true);

        assertThat(listed.speech()).containsAnyOf("I need your permission to check your reminders.",
                "Checking your reminders needs your permission first.");
        assertThat(card(listed).path("type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(storedReminders()).containsExactly("alert-1");
    }

    @Test
    void aBusyApi_shouldSayAskAgainInAMinute_neverTheSameWordsTwiceInARow() {
        remindMe("07:00");
        api.readStatus = 429;

        Turn first = whatReminders(true);
        Turn second = whatReminders(true);

        assertThat(first.speech()).contains("again in a minute");
        assertThat(second.speech()).contains("again in a minute");
        assertThat(first.speech()).isNotEqualTo(second.speech());
        assertThat(first.ends()).isFalse();
        assertThat(storedReminders()).containsExactly("alert-1");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void aDownApi_shouldPointToTheAlexaApp(int status) {
        remindMe("07:00");
        api.readStatus = status;

        Turn listed = whatReminders(true);

        assertThat(listed.speech()).contains("Alexa app").contains("later");
        assertThat(listed.ends()).isFalse();
        assertThat(storedReminders()).containsExactly("alert-1");
    }

    @Test
    void aSlowApi_shouldBeGivenUpOnAfterTheTimeout() {
        remindMe("07:00");
        api.delayMillis = 4_000;
        long started = System.nanoTime();

        Turn listed = whatReminders(true);

        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(tookMillis).isBetween(AlexaReminders.TIMEOUT_MILLIS - 100, 3_500L);
        assertThat(listed.speech()).contains("Alexa app").contains("later");
        assertThat(storedReminders()).containsExactly("alert-1");
    }
}
