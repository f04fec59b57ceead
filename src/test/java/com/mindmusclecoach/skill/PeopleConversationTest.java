package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is training (issue 13, item 5): a household on one account and one Echo, told apart by the voice profile Alexa
 * recognizes ({@code context.System.person.personId}). Each person's progress, streak and workout to resume are
 * their own; with nobody recognized, the account's.
 */
class PeopleConversationTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final String ACCOUNT = "amzn1.ask.account.HOUSEHOLD";
    private static final String ANN = "amzn1.ask.person.ANN";
    private static final String BOB = "amzn1.ask.person.BOB";
    private static final String ANNS = new Trainee(ACCOUNT, ANN).id();
    private static final String BOBS = new Trainee(ACCOUNT, BOB).id();

    private CountingProgressRepository storage;
    private MutableClock clock;
    private com.amazon.ask.CustomSkill skill;

    @BeforeEach
    void newSkill() {
        storage = new CountingProgressRepository();
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        skill = CoachSkill.create(CATALOGUE, storage, null, clock);
    }

    private Echo speaker(String person) {
        return Echo.inProcess(skill, ACCOUNT).as(person);
    }

    private static String name(String person) {
        return "<alexa:name type=\"first\" personId=\"" + person + "\"/>";
    }

    /** The SSML with apostrophes as written, the markup kept. */
    private static String ssml(Turn turn) {
        return turn.ssml().replace("&apos;", "'");
    }

    private UserProgress stored(String id) {
        return storage.stored(id);
    }

    private static void finish(Echo user, String rating) {
        Turn turn = user.say("start-bicep-focus");
        while (!turn.ends()) {
            turn = user.say(turn.workout().path("phase").asText().equals("RATING") ? rating : "ready");
        }
    }

    @Test
    void twoPeople_interleavedOnOneDevice_shouldKeepTheirOwnSets_andResumeOffers() {
        Echo ann = speaker(ANN);
        Echo bob = speaker(BOB);

        ann.say("launch");
        ann.say("start-bicep-focus");
        ann.say("ready");
        bob.say("launch");
        bob.say("start-leg-day");
        ann.say("rate-4");
        bob.say("ready");
        bob.say("rate-3");
        ann.say("ready");
        ann.say("rate-5");
        ann.say("stop");
        bob.say("stop");

        assertThat(stored(ANNS).setsCompleted()).isEqualTo(2);
        assertThat(stored(BOBS).setsCompleted()).isEqualTo(1);
        assertThat(storage.find(ACCOUNT)).as("nothing kept as the account's").isEmpty();
        assertThat(stored(ANNS).unfinished().routineId()).isEqualTo("bicep_focus");
        assertThat(stored(BOBS).unfinished().routineId()).isEqualTo("leg_day");

        clock.advance(Duration.ofDays(1));
        assertThat(speaker(ANN).say("launch").speech()).contains("Pick up bicep focus at set three").doesNotContain("leg day");
        assertThat(speaker(BOB).say("launch").speech()).contains("Pick up leg day").doesNotContain("bicep");
        assertThat(speaker(null).say("launch").speech()).as("nobody recognized: the account's, which is new")
                .startsWith("Welcome to Mind Muscle Coach.").doesNotContain("Pick up");
    }

    @Test
    void streak_shouldBeThePersonsOwn() {
        for (int day = 0; day < 3; day++) {
            finish(speaker(ANN), "rate-4");
            clock.advance(Duration.ofDays(1));
        }
        finish(speaker(BOB), "rate-3");
        clock.advance(Duration.ofHours(2));

        assertThat(speaker(ANN).say("launch").speech()).contains("You're on a three day streak.");
        assertThat(speaker(BOB).say("launch").speech()).startsWith("Hi . Welcome back.").doesNotContain("streak");
        assertThat(stored(ANNS).workoutsCompleted()).isEqualTo(3);
        assertThat(stored(BOBS).workoutsCompleted()).isEqualTo(1);
    }

    @Test
    void recognizedPerson_shouldBeGreetedByName_andNobodyRecognized_shouldNot() {
        Turn ann = speaker(ANN).say("launch");
        Turn nobody = speaker(null).say("launch");

        assertThat(ssml(ann)).startsWith("<speak>Hi " + name(ANN) + ". Welcome to Mind Muscle Coach.");
        assertThat(ssml(nobody)).doesNotContain("alexa:name").startsWith("<speak>Welcome to Mind Muscle Coach.");
    }

    @Test
    void personAndAccount_shouldEachReadOnce_andWriteOncePerSet() {
        Routine routine = CATALOGUE.routine("bicep_focus").orElseThrow();
        Echo ann = speaker(ANN);
        ann.say("launch");
        finish(ann, "rate-4");

        assertThat(storage.reads.get()).as("reads in one session").isEqualTo(1);
        assertThat(storage.writes.get()).isEqualTo(routine.totalSets());
        assertThat(stored(ANNS).workoutsCompleted()).isEqualTo(1);
    }

    @Test
    void deleteMyData_byAPerson_shouldDeleteOnlyTheirs_andSayWhose() {
        finish(speaker(ANN), "rate-4");
        finish(speaker(BOB), "rate-4");
        finish(speaker(null), "rate-4");
        Echo ann = speaker(ANN);

        Turn question = ann.say("delete-data");
        Turn deleted = ann.say("yes");

        assertThat(ssml(question)).contains("I can delete everything I've stored for " + name(ANN) + ": your workouts");
        assertThat(ssml(deleted)).contains("Everything I had stored for " + name(ANN) + " is deleted.")
                .contains("Everyone else's progress is kept.");
        assertThat(storage.find(ANNS)).isEmpty();
        assertThat(storage.find(BOBS)).isPresent();
        assertThat(storage.find(ACCOUNT)).isPresent();
    }

    @Test
    void deleteMyData_withNobodyRecognized_shouldDeleteTheAccountsOwn_andKeepEachPersons() {
        finish(speaker(ANN), "rate-4");
        finish(speaker(null), "rate-4");
        Echo nobody = speaker(null);

        nobody.say("delete-data");
        Turn deleted = nobody.say("yes");

        assertThat(deleted.speech()).startsWith("Done. Everything I had stored for you is deleted. That was this account's own progress");
        assertThat(storage.find(ACCOUNT)).isEmpty();
        assertThat(storage.find(ANNS)).isPresent();
    }

    @Test
    void aYesInAnotherVoice_shouldDeleteNothing() {
        finish(speaker(ANN), "rate-4");
        Echo device = speaker(ANN);
        device.say("delete-data");

        Turn yes = device.as(BOB).say("yes");

        assertThat(yes.speech()).startsWith("Sounds like someone new.");
        assertThat(storage.find(ANNS)).isPresent();
    }

    @Test
    void skillDisabled_shouldDeleteTheAccountsAndEveryPersons_andNoOtherAccounts() {
        finish(speaker(ANN), "rate-4");
        finish(speaker(BOB), "rate-4");
        finish(speaker(null), "rate-4");
        Echo neighbour = Echo.inProcess(skill, "amzn1.ask.account.NEIGHBOUR").as(ANN);
        finish(neighbour, "rate-4");

        speaker(null).say("skill-disabled");

        assertThat(storage.find(ACCOUNT)).isEmpty();
        assertThat(storage.find(ANNS)).isEmpty();
        assertThat(storage.find(BOBS)).isEmpty();
        assertThat(storage.find(new Trainee("amzn1.ask.account.NEIGHBOUR", ANN).id())).isPresent();
    }

    @Test
    void aTurnWithNobodyRecognized_shouldGoOnAsTheSessionsOwner() {
        Echo device = speaker(ANN);
        device.say("start-bicep-focus");
        device.say("ready");

        Turn rated = device.as(null).say("rate-4");

        assertThat(rated.speech()).doesNotContain("someone new");
        assertThat(stored(ANNS).setsCompleted()).isEqualTo(1);
        assertThat(storage.find(ACCOUNT)).isEmpty();
    }

    @Test
    void anotherVoiceMidSession_shouldSaveTheSessionForWhoeverOpenedIt_andWelcomeTheNewSpeaker() {
        Echo device = speaker(ANN);
        device.say("start-bicep-focus");
        device.say("ready");
        storage.down(true);
        device.say("rate-4"); // Ann's set waits in the session
        storage.down(false);

        Turn switched = device.as(BOB).say("ready");

        assertThat(ssml(switched)).startsWith("<speak>Sounds like someone new. I've saved the workout so far for "
                + name(ANN) + ". Hi " + name(BOB) + ". Welcome to Mind Muscle Coach.");
        assertThat(switched.ends()).isFalse();
        assertThat(stored(ANNS).setsCompleted()).as("Ann's set, saved as hers").isEqualTo(1);
        assertThat(stored(ANNS).unfinished().routineId()).isEqualTo("bicep_focus");
        assertThat(storage.find(BOBS)).as("nothing of Ann's is Bob's").isEmpty();

        device.say("start-leg-day");
        device.say("ready");
        device.say("rate-3");
        assertThat(stored(BOBS).setsCompleted()).isEqualTo(1);
        assertThat(stored(ANNS).setsCompleted()).isEqualTo(1);
        assertThat(speaker(ANN).say("launch").speech()).contains("Pick up bicep focus at set two");
    }

    @Test
    void anotherVoiceMidSession_whileStorageIsDown_shouldCarryOnAsBefore_andLoseNothing() {
        Echo device = speaker(ANN);
        device.say("start-bicep-focus");
        device.say("ready");
        storage.down(true);
        device.say("rate-4");

        Turn refused = device.as(BOB).say("ready");

        assertThat(ssml(refused)).contains("Sounds like someone new, but I couldn't save the workout for " + name(ANN)
                + " yet, so let's finish it first.");
        assertThat(refused.workout().path("routineId").asText()).isEqualTo("bicep_focus");
        assertThat(refused.ends()).isFalse();

        storage.down(false);
        Turn switched = device.say("ready");
        assertThat(switched.speech()).startsWith("Sounds like someone new. I've saved the workout so far for");
        assertThat(stored(ANNS).setsCompleted()).isEqualTo(1);
        assertThat(storage.find(BOBS)).isEmpty();
    }

    @Test
    void unrecognizedSession_takenOverByAPerson_shouldKeepTheAccountsSets() {
        Echo device = speaker(null);
        device.say("start-bicep-focus");
        device.say("ready");
        device.say("rate-4");

        Turn switched = device.as(ANN).say("ready");

        assertThat(switched.speech()).startsWith("Sounds like someone new. I've saved the workout we were doing.");
        assertThat(stored(ACCOUNT).setsCompleted()).isEqualTo(1);
        assertThat(storage.find(ANNS)).isEmpty();
        assertThat(storage.stored(ACCOUNT)).isNotEqualTo(UserProgress.NONE);
        assertThat(storage.find(ACCOUNT).map(StoredProgress::version)).isPresent();
    }

    /** A person id that is not one of Alexa's (markup, the storage separator): nobody recognized, nothing injected. */
    @Test
    void malformedPersonId_shouldCountAsNobodyRecognized() {
        Echo forged = speaker("\"/><audio src=\"https://x\"/>#" + BOB);
        Turn welcome = forged.say("launch");
        forged.say("start-bicep-focus");
        forged.say("ready");
        forged.say("rate-4");

        assertThat(welcome.ssml()).doesNotContain("alexa:name").doesNotContain("audio");
        assertThat(stored(ACCOUNT).setsCompleted()).isEqualTo(1);
        assertThat(storage.find(BOBS)).isEmpty();
    }
}
