package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Preferences;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unsaved changes merged while storage is away: the same progress once saved, in a bounded number of changes. */
class ProgressChangesCompactTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void fiftySetsOfOneDay_shouldBecomeOneChange_withEveryCountKept() {
        List<ProgressChange> changes = new ArrayList<>();
        changes.add(new ProgressChange.WorkoutStarted("leg_day"));
        for (int set = 0; set < 50; set++) {
            changes.add(new ProgressChange.SetDone(set % 2 == 0 ? "squat" : "lunge", 10, MONDAY));
            changes.add(new ProgressChange.RatingGiven("quads", 1 + set % 5, MONDAY));
        }
        changes.add(new ProgressChange.WorkoutDone(MONDAY));

        List<ProgressChange> compacted = ProgressChanges.compact(changes, 0);

        assertThat(compacted).containsExactly(
                new ProgressChange.DayTotals(MONDAY,
                        Map.of("squat", new ExerciseTotals(25, 250), "lunge", new ExerciseTotals(25, 250)),
                        Map.of("quads", new RatingTally(150, 50)), 1),
                new ProgressChange.WorkoutStarted("leg_day"));
        UserProgress saved = UserProgress.NONE.applyAll(compacted);
        assertThat(saved.setsCompleted()).isEqualTo(50);
        assertThat(saved.repsCompleted()).isEqualTo(500);
        assertThat(saved.workoutsCompleted()).isEqualTo(1);
        assertThat(saved.days().get(0).ratings().get("quads").average()).isEqualTo(3.0);
    }

    @Test
    void painReports_shouldEachBeKept_inTheirOrder_notReplacedByTheLast() {
        List<ProgressChange> changes = new ArrayList<>();
        changes.add(new ProgressChange.WorkoutStarted("leg_day"));
        changes.add(new ProgressChange.PainReported("knee", "squat", MONDAY));
        changes.add(new ProgressChange.SetDone("lunge", 10, MONDAY));
        changes.add(new ProgressChange.PainReported("knee", "lunge", MONDAY));
        changes.add(new ProgressChange.PainReported(null, null, MONDAY));
        changes.add(new ProgressChange.SetDone("lunge", 10, MONDAY));
        changes.add(new ProgressChange.PainReported("knee", "squat", MONDAY.plusDays(1)));
        changes.add(new ProgressChange.PainReported("knee", "squat", MONDAY.plusDays(1)));

        List<ProgressChange> compacted = ProgressChanges.compact(changes, 0);

        assertThat(compacted).filteredOn(ProgressChange.PainReported.class::isInstance)
                .containsExactlyElementsOf(changes.stream().filter(ProgressChange.PainReported.class::isInstance).toList());
        UserProgress saved = UserProgress.NONE.applyAll(compacted);
        assertThat(saved.painReports()).hasSize(5);
        assertThat(saved).isEqualTo(UserProgress.NONE.applyAll(changes));
    }

    @Test
    void painReportsAlreadySent_shouldStayInTheirPlaces_andLaterOnesBeKept() {
        List<ProgressChange> changes = List.of(
                new ProgressChange.PainReported("back", "bent_over_row", MONDAY),
                new ProgressChange.SetDone("squat", 10, MONDAY),
                new ProgressChange.PainReported("back", "bent_over_row", MONDAY),
                new ProgressChange.PainReported("dizzy", null, MONDAY));

        List<ProgressChange> compacted = ProgressChanges.compact(changes, 1);

        assertThat(compacted.get(0)).isEqualTo(changes.get(0));
        assertThat(compacted).filteredOn(ProgressChange.PainReported.class::isInstance).hasSize(3);
    }

    @Test
    void changesAlreadySent_shouldStayAsTheyAre_inTheirPlaces() {
        List<ProgressChange> changes = List.of(
                new ProgressChange.SetDone("squat", 10, MONDAY),
                new ProgressChange.RatingGiven("quads", 4, MONDAY),
                new ProgressChange.SetDone("squat", 10, MONDAY),
                new ProgressChange.SetDone("squat", 12, MONDAY));

        List<ProgressChange> compacted = ProgressChanges.compact(changes, 2);

        assertThat(compacted).hasSize(3);
        assertThat(compacted.subList(0, 2)).isEqualTo(changes.subList(0, 2));
        assertThat(compacted.get(2)).isEqualTo(new ProgressChange.DayTotals(MONDAY,
                Map.of("squat", new ExerciseTotals(2, 22)), Map.of(), 0));
    }

    @Test
    void randomChanges_onRandomProgress_shouldSaveTheSameProgress_compactedFromAnyPoint() {
        long master = 20261125L;
        SplittableRandom seeds = new SplittableRandom(master);
        for (int round = 0; round < 2_000; round++) {
            long seed = seeds.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            UserProgress start = UserProgress.NONE.applyAll(randomChanges(random, random.nextInt(0, 30)));
            List<ProgressChange> changes = randomChanges(random, random.nextInt(0, 60));
            int from = random.nextInt(0, changes.size() + 1);

            List<ProgressChange> compacted = ProgressChanges.compact(changes, from);

            assertThat(start.applyAll(compacted)).as("seed %d", seed).isEqualTo(start.applyAll(changes));
            assertThat(compacted.size() - from).as("seed %d: merged changes beyond the sent ones", seed)
                    .isLessThanOrEqualTo(runsOfDays(changes.subList(from, changes.size())) + 2
                            + painReports(changes.subList(from, changes.size())));
        }
    }

    @Test
    void aMergedChangeThatCouldNeverHaveBeenMade_shouldBeRefused() {
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of("squat", new ExerciseTotals(2, 41)), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of("squat", new ExerciseTotals(0, 0)), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of(), Map.of("quads", new RatingTally(11, 2)), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of(), Map.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.DayTotals(null, Map.of(), Map.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of(), Map.of(), 0))
                .as("nothing to count").isInstanceOf(IllegalArgumentException.class);
        int over = ProgressChange.DayTotals.MAX_PER_DAY + 1;
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of("squat", new ExerciseTotals(over, over)), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of(), Map.of("quads", new RatingTally(over, over)), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgressChange.DayTotals(MONDAY, Map.of(), Map.of(), over))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysAtTheirCaps_shouldStaySeparate_ratherThanFailToMerge() {
        int cap = ProgressChange.DayTotals.MAX_PER_DAY;
        ProgressChange.DayTotals full = new ProgressChange.DayTotals(MONDAY, Map.of("squat", new ExerciseTotals(cap, cap)),
                Map.of(), cap);
        List<ProgressChange> changes = List.of(full, full, new ProgressChange.SetDone("squat", 8, MONDAY));

        assertThat(ProgressChanges.compact(changes, 0)).hasSize(3);
        assertThat(ProgressChanges.compact(changes, 0).stream()
                .mapToInt(c -> ProgressChange.DayTotals.of(c).orElseThrow().sets().get("squat").sets()).sum())
                .as("every set still counted").isEqualTo(2 * cap + 1);
    }

    private static List<ProgressChange> randomChanges(SplittableRandom random, int count) {
        List<ProgressChange> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = MONDAY.plusDays(random.nextInt(-3, 3));
            switch (random.nextInt(8)) {
                case 0, 1 -> changes.add(new ProgressChange.SetDone(pick(random, "squat", "lunge", "biceps_curl"),
                        random.nextInt(1, 21), day));
                case 2 -> changes.add(new ProgressChange.RatingGiven(pick(random, "quads", "biceps"), random.nextInt(1, 6), day));
                case 3 -> changes.add(new ProgressChange.WorkoutDone(day));
                case 4 -> changes.add(new ProgressChange.WorkoutStarted(pick(random, "leg_day", "bicep_focus")));
                case 5 -> changes.add(new ProgressChange.PreferencesSet(
                        new Preferences(random.nextInt(1, 21), 0, 60, Preferences.DEFAULT.verbosity())));
                case 6 -> changes.add(new ProgressChange.PainReported(pick(random, "knee", "back", "dizzy"),
                        random.nextBoolean() ? null : pick(random, "squat", "lunge"), day));
                default -> changes.add(new ProgressChange.DayTotals(day, Map.of("squat", new ExerciseTotals(2, 16)),
                        Map.of("quads", new RatingTally(9, 2)), random.nextInt(0, 2)));
            }
        }
        return changes;
    }

    private static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static int painReports(List<ProgressChange> changes) {
        return (int) changes.stream().filter(ProgressChange.PainReported.class::isInstance).count();
    }

    /** Days move forward in a session, so runs are days; generated ones jump about, to prove the order kept. */
    private static int runsOfDays(List<ProgressChange> changes) {
        List<LocalDate> days = changes.stream().map(ProgressChange.DayTotals::of).flatMap(java.util.Optional::stream)
                .map(ProgressChange.DayTotals::day).toList();
        int runs = 0;
        for (int i = 0; i < days.size(); i++) {
            runs += i == 0 || !days.get(i).equals(days.get(i - 1)) ? 1 : 0;
        }
        return runs;
    }
}
