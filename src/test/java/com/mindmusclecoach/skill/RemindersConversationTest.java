package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Training reminders against a stand-in Alexa Reminders API on loopback, in every state it can be in: granted (set,
 * replaced, cancelled), the permission missing (asked by voice, and each answer), 401, 403, 429, 5xx, too slow, and
 * times that do not exist. Each test says what the user hears, whether the session stays open, and what is stored.
 */
class RemindersConversationTest {

    private static final String USER = "amzn1.ask.account.REMINDERS";
    /** Wednesday 25 November 2026, 05:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String RULE = "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1";

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

    private ObjectNode request(String fixture, boolean granted) {
        return api.request(fixture, granted);
    }

    private Turn remindMe() {
        return user.send(request("remind-me-monday-wednesday-friday-at-seven", true));
    }

    private ObjectNode reminderWithTime(String time) {
        return Requests.withSlotValue(request("remind-me-monday-wednesday-friday-at-seven", true), "time", time);
    }

    private List<String> storedReminders() {
        return storage.find(USER).map(StoredProgress::progress).map(UserProgress::reminders).orElse(List.of());
    }

    private static JsonNode directive(Turn turn, String type) {
        for (JsonNode directive : turn.envelope().path("response").path("directives")) {
            if (directive.path("type").asText().equals(type)) {
                return directive;
            }
        }
        return Requests.JSON.missingNode();
    }

    @Test
    void granted_shouldSetOneWeeklyReminder_keepItsToken_andCancelIt() throws Exception {
        user.send(request("launch", true));
        Turn set = remindMe();

        assertThat(set.speech()).contains("I'll remind you to train every Monday, Wednesday and Friday at seven in the morning.")
                .contains("Which workout");
        assertThat(set.ends()).isFalse();
        assertThat(storedReminders()).containsExactly("alert-1");
        assertThat(api.calls).hasSize(1);
        FakeRemindersApi.Call create = api.calls.get(0);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/v1/alerts/reminders");
        assertThat(create.authorization()).isEqualTo("Bearer test-token");
        JsonNode body = Requests.JSON.readTree(create.body());
        assertThat(body.path("trigger").path("type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(body.path("trigger").path("timeZoneId").asText()).isEqualTo("America/New_York");
        assertThat(body.path("trigger").path("recurrence").path("recurrenceRules").get(0).asText()).isEqualTo(RULE);
        assertThat(body.path("trigger").path("recurrence").path("startDateTime").asText()).isEqualTo("2026-11-25T07:00:00.000");
        assertThat(body.path("requestTime").asText()).isEqualTo("2026-11-25T05:00:00.000");
        assertThat(body.path("alertInfo").path("spokenInfo").path("content").get(0).path("locale").asText()).isEqualTo("en-US");
        assertThat(body.path("alertInfo").path("spokenInfo").path("content").get(0).path("text").asText()).isNotBlank();

        Turn cancelled = user.send(request("cancel-reminders", true));

        assertThat(cancelled.speech()).contains("Your training reminders are cancelled.");
        assertThat(cancelled.ends()).isFalse();
        assertThat(api.calls.get(1).method()).isEqualTo("DELETE");
        assertThat(api.calls.get(1).path()).isEqualTo("/v1/alerts/reminders/alert-1");
        assertThat(storedReminders()).isEmpty();

        Turn again = user.send(request("cancel-reminders", true));
        assertThat(again.speech()).contains("You have no training reminders from me right now.");
        assertThat(api.calls).hasSize(2);
    }

    @Test
    void aNewSchedule_shouldReplaceTheOldReminder() {
        remindMe();
        Turn replaced = user.send(reminderWithTime("18:30"));

        assertThat(replaced.speech()).contains("at six thirty in the evening").contains("That replaces your earlier reminder.");
        assertThat(api.calls).extracting(FakeRemindersApi.Call::method).containsExactly("POST", "POST", "DELETE");
        assertThat(api.calls.get(2).path()).endsWith("/alert-1");
        assertThat(storedReminders()).containsExactly("alert-2");
    }

    @Test
    void midWorkout_shouldAnswer_andGoBackToTheWorkoutsQuestion() {
        user.send(request("launch", true));
        user.send(request("start-bicep-focus", true));
        Turn set = user.send(request("ready", true));
        JsonNode workout = set.workout();

        Turn reminded = remindMe();

        assertThat(reminded.speech()).contains("I'll remind you to train");
        assertThat(reminded.reprompt()).isEqualTo(set.reprompt());
        assertThat(reminded.workout()).isEqualTo(workout);
        assertThat(reminded.ends()).isFalse();
        assertThat(storedReminders()).containsExactly("alert-1");
        assertThat(user.send(request("rate-4", true)).speech()).doesNotContain("Sorry");
    }

    @Test
    void withoutThePermission_shouldAskByVoice_andSetTheReminderOnceAccepted() {
        user.send(request("launch", false));
        JsonNode attributes = user.attributes();
        Turn asked = user.send(request("remind-me-monday-wednesday-friday-at-seven", false));

        assertThat(asked.speech()).isEqualTo("To set reminders, I need your permission first.");
        JsonNode askFor = directive(asked, "Connections.SendRequest");
        assertThat(askFor.path("name").asText()).isEqualTo("AskFor");
        assertThat(askFor.path("payload").path("@type").asText()).isEqualTo("AskForPermissionsConsentRequest");
        assertThat(askFor.path("payload").path("@version").asText()).isEqualTo("2");
        assertThat(askFor.path("payload").path("permissionScope").asText()).isEqualTo(RemindersCoach.PERMISSION);
        assertThat(askFor.path("token").asText()).isEqualTo("MO,WE,FR@07:00");
        assertThat(asked.envelope().path("response").has("shouldEndSession")).as("Alexa takes the turn").isFalse();
        assertThat(asked.envelope().path("sessionAttributes").path("workout")).isEqualTo(attributes.path("workout"));
        assertThat(api.calls).isEmpty();

        user.forceAttributes(asked.envelope().path("sessionAttributes"));
        Turn accepted = user.send(request("reminders-permission-answer", true));

        assertThat(accepted.speech()).contains("I'll remind you to train every Monday, Wednesday and Friday at seven in the morning.")
                .contains("Which workout");
        assertThat(accepted.ends()).isFalse();
        assertThat(storedReminders()).containsExactly("alert-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DENIED", "NOT_ANSWERED"})
    void aPermissionNotGiven_shouldBeSaidPlainly_andSetNothing(String status) {
        user.send(request("launch", false));
        Turn asked = user.send(request("remind-me-monday-wednesday-friday-at-seven", false));
        user.forceAttributes(asked.envelope().path("sessionAttributes"));
        ObjectNode answer = request("reminders-permission-answer", false);
        ((ObjectNode) answer.path("request").path("payload")).put("status", status);

        Turn answered = user.send(answer);

        assertThat(answered.speech()).contains(status.equals("DENIED")
                ? "Okay, no reminders then. If you change your mind, you can allow reminders for Mind Muscle Coach in the Alexa app."
                : "so no reminder is set").contains("Which workout");
        assertThat(answered.ends()).isFalse();
        assertThat(api.calls).isEmpty();
        assertThat(storedReminders()).isEmpty();
    }

    @Test
    void aPermissionRequestThatFailed_shouldCountAsNotAnswered() {
        ObjectNode answer = request("reminders-permission-answer", true);
        ((ObjectNode) answer.path("request").path("status")).put("code", "500");

        Turn answered = user.send(answer);

        assertThat(answered.speech()).contains("so no reminder is set");
        assertThat(api.calls).isEmpty();
    }

    @Test
    void a403_shouldAskForThePermissionByVoice() {
        api.createStatus = 403;

        Turn asked = remindMe();

        assertThat(directive(asked, "Connections.SendRequest").path("name").asText()).isEqualTo("AskFor");
        assertThat(asked.speech()).isEqualTo("To set reminders, I need your permission first.");
        assertThat(storedReminders()).isEmpty();
    }

    @Test
    void a401_shouldSendTheConsentCard_andSaySo() {
        api.createStatus = 401;

        Turn refused = remindMe();

        assertThat(refused.speech()).contains("I've put a card in your Alexa app where you can allow them.");
        JsonNode card = refused.envelope().path("response").path("card");
        assertThat(card.path("type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(card.path("permissions").get(0).asText()).isEqualTo(RemindersCoach.PERMISSION);
        assertThat(refused.ends()).isFalse();
        assertThat(storedReminders()).isEmpty();
    }

    @Test
    void a429_shouldSayTryAgainInAMinute() {
        api.createStatus = 429;

        Turn busy = remindMe();

        assertThat(busy.speech()).contains("so no reminder is set").contains("again in a minute");
        assertThat(busy.ends()).isFalse();
        assertThat(storedReminders()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void a5xx_shouldSayRemindersAreUnreachable(int status) {
        api.createStatus = status;

        Turn down = remindMe();

        assertThat(down.speech()).contains("so no reminder is set").contains("again").contains("later");
        assertThat(down.ends()).isFalse();
        assertThat(storedReminders()).isEmpty();
    }

    @Test
    void aSlowApi_shouldBeGivenUpOnAfterTheTimeout() {
        api.delayMillis = 4_000;
        long started = System.nanoTime();

        Turn slow = remindMe();

        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(tookMillis).isBetween(AlexaReminders.TIMEOUT_MILLIS - 100, 3_500L);
        assertThat(slow.speech()).contains("so no reminder is set");
        assertThat(slow.ends()).isFalse();
        assertThat(storedReminders()).isEmpty();
    }

    @Test
    void aCancelThatFails_shouldKeepTheTokens_andSaySo() {
        remindMe();
        api.deleteStatus = 503;

        Turn failed = user.send(request("cancel-reminders", true));

        assertThat(failed.speech()).contains("your reminders are still set");
        assertThat(storedReminders()).containsExactly("alert-1");

        api.deleteStatus = 404; // deleted meanwhile in the Alexa app: as good as cancelled
        assertThat(user.send(request("cancel-reminders", true)).speech()).contains("Your training reminders are cancelled.");
        assertThat(storedReminders()).isEmpty();
    }

    @Test
    void aTimeThatDoesNotExist_shouldBeSaidWithAWayForward_andNothingCalled() {
        Turn noSuchTime = user.send(reminderWithTime("25:00"));

        assertThat(noSuchTime.speech()).contains("That time isn't on the clock.")
                .contains("remind me to train Monday, Wednesday and Friday at seven");
        assertThat(noSuchTime.ends()).isFalse();

        assertThat(user.send(reminderWithTime("EV")).speech()).contains("Give me an exact time");
        assertThat(user.send(reminderWithTime("?")).speech()).contains("I need a time for every Monday, Wednesday and Friday");
        assertThat(api.calls).isEmpty();
        assertThat(storedReminders()).isEmpty();
    }

    @Test
    void noDays_shouldSayWhatToSay() {
        ObjectNode request = request("remind-me-monday-wednesday-friday-at-seven", true);
        ObjectNode slots = (ObjectNode) request.path("request").path("intent").path("slots");
        List.of("dayOne", "dayTwo", "dayThree").forEach(slot -> ((ObjectNode) slots.path(slot)).remove(List.of("value", "resolutions")));

        Turn turn = user.send(request);

        assertThat(turn.speech()).contains("tell me the days and a time");
        assertThat(turn.ends()).isFalse();
        assertThat(api.calls).isEmpty();
    }

    @Test
    void withoutAnApi_shouldSayRemindersAreUnreachable() {
        Echo local = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null), USER);

        Turn turn = local.send(request("remind-me-monday-wednesday-friday-at-seven", true));

        assertThat(turn.speech()).contains("so no reminder is set");
        assertThat(turn.ends()).isFalse();
    }

    @Test
    void aTokenStorageCouldNotTakeYet_shouldWaitInTheSession_andBeSavedLater() {
        user.send(request("launch", true));
        storage.down(true);

        Turn set = remindMe();

        assertThat(set.speech()).contains("I'll remind you to train");
        assertThat(set.ends()).isFalse();
        storage.down(false);
        assertThat(storedReminders()).isEmpty();

        user.send(request("session-ended", true));
        assertThat(storedReminders()).containsExactly("alert-1");
    }
}
