package com.mindmusclecoach.workout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routines made on request from the catalogue: a muscle's exercises ({@link Target}), or a routine or exercise
 * sized to a time ("a ten minute workout"), without equipment or with dumbbells. The id says how to make it again, so
 * it survives the session attributes and storage: {@code made:<what>:<minutes>:<kit>}, where {@code what} is a
 * routine, target or exercise id, {@code minutes} is 0 (its usual length) or {@value #MIN_MINUTES} to
 * {@value #MAX_MINUTES}, and {@code kit} is a {@link Kit#id()}: {@code any}, {@code none} (bodyweight, a chair or a
 * mat only) or {@code dumbbells}. Only the canonical spelling of an id is accepted, so an id made up on a device
 * resolves to nothing.
 *
 * <p>With dumbbells, each exercise without them becomes the catalogue's exercise with dumbbells for the same muscle
 * ({@link Exercise#muscle()}, as spelled) that the routine does not do already: one that moves in the same order
 * (lowering first, or lifting first) before one that does not, then by id, so the same id always makes the same
 * workout; an exercise with no such one stays. Nothing fits when no exercise uses dumbbells then.
 */
final class MadeRoutines {

    static final String PREFIX = "made:";
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 60;
    /** A routine made of a target's exercises has at most this many, unless a longer time is asked for. */
    private static final int USUAL_EXERCISES = 4;
    private static final int MOST_EXERCISES = 6;
    private static final int MOST_SETS = 4;
    /** "A ten minute workout" may run to eleven: the coach's estimate is rounded anyway. */
    private static final int TOLERANCE_MINUTES = 1;
    private static final int REST_SECONDS = 60;
    private static final Pattern ID = Pattern.compile(
            "made:([a-z_]+):(0|[1-9][0-9]?):(any|none|dumbbells)(?::pace-(0|[1-9][0-9]?)-(-?[0-9])-(0|[1-9][0-9]{1,2}))?");

    private MadeRoutines() {
    }

    static String id(String what, int minutes, Kit kit) {
        int sized = minutes <= 0 ? 0 : Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, minutes));
        return PREFIX + what + ":" + sized + ":" + kit.id();
    }

    /**
     * {@code id}, when it names a workout sized to a time, sized at {@code pace} instead of the plan's: the reps, tempo
     * and rests the user has asked for make every set and rest longer or shorter, so "a ten minute workout" after
     * "slower" has fewer sets, and still takes about ten minutes. Any other id is returned as it is.
     */
    static String atPace(String id, Preferences pace) {
        Matcher m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches() || m.group(4) != null || Integer.parseInt(m.group(2)) == 0 || !pace.inRange()
                || pace.reps() == 0 && pace.tempoShift() == 0 && pace.restSeconds() == 0) {
            return id;
        }
        return id + ":pace-" + pace.reps() + "-" + pace.tempoShift() + "-" + pace.restSeconds();
    }

    /** {@code id} without the pace {@link #atPace} gave it: the workout as asked for. */
    static String withoutPace(String id) {
        int pace = id == null || !id.startsWith(PREFIX) ? -1 : id.indexOf(":pace-");
        return pace < 0 ? id : id.substring(0, pace);
    }

    /** The routine a made id stands for; empty when the id is not canonical or names nothing. */
    static Optional<Routine> parse(Catalogue catalogue, String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        int minutes = Integer.parseInt(m.group(2));
        Kit kit = Kit.of(m.group(3)).orElseThrow();
        String plain = id(m.group(1), minutes, kit);
        Preferences pace = m.group(4) == null ? Preferences.DEFAULT : new Preferences(Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Preferences.Verbosity.FULL);
        if (!id.equals(atPace(plain, pace)) || (minutes == 0 && kit == Kit.ANY)) {
            return Optional.empty();
        }
        return make(catalogue, m.group(1), minutes, kit, pace).map(r -> rename(r, id, r.name()));
    }

    /** A target's routine at its usual size. */
    static Routine of(Target target) {
        List<RoutineStep> steps = new ArrayList<>();
        for (Exercise e : target.exercises().subList(0, Math.min(USUAL_EXERCISES, target.exercises().size()))) {
            steps.add(new RoutineStep(e, steps.size() < 2 ? 3 : 2, e.reps()));
        }
        return new Routine(target.id(), target.name() + " workout", target.synonyms(), REST_SECONDS, steps);
    }

    private static Optional<Routine> make(Catalogue catalogue, String what, int minutes, Kit kit, Preferences pace) {
        Optional<Routine> base = catalogue.routine(what).filter(r -> !r.id().startsWith(PREFIX));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<Exercise> pool = new ArrayList<>();
        catalogue.target(what).ifPresentOrElse(t -> pool.addAll(t.exercises()),
                () -> base.get().steps().forEach(step -> pool.add(step.exercise())));
        List<RoutineStep> steps = new ArrayList<>(base.get().steps());
        if (kit == Kit.NONE) {
            steps = withoutWeights(catalogue, steps);
            pool.replaceAll(e -> withoutWeights(catalogue, e));
            pool.removeIf(java.util.Objects::isNull);
        } else if (kit == Kit.DUMBBELLS) {
            steps = withDumbbells(catalogue, steps);
            pool.replaceAll(e -> withDumbbells(catalogue, e, Set.of()));
            if (steps.stream().noneMatch(step -> step.exercise().equipment() == Equipment.DUMBBELLS)) {
                return Optional.empty();
            }
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        Routine sized = minutes == 0 ? new Routine(what, "", List.of(), base.get().restSeconds(), steps)
                : sized(base.get(), steps, distinct(pool), minutes, pace);
        String name = (minutes == 0 ? "" : NumberWords.of(minutes) + " minute ") + base.get().name()
                + (kit == Kit.NONE ? " without equipment" : kit == Kit.DUMBBELLS ? " with dumbbells" : "");
        return Optional.of(rename(sized, what, name));
    }

    private static Routine sized(Routine base, List<RoutineStep> start, List<Exercise> pool, int minutes, Preferences pace) {
        List<RoutineStep> steps = new ArrayList<>(start);
        int most = minutes + TOLERANCE_MINUTES;
        while (length(base, steps, pace) > most) {
            int biggest = mostSets(steps);
            if (steps.get(biggest).sets() > 2) {
                steps.set(biggest, withSets(steps.get(biggest), steps.get(biggest).sets() - 1));
            } else if (steps.size() > 1) {
                steps.remove(steps.size() - 1);
            } else if (steps.get(0).sets() > 1) {
                steps.set(0, withSets(steps.get(0), steps.get(0).sets() - 1));
            } else {
                break;
            }
        }
        // Then fill the time: another exercise if one fits, else another set of the exercise with fewest.
        while (true) {
            Set<String> used = new LinkedHashSet<>();
            steps.forEach(step -> used.add(step.exercise().id()));
            Optional<Exercise> unused = pool.stream().filter(e -> !used.contains(e.id())).findFirst();
            List<RoutineStep> another = null;
            if (unused.isPresent() && steps.size() < MOST_EXERCISES) {
                another = new ArrayList<>(steps);
                another.add(new RoutineStep(unused.get(), 2, unused.get().reps()));
            }
            List<RoutineStep> moreSets = null;
            int fewest = fewestSets(steps);
            if (steps.get(fewest).sets() < MOST_SETS) {
                moreSets = new ArrayList<>(steps);
                moreSets.set(fewest, withSets(steps.get(fewest), steps.get(fewest).sets() + 1));
            }
            if (another != null && length(base, another, pace) <= most) {
                steps = another;
            } else if (moreSets != null && length(base, moreSets, pace) <= most) {
                steps = moreSets;
            } else {
                break;
            }
        }
        return new Routine(base.id(), base.name(), List.of(), base.restSeconds(), steps);
    }

    private static int length(Routine base, List<RoutineStep> steps, Preferences pace) {
        return SessionLength.minutes(new Routine(base.id(), base.name(), List.of(), base.restSeconds(), steps), pace);
    }

    private static int mostSets(List<RoutineStep> steps) {
        int most = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).sets() >= steps.get(most).sets()) {
                most = i;
            }
        }
        return most;
    }

    private static int fewestSets(List<RoutineStep> steps) {
        int fewest = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).sets() < steps.get(fewest).sets()) {
                fewest = i;
            }
        }
        return fewest;
    }

    private static RoutineStep withSets(RoutineStep step, int sets) {
        return new RoutineStep(step.exercise(), sets, step.reps());
    }

    /** Each step needing weights becomes its alternative, or goes when there is none; no exercise twice. */
    private static List<RoutineStep> withoutWeights(Catalogue catalogue, List<RoutineStep> steps) {
        List<RoutineStep> kept = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (RoutineStep step : steps) {
            Exercise e = withoutWeights(catalogue, step.exercise());
            if (e != null && seen.add(e.id())) {
                kept.add(e == step.exercise() ? step : new RoutineStep(e, step.sets(), e.reps()));
            }
        }
        return kept;
    }

    private static Exercise withoutWeights(Catalogue catalogue, Exercise e) {
        if (!e.needsWeights()) {
            return e;
        }
        return e.alternative() == null ? null : catalogue.exercise(e.alternative()).orElse(null);
    }

    /** Each step without dumbbells becomes one with them for the same muscle, where there is one not done already. */
    private static List<RoutineStep> withDumbbells(Catalogue catalogue, List<RoutineStep> steps) {
        Set<String> used = new LinkedHashSet<>();
        steps.forEach(step -> used.add(step.exercise().id()));
        List<RoutineStep> made = new ArrayList<>();
        for (RoutineStep step : steps) {
            Exercise e = withDumbbells(catalogue, step.exercise(), used);
            used.add(e.id());
            made.add(e == step.exercise() ? step : new RoutineStep(e, step.sets(), e.reps()));
        }
        return made;
    }

    /** The exercise with dumbbells for {@code e}'s muscle, none of {@code used}; {@code e} itself when there is none. */
    private static Exercise withDumbbells(Catalogue catalogue, Exercise e, Set<String> used) {
        if (e.equipment() == Equipment.DUMBBELLS) {
            return e;
        }
        return catalogue.exercises().stream()
                .filter(d -> d.equipment() == Equipment.DUMBBELLS && d.muscle().equals(e.muscle()) && !used.contains(d.id()))
                .min(java.util.Comparator.comparing((Exercise d) -> d.movement().order() != e.movement().order())
                        .thenComparing(Exercise::id))
                .orElse(e);
    }

    private static List<Exercise> distinct(List<Exercise> exercises) {
        Set<String> seen = new LinkedHashSet<>();
        return exercises.stream().filter(e -> seen.add(e.id())).toList();
    }

    private static Routine rename(Routine r, String id, String name) {
        return new Routine(id, name, List.of(), r.restSeconds(), r.steps());
    }
}
