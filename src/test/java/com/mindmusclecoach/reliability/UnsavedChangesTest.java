package com.mindmusclecoach.reliability;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.skill.MutableClock;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unsaved changes while storage half works: reads answer but writes fail, or writes land but their answers are
 * lost (a slow table). The session's unsaved changes must stay small however long it lasts, and once writes work
 * again every set is stored exactly once. Also: session attributes that lost their count of sent changes, and
 * merged changes tampered with absurd counts.
 */
class UnsavedChangesTest {

    private static final String USER = "amzn1.ask.account.HALF-WORKING";
    private static final int SETS = 50;

    /** Storage whose writes can fail before or after they land; reads always answer. */
    private static final class HalfWorkingStorage implements ProgressRepository {

        enum Writes { WORK, FAIL, LAND_THEN_FAIL }

        private final InMemoryProgressRepository table = new InMemoryProgressRepository();
        private Writes writes = Writes.WORK;

        @Override
        public Optional<StoredProgress> find(String userId) {
            return table.find(userId);
        }

        @Override
        public long put(String userId, UserProgress progress, long expectedVersion) {
            if (writes == Writes.FAIL) {
                throw new ProgressUnavailableException("write timed out before it reached the table", null);
            }
            long version = table.put(userId, progress, expectedVersion);
            if (writes == Writes.LAND_THEN_FAIL) {
                throw new ProgressUnavailableException("write landed, its answer timed out", null);
            }
            return version;
        }

        @Override
        public void delete(String userId) {
            table.delete(userId);
        }

        UserProgress stored() {
            return table.find(USER).map(StoredProgress::progress).orElse(UserProgress.NONE);
        }
    }

    @Test
    void writesFailingWhileReadsAnswer_shouldKeepUnsavedChangesSmall_andSaveEverySetOnceWritesWork() {
        fiftySetsWithWrites(HalfWorkingStorage.Writes.FAIL);
    }

    @Test
    void writesLandingButTheirAnswersLost_shouldKeepUnsavedChangesSmall_andCountEverySetOnce() {
        fiftySetsWithWrites(HalfWorkingStorage.Writes.LAND_THEN_FAIL);
    }

    private void fiftySetsWithWrites(HalfWorkingStorage.Writes writes) {
        HalfWorkingStorage storage = new HalfWorkingStorage();
        MutableClock clock = new MutableClock(Requests.FIXTURE_TIME);
        Echo device = Checks.echo(Transport.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null, clock)), USER)
                .onScreenDevice();
        device.say(Requests.launch());
        device.say(Requests.startWorkout("leg day", "leg_day"));
        device.say(Requests.intent("SetRepsIntent", "reps", "12"));
        storage.writes = writes;
        int largest = 0;
        int mostUnsaved = 0;
        for (int set = 1; set <= SETS; set++) {
            clock.advance(Duration.ofSeconds(40)); // a set at a steady tempo
            device.say(Requests.intent("ReadyIntent"));
            clock.advance(Duration.ofSeconds(5));
            largest = Math.max(largest, size(device.say(Requests.intent("RateIntent", "rating", "4"))));
            mostUnsaved = Math.max(mostUnsaved, device.attributes().path("pending").size());
            if (set % 10 == 0) {
                device.say(Requests.intent("AMAZON.StartOverIntent"));
                device.say(Requests.intent("AMAZON.YesIntent"));
            }
        }
        storage.writes = HalfWorkingStorage.Writes.WORK;
        Turn goodbye = device.say(Requests.intent("AMAZON.StopIntent"));

        System.out.printf("%s: largest response %,d bytes, at most %d unsaved changes%n", writes, largest, mostUnsaved);
        assertThat(mostUnsaved).as("unsaved changes in the session at any time").isLessThanOrEqualTo(3);
        assertThat(goodbye.heard()).doesNotContain("couldn't save");
        UserProgress stored = storage.stored();
        assertThat(stored.setsCompleted()).as("sets stored").isEqualTo(SETS);
        assertThat(stored.repsCompleted()).isEqualTo(SETS * 12);
        assertThat(stored.days()).singleElement().satisfies(day -> {
            assertThat(day.sets()).isEqualTo(SETS);
            assertThat(day.ratings().values().stream().mapToInt(r -> r.count()).sum()).isEqualTo(SETS);
        });
    }

    @Test
    void aBatchThatLostItsCountOfSentChanges_shouldStillBeStoredOnce() {
        HalfWorkingStorage storage = new HalfWorkingStorage();
        MutableClock clock = new MutableClock(Requests.FIXTURE_TIME);
        Echo device = Checks.echo(Transport.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null, clock)), USER);
        device.say(Requests.launch());
        device.say(Requests.startWorkout("leg day", "leg_day"));
        storage.writes = HalfWorkingStorage.Writes.LAND_THEN_FAIL;
        device.say(Requests.intent("ReadyIntent"));
        device.say(Requests.intent("RateIntent", "rating", "5")); // set 1 lands, unseen
        device.say(Requests.intent("ReadyIntent"));                // set 2 coached
        ObjectNode attributes = ((ObjectNode) device.attributes()).deepCopy();
        assertThat(attributes.has("saveId")).isTrue();
        attributes.remove("sent");
        device.forceAttributes(attributes);
        storage.writes = HalfWorkingStorage.Writes.WORK;

        device.say(Requests.intent("RateIntent", "rating", "5"));
        device.say(Requests.intent("ReadyIntent"));                // set 3 coached
        device.say(Requests.intent("AMAZON.StopIntent"));

        assertThat(storage.stored().setsCompleted()).isEqualTo(3);
    }

    @Test
    void mergedChangesWithAbsurdCounts_shouldNeitherFailATurnNorBeHeard() {
        HalfWorkingStorage storage = new HalfWorkingStorage();
        Echo device = Checks.echo(Transport.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null,
                new MutableClock(Requests.FIXTURE_TIME))), USER);
        device.say(Requests.launch());
        ObjectNode attributes = ((ObjectNode) device.attributes()).deepCopy();
        ArrayNode pending = attributes.putArray("pending");
        for (int i = 0; i < 25; i++) {
            ObjectNode day = pending.addObject().put("type", "day").put("day", "2026-11-25").put("workouts", 1_000_000_000);
            day.putObject("sets").putObject("squat").put("sets", 100_000_000).put("reps", 100_000_000);
        }
        device.forceAttributes(attributes);

        Turn report = device.say(Requests.intent("ProgressIntent"));
        Turn goodbye = device.say(Requests.intent("AMAZON.StopIntent"));

        assertThat(report.heard() + goodbye.heard()).doesNotContain("-").doesNotContain("00,000");
        assertThat(storage.stored().workoutsCompleted()).isZero();
        assertThat(storage.stored().setsCompleted()).isZero();
    }

    private static int size(Turn turn) {
        return Requests.text(turn.envelope()).getBytes(StandardCharsets.UTF_8).length;
    }
}
