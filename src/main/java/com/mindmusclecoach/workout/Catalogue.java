package com.mindmusclecoach.workout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The exercises and named routines the coach knows, read from {@code catalogue.json}, a file a coach can edit, by
 * {@code catalogue.CatalogueFile} (this package knows no JSON). Every exercise can also be started on its own, as a
 * routine of {@value #SINGLE_EXERCISE_SETS} sets.
 */
public final class Catalogue {

    static final int SINGLE_EXERCISE_SETS = 3;
    static final int SINGLE_EXERCISE_REST_SECONDS = 60;
    /** A hold has no reps to pace; this stands in so every exercise has a tempo. */
    public static final Tempo HOLD_TEMPO = new Tempo(1, 1, 1);
    /** How long a timed hold may be: long enough for a wall sit, short enough to coach in one response. */
    public static final int MAX_HOLD_SECONDS = 90;
    /** The shortest hold worth coaching, however often "too hard" is said. */
    public static final int MIN_HOLD_SECONDS = 10;

    /** How long a warm-up runs at most. */
    static final int WARM_UP_SECONDS = SessionLength.WARM_UP_SECONDS;
    /** The warm-up moves every warm-up opens with, before those of the muscle groups. */
    public static final String WARM_UP_OPENING = "opening";

    private final Map<String, Exercise> exercises;
    private final Map<String, Routine> routines;
    /** Routine ids in the file's order, which suggestions follow. */
    private final List<String> routineOrder;
    private final Map<String, List<Move>> warmUp;
    private final Map<MuscleGroup, Stretch> stretches;
    /** Muscles and regions without a routine of their own, in the file's order. */
    private final Map<String, Target> targets;
    /** What "what can I train?" names, each a phrase that selects a workout. */
    private final List<String> regions;

    private Catalogue(Map<String, Exercise> exercises, Map<String, Routine> routines, List<String> routineOrder,
                      Map<String, List<Move>> warmUp, Map<MuscleGroup, Stretch> stretches, Map<String, Target> targets,
                      List<String> regions) {
        this.targets = targets;
        this.regions = regions;
        this.exercises = exercises;
        this.routines = routines;
        this.routineOrder = routineOrder;
        this.warmUp = warmUp;
        this.stretches = stretches;
    }

    /**
     * A catalogue from its parts, as {@code catalogue.CatalogueFile} reads them from {@code catalogue.json}, checked
     * as a whole: ids unique across exercises, routines and targets; every gentler and alternative exercise known and
     * fitting; a warm-up for the opening ({@value #WARM_UP_OPENING}) and every muscle group with a stretch for each
     * group, or none at all; every region a phrase that selects a workout. Lists keep their order (the file's), which
     * suggestions and the interaction models' workout slot follow.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Catalogue of(List<Exercise> exerciseList, List<Routine> routineList, Map<String, List<Move>> warmUp,
                               Map<MuscleGroup, Stretch> stretches, List<Target> targetList, List<String> regions) {
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        for (Exercise exercise : exerciseList) {
            if (exercises.put(exercise.id(), exercise) != null) {
                throw new IllegalArgumentException("duplicate exercise id " + exercise.id());
            }
        }
        checkGentler(exercises);
        checkAlternatives(exercises);
        Map<String, Routine> routines = new LinkedHashMap<>();
        for (Routine routine : routineList) {
            if (routines.put(routine.id(), routine) != null || exercises.containsKey(routine.id())) {
                throw new IllegalArgumentException("duplicate routine id " + routine.id());
            }
        }
        if (exercises.isEmpty() || routines.isEmpty()) {
            throw new IllegalArgumentException("catalogue needs exercises and routines");
        }
        checkWarmUps(warmUp, stretches);
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Target target : targetList) {
            if (targets.put(target.id(), target) != null || exercises.containsKey(target.id())
                    || routines.containsKey(target.id())) {
                throw new IllegalArgumentException("duplicate target id " + target.id());
            }
        }
        Catalogue catalogue = new Catalogue(java.util.Collections.unmodifiableMap(exercises),
                java.util.Collections.unmodifiableMap(routines), List.copyOf(routines.keySet()),
                Map.copyOf(warmUp), Map.copyOf(stretches), java.util.Collections.unmodifiableMap(targets),
                List.copyOf(regions));
        Map<String, String> phrases = regions.isEmpty() ? Map.of() : catalogue.phrases();
        for (String region : regions) {
            if (!phrases.containsKey(region)) {
                throw new IllegalArgumentException("catalogue region '" + region + "' selects no workout");
            }
        }
        return catalogue;
    }

    /** Warm-up moves for the opening and every muscle group, and a stretch for every group; or none of them. */
    private static void checkWarmUps(Map<String, List<Move>> warmUp, Map<MuscleGroup, Stretch> stretches) {
        if (warmUp.isEmpty() && stretches.isEmpty()) {
            return;
        }
        List<String> needed = new ArrayList<>(List.of(WARM_UP_OPENING));
        for (MuscleGroup group : MuscleGroup.values()) {
            needed.add(group.name().toLowerCase(Locale.ROOT));
            if (!stretches.containsKey(group)) {
                throw new IllegalArgumentException("catalogue has no stretch for " + group.name().toLowerCase(Locale.ROOT));
            }
        }
        for (String name : needed) {
            if (warmUp.getOrDefault(name, List.of()).isEmpty()) {
                throw new IllegalArgumentException("warm-up for " + name + " has no moves");
            }
        }
    }

    /** Muscles and regions without a routine of their own, each made into one on request. */
    public Collection<Target> targets() {
        return targets.values();
    }

    public Optional<Target> target(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(targets.get(id));
    }

    /** The muscles and regions to name when asked what can be trained, as people say them. */
    public List<String> regions() {
        return regions;
    }

    /**
     * The id of a workout made from {@code what} (a routine, target or exercise id): sized to about {@code minutes}
     * (0 for its usual length; otherwise kept within 5 to 60), and with {@code kit} (see {@link Kit}).
     * {@link #routine} makes it again from the id alone; that is empty when nothing fits.
     */
    public static String madeId(String what, int minutes, Kit kit) {
        return minutes <= 0 && kit == Kit.ANY ? what : MadeRoutines.id(what, minutes, kit);
    }

    /**
     * The workout as asked for: a made id without the user's pace it was sized at ({@code made:triceps:10:any:pace-0-2-0}
     * is {@code made:triceps:10:any}), so the same request is the same workout, and a metric's dimension stays one of
     * few values; any other id as it is.
     */
    public static String withoutPace(String routineId) {
        return MadeRoutines.withoutPace(routineId);
    }

    /** As {@link #madeId(String, int, Kit)}: {@code bodyweightOnly}, {@link Kit#NONE}; else {@link Kit#ANY}. */
    public static String madeId(String what, int minutes, boolean bodyweightOnly) {
        return madeId(what, minutes, bodyweightOnly ? Kit.NONE : Kit.ANY);
    }

    public Collection<Exercise> exercises() {
        return exercises.values();
    }

    public Collection<Routine> routines() {
        return routines.values();
    }

    /** The named routines in the file's order. */
    public List<Routine> routinesInOrder() {
        return routineOrder.stream().map(routines::get).toList();
    }

    /** The exercise, or empty for an unknown id (null included: ids come back from devices). */
    public Optional<Exercise> exercise(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(exercises.get(id));
    }

    /** A named routine, or a single exercise as a routine of its own; empty for an unknown id. */
    public Optional<Routine> routine(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Routine named = routines.get(id);
        if (named != null) {
            return Optional.of(named);
        }
        Target target = targets.get(id);
        if (target != null) {
            return Optional.of(MadeRoutines.of(target));
        }
        if (id.startsWith(MadeRoutines.PREFIX)) {
            return MadeRoutines.parse(this, id);
        }
        return exercise(id).map(e -> new Routine(e.id(), e.plural(), e.synonyms(), SINGLE_EXERCISE_REST_SECONDS,
                List.of(new RoutineStep(e, SINGLE_EXERCISE_SETS, e.reps()))));
    }

    /**
     * The step {@code session} is on, with the exercise actually being done: the planned one, or the one swapped
     * in after pain. Empty when the session has no workout, or names a routine, step or exercise that is unknown.
     */
    public Optional<RoutineStep> stepOf(WorkoutSession session) {
        return routine(session.routineId())
                .filter(r -> session.exerciseIndex() >= 0 && session.exerciseIndex() < r.steps().size())
                .map(r -> r.step(session.exerciseIndex()))
                .flatMap(step -> session.adjustment().swap() == null ? Optional.of(step)
                        : exercise(session.adjustment().swap()).map(e -> new RoutineStep(e, step.sets(), e.reps())));
    }

    /**
     * An easier exercise for the same muscles to offer after pain in {@code session}'s exercise: its {@code gentler}
     * one, unless the exercise was already swapped (eased once is enough: more pain ends it) or the routine comes to
     * that exercise later anyway.
     */
    public Optional<Exercise> gentlerFor(WorkoutSession session) {
        if (session.adjustment().swap() != null) {
            return Optional.empty();
        }
        return stepOf(session).map(step -> step.exercise().gentler()).flatMap(this::exercise)
                .filter(gentler -> routine(session.routineId()).orElseThrow().steps()
                        .subList(session.exerciseIndex() + 1, routine(session.routineId()).orElseThrow().steps().size())
                        .stream().noneMatch(step -> step.exercise().id().equals(gentler.id())));
    }

    /** The routine's exercise after {@code session}'s; empty at the last. */
    public Optional<Exercise> nextUp(WorkoutSession session) {
        return routine(session.routineId()).filter(r -> session.exerciseIndex() + 1 < r.steps().size())
                .map(r -> r.step(session.exerciseIndex() + 1).exercise());
    }

    /**
     * A short warm-up for the routine's muscles: the opening moves, then moves for each muscle group in the order
     * the routine trains them, up to {@value #WARM_UP_SECONDS} seconds. Empty for a catalogue without warm-ups.
     */
    public List<Move> warmUp(Routine routine) {
        if (warmUp.isEmpty()) {
            return List.of();
        }
        List<Move> moves = new ArrayList<>(warmUp.get(WARM_UP_OPENING));
        List<MuscleGroup> groups = routine.steps().stream().map(step -> step.exercise().group()).distinct().toList();
        for (int round = 0; round < 2; round++) {
            for (MuscleGroup group : groups) {
                List<Move> forGroup = warmUp.get(group.name().toLowerCase(Locale.ROOT));
                int seconds = moves.stream().mapToInt(Move::seconds).sum();
                if (round < forGroup.size() && seconds + forGroup.get(round).seconds() <= WARM_UP_SECONDS) {
                    moves.add(forGroup.get(round));
                }
            }
        }
        return moves;
    }

    /** A stretch for each muscle group trained, in the order trained; empty when nothing was done. */
    public List<Stretch> coolDown(List<CompletedSet> done) {
        return done.stream().map(set -> exercises.get(set.exerciseId())).filter(Objects::nonNull)
                .map(Exercise::group).distinct().map(stretches::get).filter(Objects::nonNull).toList();
    }

    /**
     * What to train next time after {@code today}: the first routine, in the catalogue's order, that trains none
     * of today's muscle groups; else the first other routine.
     */
    public Optional<Routine> next(Routine today) {
        Set<MuscleGroup> trained = new HashSet<>();
        today.steps().forEach(step -> trained.add(step.exercise().group()));
        List<Routine> others = routineOrder.stream().map(routines::get).filter(r -> !r.id().equals(today.id())).toList();
        return others.stream()
                .filter(r -> r.steps().stream().noneMatch(step -> trained.contains(step.exercise().group())))
                .findFirst().or(() -> others.stream().findFirst());
    }

    /** Each alternative exists, works the same muscle group, and needs no weights: bodyweight, a chair or a mat. */
    private static void checkAlternatives(Map<String, Exercise> exercises) {
        for (Exercise e : exercises.values()) {
            if (e.alternative() == null) {
                continue;
            }
            Exercise alternative = exercises.get(e.alternative());
            if (alternative == null || alternative.group() != e.group() || alternative.needsWeights()) {
                throw new IllegalArgumentException("catalogue exercise " + e.id() + ": alternative " + e.alternative()
                        + " is not a known exercise of the same muscle group without weights");
            }
        }
    }

    /**
     * Each gentler exercise exists, works the same muscle group, and leads nowhere back: following "gentler"
     * from any exercise ends.
     */
    private static void checkGentler(Map<String, Exercise> exercises) {
        for (Exercise start : exercises.values()) {
            Set<String> seen = new HashSet<>();
            Exercise e = start;
            while (e.gentler() != null) {
                if (!seen.add(e.id())) {
                    throw new IllegalArgumentException("catalogue exercise " + start.id() + ": gentler exercises go round in a circle");
                }
                Exercise gentler = exercises.get(e.gentler());
                if (gentler == null || gentler.group() != e.group()) {
                    throw new IllegalArgumentException("catalogue exercise " + e.id() + ": gentler " + e.gentler()
                            + " is not a known exercise of the same muscle group");
                }
                e = gentler;
            }
        }
    }

    /** Every spoken phrase (names and synonyms) that selects a workout, lower case, with the id it selects. */
    public Map<String, String> phrases() {
        Map<String, String> phrases = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        routines.values().forEach(r -> addPhrases(phrases, seen, r.id(), r.name(), r.synonyms()));
        targets.values().forEach(t -> addPhrases(phrases, seen, t.id(), t.name(), t.synonyms()));
        exercises.values().forEach(e -> addPhrases(phrases, seen, e.id(), e.name(), e.synonyms()));
        return phrases;
    }

    private static void addPhrases(Map<String, String> phrases, Set<String> seen, String id, String name, List<String> synonyms) {
        List<String> all = new ArrayList<>(synonyms);
        all.add(0, name);
        for (String phrase : all) {
            if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("phrase '" + phrase + "' selects two workouts");
            }
            phrases.put(phrase.toLowerCase(Locale.ROOT), id);
        }
    }
}
