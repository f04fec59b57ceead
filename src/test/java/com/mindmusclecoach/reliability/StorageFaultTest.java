package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressStore;
import com.mindmusclecoach.progress.RatingTally;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.LocalDynamoDb;
import com.mindmusclecoach.reliability.FaultyDynamoDb.Fault;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage faults against a real DynamoDB-compatible engine (dynalite): throttling, timeouts, 500s, lost races
 * and an endpoint that refuses connections or never answers, injected turn by turn while a user trains a whole
 * workout. The user hears exactly what they would have heard without the faults, the workout goes on the same
 * way, and once storage is back every set, rating and the finished workout is stored, with another device's
 * sets beside them.
 *
 * <p>The seed is fixed so a run is repeatable; change {@link #SEED}, or see {@link Gen} to explore or replay a case.
 */
class StorageFaultTest {

    static final long SEED = 5150;
    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final Clock CLOCK = Clock.fixed(Requests.FIXTURE_TIME, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    /** Bicep focus from the first word to the last rating, which finishes the workout and ends the session. */
    private static final List<ObjectNode> WORKOUT = workout();

    private static LocalDynamoDb dynamo;
    private static SilentEndpoint silent;
    private static DynamoDbClient refusingClient;
    private static DynamoDbClient silentClient;
    private static FaultyDynamoDb storage;
    private static DynamoDbProgressRepository healthy;
    private static com.mindmusclecoach.testkit.Transport skill;
    private static List<Turn> withoutFaults;
    private static volatile String user;

    @BeforeAll
    static void start() {
        dynamo = new LocalDynamoDb();
        dynamo.start();
        silent = SilentEndpoint.start();
        refusingClient = DynamoDbClients.forEndpoint(SilentEndpoint.refusing());
        silentClient = DynamoDbClients.forEndpoint(silent.uri());
        healthy = new DynamoDbProgressRepository(dynamo.client(), LocalDynamoDb.TABLE, CLOCK);
        ProgressStore otherDevice = new ProgressStore(healthy);
        storage = new FaultyDynamoDb(dynamo.client(), refusingClient, silentClient, () -> otherDevice.save(user,
                otherDevice.load(user), List.of(new ProgressChange.SetDone("squat", 10, TODAY))));
        skill = com.mindmusclecoach.testkit.Transport.inProcess(CoachSkill.create(CATALOGUE,
                new DynamoDbProgressRepository(storage.client(), LocalDynamoDb.TABLE, CLOCK), null, CLOCK));
        withoutFaults = train(new ArrayList<>(Collections.nCopies(WORKOUT.size(), Fault.NONE)));
    }

    @AfterAll
    static void stop() {
        StringBuilder injected = new StringBuilder("storage faults injected (calls):");
        for (Fault fault : Fault.values()) {
            if (fault != Fault.NONE) {
                injected.append(' ').append(fault).append('=').append(storage.injected(fault));
            }
        }
        System.out.println(injected);
        refusingClient.close();
        silentClient.close();
        silent.close();
        dynamo.stop();
    }

    @TestFactory
    Stream<DynamicTest> faultsDuringAWorkout_areNeverHeard_andNoSetIsLostOnceStorageIsBack() {
        return Gen.cases("faults during a workout", SEED, 40, StorageFaultTest::plan, List::toString,
                StorageFaultTest::isNeverHeard);
    }

    private static void isNeverHeard(List<Fault> plan) {
        int racesBefore = storage.injected(Fault.LOST_RACE);

        List<Turn> turns = train(plan);

        for (int i = 0; i < turns.size(); i++) {
            assertThat(turns.get(i).ssml()).as("turn %d under %s", i, plan.get(i)).isEqualTo(withoutFaults.get(i).ssml());
            assertThat(turns.get(i).workout()).as("workout after turn %d", i).isEqualTo(withoutFaults.get(i).workout());
        }
        int otherDeviceSets = storage.injected(Fault.LOST_RACE) - racesBefore;
        UserProgress stored = stored();
        assertThat(stored.totals()).isEqualTo(otherDeviceSets == 0
                ? Map.of("biceps_curl", new ExerciseTotals(3, 24), "hammer_curl", new ExerciseTotals(2, 20))
                : Map.of("biceps_curl", new ExerciseTotals(3, 24), "hammer_curl", new ExerciseTotals(2, 20),
                        "squat", new ExerciseTotals(otherDeviceSets, 10 * otherDeviceSets)));
        assertThat(stored.days().get(0).ratings()).isEqualTo(Map.of("biceps", new RatingTally(12, 3),
                "biceps and forearms", new RatingTally(9, 2)));
        assertThat(stored.workoutsCompleted()).isEqualTo(1);
        assertThat(stored.unfinished()).isNull();
    }

    @Test
    void aDatabaseThatNeverAnswers_costsTheTurnItsCallTimeouts_andTheWorkoutGoesOn() {
        List<Fault> plan = new ArrayList<>(Collections.nCopies(WORKOUT.size(), Fault.NONE));
        plan.set(0, Fault.SILENT);
        plan.set(3, Fault.SILENT);
        List<Long> millis = new ArrayList<>();

        List<Turn> turns = train(plan, millis);

        for (int i = 0; i < turns.size(); i++) {
            assertThat(turns.get(i).ssml()).isEqualTo(withoutFaults.get(i).ssml());
        }
        assertThat(stored().setsCompleted()).isEqualTo(5);
        assertThat(storage.injected(Fault.SILENT)).isPositive();
        System.out.printf("silent database: launch took %d ms, the rating after set one %d ms (healthy turns: %s ms)%n",
                millis.get(0), millis.get(3), millis.subList(4, millis.size()));
    }

    @Test
    void storageDownUntilTheEnd_getsOneApology_andKeepsWhatWasSavedBefore() {
        List<Fault> plan = new ArrayList<>(Collections.nCopies(WORKOUT.size(), Fault.UNREACHABLE));
        plan.subList(0, 4).replaceAll(f -> Fault.NONE);

        List<Turn> turns = train(plan);

        Turn last = turns.get(turns.size() - 1);
        assertThat(last.heard()).endsWith("I couldn't save today's progress just now, sorry.");
        assertThat(turns.subList(0, turns.size() - 1)).allSatisfy(t -> assertThat(t.heard()).doesNotContain("couldn't save"));
        assertThat(stored().totals()).isEqualTo(Map.of("biceps_curl", new ExerciseTotals(1, 8)));
    }

    @Test
    void aWriteThatLandsButWhoseAnswerIsLost_isNotCountedTwice() {
        List<Fault> plan = new ArrayList<>(Collections.nCopies(WORKOUT.size(), Fault.NONE));
        plan.set(3, Fault.WRITE_LANDS_ANSWER_LOST);

        train(plan);

        assertThat(stored().totals()).isEqualTo(Map.of("biceps_curl", new ExerciseTotals(3, 24),
                "hammer_curl", new ExerciseTotals(2, 20)));
    }

    private static List<Turn> train(List<Fault> plan) {
        return train(plan, new ArrayList<>());
    }

    /** A new user trains the whole workout, {@code plan} giving the fault in force for each turn. */
    private static List<Turn> train(List<Fault> plan, List<Long> millis) {
        user = "amzn1.ask.account.FAULTS-" + UUID.randomUUID();
        Echo device = Checks.echo(skill, user);
        List<Turn> turns = new ArrayList<>();
        try {
            for (int i = 0; i < WORKOUT.size(); i++) {
                storage.set(plan.get(i));
                long start = System.nanoTime();
                turns.add(device.say(WORKOUT.get(i)));
                millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
        } finally {
            storage.set(Fault.NONE);
        }
        return turns;
    }

    private static UserProgress stored() {
        return healthy.find(user).map(StoredProgress::progress).orElse(UserProgress.NONE);
    }

    private static List<ObjectNode> workout() {
        List<ObjectNode> turns = new ArrayList<>(List.of(Requests.launch(), Requests.startWorkout("bicep focus", "bicep_focus")));
        for (String rating : List.of("4", "5", "3", "4", "5")) {
            turns.add(Requests.intent("ReadyIntent"));
            turns.add(Requests.intent("RateIntent", "rating", rating));
        }
        turns.add(Requests.intent("AMAZON.NoIntent")); // no cool-down: the session closes
        return List.copyOf(turns);
    }

    private static final List<Gen.Weighted<Fault>> FAULTS = List.of(
            Gen.Weighted.of(8, g -> Fault.NONE),
            Gen.Weighted.of(10, g -> g.pick(Fault.THROTTLED, Fault.REQUEST_LIMIT, Fault.THROTTLING, Fault.TIMED_OUT,
                    Fault.ATTEMPT_TIMED_OUT, Fault.SERVER_ERROR, Fault.LOST_RACE)),
            Gen.Weighted.of(1, g -> Fault.UNREACHABLE));

    /** A fault (or none) for every turn but the last: storage is back by the end of the workout. */
    private static List<Fault> plan(Gen gen) {
        List<Fault> plan = gen.list(WORKOUT.size() - 1, WORKOUT.size() - 1, g -> g.weighted(FAULTS));
        plan.add(Fault.NONE);
        return plan;
    }
}
