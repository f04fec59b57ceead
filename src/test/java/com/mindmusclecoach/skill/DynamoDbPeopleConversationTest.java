package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.Trainee;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.LocalDynamoDb;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is training, on the real storage path (dynalite): people on one account, the migration, deleting it all. */
class DynamoDbPeopleConversationTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();
    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final String ANN = "amzn1.ask.person.ANN";
    private static final String BOB = "amzn1.ask.person.BOB";

    private CountingProgressRepository storage;
    private MutableClock clock;
    private String account;
    private com.amazon.ask.CustomSkill skill;

    @BeforeEach
    void freshAccount() {
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        storage = new CountingProgressRepository(new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC()));
        account = "amzn1.ask.account." + UUID.randomUUID();
        skill = CoachSkill.create(CATALOGUE, storage, null, clock);
    }

    private Echo device(String person) {
        return Echo.inProcess(skill, account).as(person);
    }

    private UserProgress stored(String person) {
        return storage.find(new Trainee(account, person).id()).map(StoredProgress::progress).orElse(UserProgress.NONE);
    }

    /** Two devices of one household at once, turns interleaved: each person's conditional writes are on their own item. */
    @Test
    void twoPeopleTrainingAtOnce_shouldEachKeepEverySet() {
        Routine routine = CATALOGUE.routine("bicep_focus").orElseThrow();
        Echo kitchen = device(ANN);
        Echo bedroom = device(BOB);
        Turn ann = kitchen.say("start-bicep-focus");
        Turn bob = bedroom.say("start-bicep-focus");
        while (!ann.ends() || !bob.ends()) {
            if (!ann.ends()) {
                ann = kitchen.say(ann.workout().path("phase").asText().equals("RATING") ? "rate-4" : "ready");
            }
            if (!bob.ends()) {
                bob = bedroom.say(bob.workout().path("phase").asText().equals("RATING") ? "rate-3" : "ready");
            }
        }

        assertThat(stored(ANN).setsCompleted()).isEqualTo(routine.totalSets());
        assertThat(stored(BOB).setsCompleted()).isEqualTo(routine.totalSets());
        assertThat(stored(ANN).workoutsCompleted()).isEqualTo(1);
        assertThat(stored(BOB).workoutsCompleted()).isEqualTo(1);
        assertThat(storage.find(account)).isEmpty();
    }

    /**
     * The migration: progress kept before people were told apart is the account's item, keyed as it always was. Once
     * the skill asks for voice profiles it is still there for whoever trains unrecognized, untouched and unmoved, and a
     * recognized person starts their own.
     */
    @Test
    void progressFromBeforePeople_shouldStayTheAccounts() {
        Echo before = device(null);
        Turn turn = before.say("start-bicep-focus");
        while (!turn.ends()) {
            turn = before.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-4" : "ready");
        }
        long version = storage.find(account).orElseThrow().version();
        clock.advance(Duration.ofDays(1));

        assertThat(device(null).say("launch").speech()).startsWith("Welcome back.");
        assertThat(device(ANN).say("launch").speech()).startsWith("Hi . Welcome to Mind Muscle Coach.");
        assertThat(storage.find(account).orElseThrow().version()).as("read, not rewritten").isEqualTo(version);
        assertThat(stored(null).workoutsCompleted()).isEqualTo(1);
    }

    @Test
    void skillDisabled_shouldDeleteEveryItemUnderTheAccount() {
        for (String person : new String[] {null, ANN, BOB}) {
            Echo user = device(person);
            user.say("start-bicep-focus");
            user.say("ready");
            user.say("rate-4");
            user.say("stop");
        }
        assertThat(stored(ANN).setsCompleted()).isEqualTo(1);

        device(null).say("skill-disabled");

        assertThat(storage.find(account)).isEmpty();
        assertThat(storage.find(new Trainee(account, ANN).id())).isEmpty();
        assertThat(storage.find(new Trainee(account, BOB).id())).isEmpty();
    }
}
