package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.PlausibleChanges;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workout made on request ("a ten minute triceps workout") is stored by its id alone; after the round trip through
 * the DynamoDB item it is the same workout, offered to pick up at the same set, and a session bringing it back is
 * believed. An id no request could make is not.
 */
class MadeWorkoutStorageTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final WorkoutStateMachine MACHINE = new WorkoutStateMachine(CATALOGUE);
    private static final Instant NOW = Instant.parse("2026-11-30T07:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    /** Started, warm-up skipped, set one done and rated: resting before set two. */
    private static WorkoutSession afterSetOne(String routineId) {
        WorkoutSession s = MACHINE.apply(WorkoutSession.choosing(), new Command.StartWorkout(routineId, null)).session();
        s = MACHINE.apply(s, Command.Action.SKIP_WARM_UP).session();
        s = MACHINE.apply(s, Command.Action.READY).session();
        return MACHINE.apply(s, new Command.Rate(4)).session();
    }

    @ParameterizedTest
    @ValueSource(strings = {"triceps", "made:triceps:10:any", "made:upper_body:20:none", "made:leg_day:15:any",
            "made:full_body:0:none", "made:push_up:5:any", "made:upper_body:0:dumbbells", "made:triceps:15:dumbbells"})
    void aMadeWorkout_shouldComeBackFromStorage_asTheSameWorkoutAtTheSameSet(String id) {
        WorkoutSession left = afterSetOne(id);
        assertThat(left.routineId()).isEqualTo(id);
        assertThat(left.setNumber()).isEqualTo(2);
        UserProgress progress = UserProgress.NONE.apply(new ProgressChange.WorkoutStarted(id))
                .apply(new ProgressChange.Unfinished(left));

        UserProgress read = ProgressItemCodec.progress(ProgressItemCodec.item("u", progress, 1, NOW));

        assertThat(read.unfinished().routineId()).isEqualTo(id);
        assertThat(read.lastWorkout()).isEqualTo(id);
        assertThat(CATALOGUE.routine(id)).isEqualTo(CATALOGUE.routine(read.unfinished().routineId()));
        WorkoutSession offered = MACHINE.resumable(read.unfinished()).orElseThrow();
        assertThat(offered.phase()).isEqualTo(Phase.OFFERING_RESUME);
        WorkoutSession resumed = MACHINE.apply(offered, Command.Action.YES).session();
        assertThat(resumed.routineId()).isEqualTo(id);
        assertThat(resumed.setNumber()).isEqualTo(2);
        assertThat(MACHINE.repaired(resumed)).as("a session carrying it is kept as it is").isEqualTo(resumed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"made:triceps:10:any", "made:upper_body:20:none", "triceps"})
    void theChangesASessionCarries_shouldBeBelieved_forAMadeWorkout(String id) {
        PlausibleChanges.Checked checked = new PlausibleChanges(CATALOGUE).check(
                List.of(new ProgressChange.WorkoutStarted(id), new ProgressChange.SetDone(
                        CATALOGUE.routine(id).orElseThrow().step(0).exercise().id(), 10, DAY)), DAY);

        assertThat(checked.dropped()).isEmpty();
        assertThat(checked.kept()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"made:triceps:10:some", "made:triceps:0:any", "made:unicorn:10:any", "made:triceps:010:any"})
    void aMadeUpId_shouldNotBeBelieved(String forged) {
        PlausibleChanges.Checked checked = new PlausibleChanges(CATALOGUE).check(
                List.of(new ProgressChange.WorkoutStarted(forged)), DAY);

        assertThat(checked.dropped()).hasSize(1);
        assertThat(MACHINE.apply(WorkoutSession.choosing(), new Command.StartWorkout(forged, forged)).session().phase())
                .isEqualTo(Phase.CHOOSING);
    }
}
