package com.mindmusclecoach.progress;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Preferences;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Unsaved changes from a session, kept only if the skill could have made them: each judged on its own. */
class PlausibleChangesTest {

    private static final PlausibleChanges PLAUSIBLE = new PlausibleChanges(CatalogueFile.standard());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static ProgressChange.DayTotals day(Map<String, ExerciseTotals> sets, int workouts) {
        return new ProgressChange.DayTotals(TODAY, sets, Map.of(), workouts);
    }

    @Test
    void genuineChanges_shouldAllBeKept_inTheirOrder() {
        List<ProgressChange> genuine = List.of(
                new ProgressChange.WorkoutStarted("squat_focus"),
                new ProgressChange.SetDone("squat", 10, TODAY.minusDays(1)),
                new ProgressChange.RatingGiven("thighs", 4, TODAY),
                new ProgressChange.PainReported("knee", "squat", TODAY.plusDays(1)),
                new ProgressChange.PreferencesSet(Preferences.DEFAULT),
                day(Map.of("squat", new ExerciseTotals(3, 30), "biceps_curl", new ExerciseTotals(3, 24)), 1));

        PlausibleChanges.Checked checked = PLAUSIBLE.check(genuine, TODAY);

        assertThat(checked.kept()).isEqualTo(genuine);
        assertThat(checked.dropped()).isEmpty();
        assertThat(checked.cut()).isEmpty();
    }

    @Test
    void oneExercisePastTheDaysBound_shouldBeCutFromItsDay_theOtherExercisesAndTheWorkoutKept() {
        List<ProgressChange> changes = List.of(day(Map.of(
                "squat", new ExerciseTotals(PlausibleChanges.MAX_SETS_OF_AN_EXERCISE + 1, 210),
                "biceps_curl", new ExerciseTotals(3, 24)), 1));

        PlausibleChanges.Checked checked = PLAUSIBLE.check(changes, TODAY);

        assertThat(checked.kept()).containsExactly(day(Map.of("biceps_curl", new ExerciseTotals(3, 24)), 1));
        assertThat(checked.cut()).containsOnlyKeys(0);
        assertThat(checked.droppedBefore(1)).as("a cut change keeps its place").isZero();
    }

    @Test
    void daysOutsideASession_andUnknownIds_shouldBeDropped_eachOnItsOwn() {
        List<ProgressChange> changes = new ArrayList<>(List.of(
                new ProgressChange.SetDone("squat", 10, TODAY.minusDays(3)),
                new ProgressChange.SetDone("squat", 10, TODAY),
                new ProgressChange.SetDone("squat", 10, TODAY.plusDays(2)),
                new ProgressChange.SetDone("moon_walk", 10, TODAY),
                new ProgressChange.PainReported("knee", "moon_walk", TODAY),
                new ProgressChange.WorkoutStarted("biceps_curl")));

        PlausibleChanges.Checked checked = PLAUSIBLE.check(changes, TODAY);

        assertThat(checked.kept()).containsExactly(changes.get(1), changes.get(5));
        assertThat(checked.dropped()).containsOnlyKeys(0, 2, 3, 4);
        assertThat(checked.droppedBefore(3)).isEqualTo(2);
    }

    @Test
    void moreWorkoutsOrPainReportsThanADayHolds_shouldBeDropped_pastTheBound() {
        List<ProgressChange> changes = new ArrayList<>();
        for (int i = 0; i < PlausibleChanges.MAX_WORKOUTS + 1; i++) {
            changes.add(new ProgressChange.WorkoutDone(TODAY));
        }
        for (int i = 0; i < UserProgress.MAX_PAIN_REPORTS + 1; i++) {
            changes.add(new ProgressChange.PainReported("knee", null, TODAY));
        }

        PlausibleChanges.Checked checked = PLAUSIBLE.check(changes, TODAY);

        assertThat(checked.kept()).hasSize(PlausibleChanges.MAX_WORKOUTS + UserProgress.MAX_PAIN_REPORTS);
        assertThat(checked.dropped()).containsOnlyKeys(PlausibleChanges.MAX_WORKOUTS, changes.size() - 1);
    }
}
