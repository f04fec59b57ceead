package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.LocalDynamoDb;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The real skill on the real storage path: conversations whose progress lives in a DynamoDB engine. */
class DynamoDbConversationTest {

    @RegisterExtension
    static final LocalDynamoDb DYNAMO = new LocalDynamoDb();
    private static final Catalogue CATALOGUE = CatalogueFile.standard();

    private CountingProgressRepository storage;
    private MutableClock clock;
    private String userId;

    @BeforeEach
    void freshUser() {
        clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        storage = new CountingProgressRepository(new DynamoDbProgressRepository(DYNAMO.client(), LocalDynamoDb.TABLE, Clock.systemUTC()));
        userId = "amzn1.ask.account." + UUID.randomUUID();
    }

    private Echo device() {
        return Echo.inProcess(CoachSkill.create(CATALOGUE, storage, null, clock), userId);
    }

    private UserProgress stored() {
        return storage.find(userId).map(StoredProgress::progress).orElseThrow();
    }

    @Test
    void stoppedWorkout_shouldResumeOnAnotherDevice_daysLater() {
        Echo kitchen = device();
        kitchen.say("start-squat-focus");
        kitchen.say("faster");
        kitchen.say("ready");
        kitchen.say("rate-4");
        kitchen.say("stop");
        clock.advance(Duration.ofDays(3));

        Echo bedroom = device();
        Turn welcome = bedroom.say("launch");
        assertThat(welcome.speech()).contains("Pick up squat focus at set two of squats?");
        bedroom.say("yes");
        Turn setTwo = bedroom.say("ready");

        assertThat(setTwo.speech()).startsWith("Set two of three.");
        assertThat(setTwo.workout().path("preferences").path("tempoShift").asInt()).isEqualTo(-1);
        assertThat(stored().setsCompleted()).isEqualTo(1);
    }

    @Test
    void returningUsersWorkout_shouldReadOnce_andWriteOncePerSet_theSessionsCopyMatchingTheStoredItem() {
        Echo kitchen = device();
        kitchen.say("start-squat-focus");
        kitchen.say("ready");
        kitchen.say("rate-4");
        kitchen.say("stop");
        clock.advance(Duration.ofDays(1));
        storage.resetCounts();

        Echo again = device();
        again.say("launch");
        again.say("no");
        Turn turn = again.say("start-bicep-focus");
        int sets = 0;
        for (int turns = 0; turns < 60 && !turn.ends(); turns++) {
            boolean rating = turn.workout().path("phase").asText().equals("RATING");
            sets += rating ? 1 : 0;
            turn = again.say(rating ? "rate-4" : "ready");
        }

        assertThat(turn.ends()).as("the workout ended").isTrue();
        // The copy of the progress the session carries, written back as JSON and read again, still has the stored
        // item's fingerprint: no write is refused as if it had lost a race, and nothing is read again.
        assertThat(storage.reads.get()).as("reads in one session").isEqualTo(1);
        assertThat(storage.writes.get()).as("writes").isEqualTo(sets);
        assertThat(stored().setsCompleted()).isEqualTo(1 + sets);
    }

    @Test
    void twoDevicesTrainingAtOnce_shouldLoseNoSet() {
        Echo one = device();
        Echo two = device();
        one.say("launch");
        two.say("launch");
        one.say("start-bicep-focus");
        two.say("start-squat-focus");
        for (int set = 0; set < 2; set++) {
            one.say("ready");
            two.say("ready");
            one.say("rate-4");
            two.say("rate-5");
        }

        UserProgress progress = stored();
        assertThat(progress.setsCompleted()).isEqualTo(4);
        assertThat(progress.totals().get("biceps_curl").sets()).isEqualTo(2);
        assertThat(progress.totals().get("squat").sets()).isEqualTo(2);
        assertThat(progress.days().get(0).ratings().get("biceps").count()).isEqualTo(2);
    }

    @Test
    void deleteMyData_shouldRemoveTheItem() {
        Echo user = device();
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        user.say("delete-data");
        Turn deleted = user.say("yes");

        assertThat(deleted.speech()).startsWith("Done.");
        assertThat(storage.find(userId)).isEmpty();
    }

    @Test
    void skillDisabled_shouldRemoveTheItem() {
        Echo user = device();
        user.say("start-bicep-focus");
        user.say("ready");
        user.say("rate-4");

        user.say("skill-disabled");

        assertThat(storage.find(userId)).isEmpty();
    }

    @Test
    void unreachableDynamoDb_shouldLeaveTheWorkoutGoing() {
        var nowhere = new DynamoDbProgressRepository(DynamoDbClients.forEndpoint(URI.create("http://127.0.0.1:9")),
                LocalDynamoDb.TABLE, Clock.systemUTC());
        Echo user = Echo.inProcess(CoachSkill.create(CATALOGUE, nowhere, null, clock), userId);

        assertThat(user.say("launch").speech()).contains("Which would you like today");
        user.say("start-bicep-focus");
        user.say("ready");
        Turn rest = user.say("rate-4");

        assertThat(rest.speech()).startsWith("A four.").endsWith("set two?");
        assertThat(user.say("stop").speech()).endsWith("I couldn't save today's progress just now, sorry.");
    }
}
