package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.PlausibleChanges;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session attributes come back from the caller, and over HTTP a caller can write them at will. What reaches storage is
 * the stored item plus unsaved changes this skill could have made: a forged copy of the progress is never written, and
 * a forged change is dropped without the genuine set beside it.
 */
class ForgedSessionTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final String USER = "amzn1.ask.account.FORGER";
    private static final String CURL = "biceps_curl";

    private CountingProgressRepository storage;
    private Echo device;

    @BeforeEach
    void newSkill() {
        storage = new CountingProgressRepository();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T07:00:00Z"));
        device = Echo.inProcess(CoachSkill.create(CATALOGUE, storage, null, clock), USER);
    }

    /** One set trained, rated and saved; the second coached and waiting for its rating, its set unsaved. */
    private void firstSetSavedSecondWaiting() {
        device.say("start-bicep-focus");
        device.say("ready");
        device.say("rate-4");
        device.say("ready");
        assertThat(stored().totals().get(CURL)).as("the first set is stored").isEqualTo(new ExerciseTotals(1, 8));
        assertThat(device.attributes().path("pending")).as("the second set waits for its rating").isNotEmpty();
    }

    /** The next request carries the attributes as they were, changed by {@code forge}. */
    private void forge(Consumer<ObjectNode> forge) {
        ObjectNode attributes = device.attributes().deepCopy();
        forge.accept(attributes);
        device.forceAttributes(attributes);
    }

    private UserProgress stored() {
        return storage.find(USER).map(StoredProgress::progress).orElseThrow();
    }

    private static ArrayNode pending(ObjectNode attributes) {
        return (ArrayNode) attributes.path("pending");
    }

    private static ObjectNode dayOf(String exercise, int sets, int reps) {
        ObjectNode day = Requests.JSON.createObjectNode().put("type", "day").put("day", "2026-11-02").put("workouts", 0);
        day.putObject("sets").putObject(exercise).put("sets", sets).put("reps", reps);
        day.putObject("ratings");
        return day;
    }

    @Test
    void forgedProgressWithTheStoredVersion_shouldNeverBeWritten_onlyTheSetTrained() {
        firstSetSavedSecondWaiting();
        forge(attributes -> {
            ObjectNode progress = (ObjectNode) attributes.path("progress").path("progress");
            progress.put("workoutsCompleted", 5_555);
            ((ObjectNode) progress.path("totals")).putObject(CURL).put("sets", 77_777).put("reps", 777_770);
        });

        Turn rated = device.say("rate-4");

        assertThat(rated.speech()).doesNotContain("couldn't save");
        assertThat(stored().totals().get(CURL)).isEqualTo(new ExerciseTotals(2, 16));
        assertThat(stored().workoutsCompleted()).isZero();
    }

    @Test
    void pendingDayOfFiveHundredSets_shouldBeDropped_andTheGenuineSetStored() {
        firstSetSavedSecondWaiting();
        forge(attributes -> pending(attributes).add(dayOf("squat", 500, 5_000)));

        device.say("rate-4");

        assertThat(stored().totals()).doesNotContainKey("squat");
        assertThat(stored().totals().get(CURL)).isEqualTo(new ExerciseTotals(2, 16));
    }

    @Test
    void pendingChangesBeyondTheDaysBound_shouldBeDropped_howeverTheyAreSplit() {
        firstSetSavedSecondWaiting();
        forge(attributes -> {
            for (int i = 0; i < 25; i++) {
                pending(attributes).add(dayOf("squat", PlausibleChanges.MAX_SETS_OF_AN_EXERCISE, 200));
            }
        });

        device.say("rate-4");

        assertThat(stored().totals().get("squat").sets()).isEqualTo(PlausibleChanges.MAX_SETS_OF_AN_EXERCISE);
        assertThat(stored().totals().get(CURL)).isEqualTo(new ExerciseTotals(2, 16));
    }

    @Test
    void unreadableHugeChange_shouldBeDroppedAlone_notWithTheGenuineSetInTheSameBatch() {
        firstSetSavedSecondWaiting();
        forge(attributes -> pending(attributes).add(dayOf(CURL, 100_000_000, 1_000_000_000)));

        device.say("rate-4");

        assertThat(stored().totals().get(CURL)).isEqualTo(new ExerciseTotals(2, 16));
    }

    @Test
    void changesOfUnknownExercisesOrDays_shouldBeDropped_andTheGenuineSetStored() {
        firstSetSavedSecondWaiting();
        forge(attributes -> {
            pending(attributes).addObject().put("type", "set").put("exerciseId", "unicorn_press").put("reps", 10)
                    .put("day", "2026-11-02");
            pending(attributes).addObject().put("type", "set").put("exerciseId", "squat").put("reps", 10)
                    .put("day", "2031-01-01");
            pending(attributes).addObject().put("type", "rating").put("muscle", "wings").put("rating", 5)
                    .put("day", "2026-11-02");
            pending(attributes).addObject().put("type", "started").put("routineId", "no_such_routine");
        });

        device.say("rate-4");

        UserProgress stored = stored();
        assertThat(stored.totals()).containsOnlyKeys(CURL);
        assertThat(stored.totals().get(CURL)).isEqualTo(new ExerciseTotals(2, 16));
        assertThat(stored.days()).singleElement().satisfies(day -> assertThat(day.ratings()).doesNotContainKey("wings"));
        assertThat(stored.lastWorkout()).isEqualTo("bicep_focus");
    }

    @Test
    void forgedWorkoutOfManySets_shouldNotBeStoredAsThePlaceToResume() {
        firstSetSavedSecondWaiting();
        forge(attributes -> {
            ArrayNode completed = (ArrayNode) attributes.path("workout").path("completed");
            JsonNode set = completed.get(0);
            for (int i = 0; i < 5_000; i++) {
                completed.add(set.deepCopy());
            }
        });

        Turn turn = device.say("stop");

        assertThat(turn.ends()).isTrue();
        assertThat(stored().unfinished()).as("the place stored with the first set stays").isNotNull();
        assertThat(stored().unfinished().completed()).as("the place to resume").hasSize(1);
    }
}
