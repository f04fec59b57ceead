package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress that lasts: conversations over several sessions and days, as a returning user has them. */
class ProgressConversationTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final String USER = "amzn1.ask.account.RETURNING";

    private CountingProgressRepository storage;
    private MutableClock clock;
    private Echo user;

    @BeforeEach
    void newSkill() {
        storage = new CountingProgressRepository();
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        user = Echo.inProcess(CoachSkill.create(CATALOGUE, storage, null, clock), USER);
    }

    private void finishBicepFocus() {
        Turn turn = user.say("start-bicep-focus");
        while (!turn.ends()) {
            turn = user.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-4" : "ready");
        }
    }

    private UserProgress stored() {
        return storage.find(USER).map(StoredProgress::progress).orElseThrow();
    }

    @Test
    void stoppedWorkout_shouldBeOfferedAndResumedExactlyWhereItStopped_inALaterSession() {
        user.say("launch");
        user.say("start-bicep-focus");
        user.say("slower");
        user.say("ready");
        user.say("rate-3");
        user.say("stop");
        clock.advance(Duration.ofDays(2));

        Turn welcome = user.say("launch");
        assertThat(welcome.speech()).startsWith("Welcome back.")
                .contains("Pick up bicep focus at set two of biceps curls?")
                .doesNotContain("hurts").endsWith("?");

        Turn resumed = user.say("yes");
        assertThat(resumed.speech()).startsWith("Let's pick it up.").endsWith("set two?");
        Turn setTwo = user.say("ready");
        assertThat(setTwo.speech()).startsWith("Set two of three.");
        assertThat(setTwo.workout().path("preferences").path("tempoShift").asInt()).as("the slower tempo came back").isEqualTo(1);
    }

    /** "Alexa, ask mind muscle coach to resume": the new session takes up the unfinished workout, saying which. */
    @Test
    void oneShotResume_inALaterSession_shouldTakeUpTheUnfinishedWorkout_sayingWhereItIs() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("stop");
        clock.advance(Duration.ofHours(3));

        Turn resumed = user.say("resume");
        assertThat(resumed.speech()).isEqualTo("Welcome back. Set two of biceps curls is next. Ready?");
        assertThat(user.say("ready").speech()).startsWith("Set two of three.");
        user.say("rate-5");
        user.say("stop");

        Turn howMany = user.say("how-many-left");
        assertThat(howMany.speech()).as("answered about the unfinished workout, then its offer")
                .startsWith("One set of eight biceps curls to go").endsWith("?");
        assertThat(howMany.workout().path("phase").asText()).isEqualTo("OFFERING_RESUME");
        user.say("stop");

        Turn no = user.say("no");
        assertThat(no.ends()).as("a one-shot no, to nothing asked, is a goodbye as ever").isTrue();

        Turn another = user.say("start-squat-focus");
        assertThat(another.speech()).as("a workout asked for by name starts at once").startsWith("Squat focus.");
        assertThat(stored().setsCompleted()).isEqualTo(2);
    }

    @Test
    void oneShotResume_shouldTakeUpTheWorkout_atThePreferencesStoredSince() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("stop");
        user.say("launch");
        user.say("no"); // the offer declined, the place still stored
        user.say("slower");
        user.say("slower");
        user.say("stop");

        Turn resumed = user.say("resume");
        assertThat(resumed.speech()).startsWith("Welcome back. Set two of biceps curls is next.");
        assertThat(resumed.workout().path("preferences").path("tempoShift").asInt()).as("the latest: two slower")
                .isEqualTo(2);
    }

    @Test
    void pause_shouldSayHowToComeBack_onlyWhenThereIsAPlaceToComeBackTo_andNeverWelcomeTwice() {
        user.say("start-bicep-focus");
        assertThat(user.say("pause").speech()).startsWith("Paused. Take your time.").endsWith("?");
        user.say("resume");
        user.say("ready");
        user.say("rate-4");
        Turn paused = user.say("pause");
        assertThat(paused.speech()).startsWith("Paused. If I go quiet, just open Mind Muscle Coach again").endsWith("?");
        assertThat(user.say("resume").speech()).startsWith("Let's pick it up.");
    }

    @Test
    void declinedResume_shouldStartFresh_andKeepTheStoredPlace() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("stop");

        user.say("launch");
        Turn declined = user.say("no");

        assertThat(declined.speech()).startsWith("No problem, we'll start fresh. Which workout");
        assertThat(user.say("start-leg-day").speech()).startsWith("Leg day.");
    }

    @Test
    void droppedSession_shouldKeepTheSetsDone_andOfferToResume() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("ready");
        user.say("session-ended");

        assertThat(stored().setsCompleted()).isEqualTo(2);
        Turn welcome = user.say("launch");
        assertThat(welcome.speech()).contains("Pick up bicep focus at set three of biceps curls?");
    }

    @Test
    void progressQuestion_shouldReportWorkoutsStreakTotalsAndTheRatingTrend() {
        finishBicepFocus();
        clock.advance(Duration.ofDays(1));
        user.say("launch");
        Turn first = user.say("start-bicep-focus");
        assertThat(first.speech()).startsWith("Bicep focus.");
        Turn turn = user.say("ready");
        while (!turn.ends()) {
            turn = user.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-5" : "ready");
        }
        clock.advance(Duration.ofHours(3));

        user.say("launch");
        Turn report = user.say("progress");

        assertThat(report.speech()).startsWith("You've finished two workouts, two this week. You're on a two day streak,"
                + " and your best is two.")
                .contains("Your most trained exercise is biceps curls: six sets and")
                .contains("Your biceps connection went from four out of five to five out of five this month.").endsWith("?");
    }

    @Test
    void returningUser_shouldBeGreetedWithTheStreak() {
        for (int day = 0; day < 3; day++) {
            finishBicepFocus();
            clock.advance(Duration.ofDays(1));
        }

        assertThat(user.say("launch").speech()).startsWith("Welcome back. You're on a three day streak.");
        assertThat(stored().bestStreak()).isEqualTo(3);
    }

    @Test
    void preferences_shouldBeRememberedInTheNextSession() {
        user.say("start-bicep-focus");
        user.say("reps-10");
        user.say("rest-90");
        user.say("brief-cues");
        user.say("stop");

        Turn briefing = user.say("start-squat-focus");
        Turn set = user.say("ready");
        Turn rest = user.say("rate-4");

        assertThat(briefing.speech()).contains("three sets of ten");
        assertThat(set.speech()).contains("And that's ten!").doesNotContain("Breathe in as you");
        assertThat(rest.speech()).contains("Rest, ninety seconds.");
    }

    @Test
    void deleteMyData_shouldAskFirst_thenDeleteEverything() {
        finishBicepFocus();

        user.say("launch");
        Turn question = user.say("delete-data");
        assertThat(question.speech()).contains("This can't be undone. Shall I delete it all?");
        Turn kept = user.say("no");
        assertThat(kept.speech()).startsWith("Okay, I've kept everything.");
        assertThat(storage.find(USER)).isPresent();

        user.say("delete-data");
        Turn deleted = user.say("yes");

        assertThat(deleted.speech()).startsWith("Done. Everything I had stored for you is deleted.");
        assertThat(deleted.ends()).isTrue();
        assertThat(storage.find(USER)).isEmpty();
        assertThat(user.say("launch").speech()).contains("Safety first: stop if anything hurts.");
    }

    @Test
    void disablingTheSkill_shouldDeleteTheUsersData() {
        finishBicepFocus();

        Turn event = user.say("skill-disabled");

        assertThat(event.hasSpeech()).isFalse();
        assertThat(storage.find(USER)).isEmpty();
    }

    @Test
    void storageDown_shouldNotStopTheWorkout_andTheSetsSaveWhenItIsBack() {
        storage.down(true);
        Turn welcome = user.say("launch");
        assertThat(welcome.speech()).contains("Which would you like today");
        user.say("start-bicep-focus");
        user.say("ready");
        Turn rest = user.say("rate-4");
        assertThat(rest.speech()).as("nothing to tell yet: the workout goes on").startsWith("A four.").doesNotContain("save");
        user.say("ready");

        storage.down(false);
        user.say("rate-5");

        UserProgress saved = stored();
        assertThat(saved.setsCompleted()).isEqualTo(2);
        assertThat(saved.days()).singleElement().satisfies(day ->
                assertThat(day.ratings().get("biceps").count()).isEqualTo(2));
    }

    @Test
    void storageDownAtTheEnd_shouldSaySoOnce_briefly() {
        user.say("start-bicep-focus");
        user.say("ready");
        storage.down(true);

        Turn bye = user.say("stop");

        assertThat(bye.speech()).endsWith("I couldn't save today's progress just now, sorry.");
        assertThat(bye.ends()).isTrue();
    }

    @Test
    void wholeWorkout_shouldReadOnce_andWriteOncePerSet() {
        Routine routine = CATALOGUE.routine("bicep_focus").orElseThrow();

        user.say("launch");
        finishBicepFocus();

        assertThat(storage.reads.get()).as("reads in one session").isEqualTo(1);
        assertThat(storage.writes.get()).as("writes for a workout of " + routine.totalSets() + " sets")
                .isEqualTo(routine.totalSets());
        assertThat(stored().workoutsCompleted()).isEqualTo(1);
        assertThat(stored().unfinished()).isNull();
        assertThat(stored().days()).singleElement().extracting(d -> d.day()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void oneShotQuestionThenStop_shouldKeepTheStoredPlace() {
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");
        user.say("stop");

        user.say("progress");
        user.say("stop");

        assertThat(stored().unfinished()).as("the workout to resume survives a session without one").isNotNull();
        assertThat(user.say("launch").speech()).contains("Pick up bicep focus at set two of biceps curls?");
    }

    @Test
    void requestWithoutAUser_shouldBeCoached_butNothingStored() {
        com.fasterxml.jackson.databind.node.ObjectNode start = Requests.withoutUser(Requests.fixture("start-bicep-focus"));
        Echo anonymous = Echo.inProcess(CoachSkill.create(CATALOGUE, storage, null, clock), null);

        Turn turn = anonymous.send(start);

        assertThat(turn.speech()).startsWith("Bicep focus.");
        assertThat(storage.reads.get() + storage.writes.get()).isZero();
    }
}
