package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.MuscleGroup;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The week as the coach sees it on one day: the goal and how far along it is, and what to train today: the muscle
 * group with the fewest sets in the last {@value UserProgress#RECENT_SET_DAYS} days (today included), leaving out
 * any that hurt in that time, trained with the catalogue's routine for it.
 *
 * @param goal             workouts a week the user asked for; 0 when none is set
 * @param workoutsThisWeek workouts finished since Monday, today included
 * @param daysLeft         days left in the week, today included (Monday: seven, Sunday: one)
 * @param group            the muscle group to train today; null when every group hurt lately
 * @param suggestion       the routine for {@code group}; null with it
 * @param fromHistory      whether sets of the last week chose it (false: no sets then, so it follows the last workout)
 * @param setsByGroup      sets per muscle group in the last week
 * @param sparedForPain    groups left out because something hurt lately, in the catalogue's order
 */
public record WeekPlan(int goal, int workoutsThisWeek, int daysLeft, MuscleGroup group, Routine suggestion,
                       boolean fromHistory, Map<MuscleGroup, Integer> setsByGroup, List<MuscleGroup> sparedForPain) {

    /** Body parts, as pain is reported, and the muscle groups whose training loads them. */
    private static final Map<String, Set<MuscleGroup>> LOADED_BY = Map.ofEntries(
            Map.entry("knee", EnumSet.of(MuscleGroup.LEGS)), Map.entry("hip", EnumSet.of(MuscleGroup.LEGS)),
            Map.entry("ankle", EnumSet.of(MuscleGroup.LEGS)), Map.entry("leg", EnumSet.of(MuscleGroup.LEGS)),
            Map.entry("back", EnumSet.of(MuscleGroup.BACK)),
            Map.entry("shoulder", EnumSet.of(MuscleGroup.SHOULDERS, MuscleGroup.CHEST)),
            Map.entry("neck", EnumSet.of(MuscleGroup.SHOULDERS)),
            Map.entry("elbow", EnumSet.of(MuscleGroup.ARMS)), Map.entry("wrist", EnumSet.of(MuscleGroup.ARMS)),
            Map.entry("arm", EnumSet.of(MuscleGroup.ARMS)), Map.entry("chest", EnumSet.of(MuscleGroup.CHEST)));

    public WeekPlan {
        setsByGroup = Map.copyOf(setsByGroup);
        sparedForPain = List.copyOf(sparedForPain);
    }

    public static WeekPlan of(UserProgress progress, LocalDate today, Catalogue catalogue) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int thisWeek = progress.days().stream().filter(d -> !d.day().isBefore(monday) && !d.day().isAfter(today))
                .mapToInt(DayLog::workouts).sum();
        int daysLeft = DayOfWeek.SUNDAY.getValue() - today.getDayOfWeek().getValue() + 1;
        LocalDate since = today.minusDays(UserProgress.RECENT_SET_DAYS - 1L);

        Map<MuscleGroup, Integer> sets = new EnumMap<>(MuscleGroup.class);
        progress.days().stream().filter(d -> !d.day().isBefore(since) && !d.day().isAfter(today))
                .forEach(d -> d.exerciseSets().forEach((id, count) -> catalogue.exercise(id)
                        .ifPresent(e -> sets.merge(e.group(), count, Integer::sum))));

        Set<MuscleGroup> painful = EnumSet.noneOf(MuscleGroup.class);
        progress.painReports().stream().filter(r -> !r.day().isBefore(since)).forEach(r -> {
            painful.addAll(LOADED_BY.getOrDefault(r.bodyPart(), Set.of()));
            catalogue.exercise(r.exerciseId()).map(Exercise::group).ifPresent(painful::add);
        });

        Map<MuscleGroup, Routine> routines = routinesByGroup(catalogue);
        List<MuscleGroup> spared = routines.keySet().stream().filter(painful::contains).toList();
        boolean fromHistory = !sets.isEmpty();
        Optional<MuscleGroup> group;
        if (fromHistory) {
            group = routines.keySet().stream().filter(g -> !painful.contains(g))
                    .min(Comparator.comparingInt(g -> sets.getOrDefault(g, 0)));
        } else {
            // Nothing trained this week: what follows the last workout (other muscles), else the first group.
            Optional<MuscleGroup> after = catalogue.routine(progress.lastWorkout()).flatMap(catalogue::next)
                    .map(WeekPlan::mainGroup).filter(g -> routines.containsKey(g) && !painful.contains(g));
            group = after.or(() -> routines.keySet().stream().filter(g -> !painful.contains(g)).findFirst());
        }
        return new WeekPlan(progress.weeklyGoal(), thisWeek, daysLeft, group.orElse(null),
                group.map(routines::get).orElse(null), fromHistory, sets, spared);
    }

    /** Whether this week's workouts have reached the goal; false with no goal. */
    public boolean goalMet() {
        return goal > 0 && workoutsThisWeek >= goal;
    }

    /**
     * Per muscle group, in the catalogue's order of groups, the routine that trains only that group, the one with the
     * most exercises where there are several (leg day over squat focus).
     */
    static Map<MuscleGroup, Routine> routinesByGroup(Catalogue catalogue) {
        Map<MuscleGroup, Routine> byGroup = new EnumMap<>(MuscleGroup.class);
        for (Routine routine : catalogue.routines()) {
            MuscleGroup group = mainGroup(routine);
            boolean onlyThat = routine.steps().stream().allMatch(s -> s.exercise().group() == group);
            Routine current = byGroup.get(group);
            if (onlyThat && (current == null || routine.steps().size() > current.steps().size()
                    || routine.steps().size() == current.steps().size() && routine.id().compareTo(current.id()) < 0)) {
                byGroup.put(group, routine);
            }
        }
        return byGroup;
    }

    private static MuscleGroup mainGroup(Routine routine) {
        Map<MuscleGroup, Integer> count = new EnumMap<>(MuscleGroup.class);
        for (RoutineStep step : routine.steps()) {
            count.merge(step.exercise().group(), 1, Integer::sum);
        }
        return new ArrayList<>(count.entrySet()).stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }
}
