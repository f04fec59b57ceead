package com.mindmusclecoach.workout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * The exercises and named routines the coach knows, read from {@code catalogue.json}, a file a coach can edit.
 * Every exercise can also be started on its own, as a routine of {@value #SINGLE_EXERCISE_SETS} sets.
 * Mapped by hand from the JSON tree: no reflection on the cold-start path.
 */
public final class Catalogue {

    public static final String RESOURCE = "/catalogue.json";
    static final int SINGLE_EXERCISE_SETS = 3;
    static final int SINGLE_EXERCISE_REST_SECONDS = 60;
    /** A hold has no reps to pace; this stands in so every exercise has a tempo. */
    private static final Tempo HOLD_TEMPO = new Tempo(1, 1, 1);
    /** How long a timed hold may be: long enough for a wall sit, short enough to coach in one response. */
    public static final int MAX_HOLD_SECONDS = 90;
    /** The shortest hold worth coaching, however often "too hard" is said. */
    public static final int MIN_HOLD_SECONDS = 10;

    /** How long a warm-up runs at most. */
    static final int WARM_UP_SECONDS = SessionLength.WARM_UP_SECONDS;
    private static final String OPENING = "opening";

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

    /** The catalogue shipped with the skill. */
    public static Catalogue standard() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads and validates a catalogue; a mistake in the file fails here, naming the entry. */
    public static Catalogue parse(JsonNode root) {
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        for (JsonNode node : root.path("exercises")) {
            Exercise exercise = named("exercise", node, () -> exercise(node));
            if (exercises.put(exercise.id(), exercise) != null) {
                throw new IllegalArgumentException("duplicate exercise id " + exercise.id());
            }
        }
        checkGentler(exercises);
        checkAlternatives(exercises);
        Map<String, Routine> routines = new LinkedHashMap<>();
        for (JsonNode node : root.path("routines")) {
            Routine routine = named("routine", node, () -> routine(node, exercises));
            if (routines.put(routine.id(), routine) != null || exercises.containsKey(routine.id())) {
                throw new IllegalArgumentException("duplicate routine id " + routine.id());
            }
        }
        if (exercises.isEmpty() || routines.isEmpty()) {
            throw new IllegalArgumentException("catalogue needs exercises and routines");
        }
        Map<String, List<Move>> warmUp = new LinkedHashMap<>();
        Map<MuscleGroup, Stretch> stretches = new LinkedHashMap<>();
        if (root.has("warmUp") || root.has("stretches")) {
            warmUp.put(OPENING, moves(required(root, "warmUp"), OPENING));
            for (MuscleGroup group : MuscleGroup.values()) {
                String name = group.name().toLowerCase(Locale.ROOT);
                warmUp.put(name, moves(root.path("warmUp"), name));
                JsonNode stretch = required(required(root, "stretches"), name);
                stretches.put(group, new Stretch(text(stretch, "name"), text(stretch, "say"), number(stretch, "seconds")));
            }
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        for (JsonNode node : root.path("targets")) {
            Target target = named("target", node, () -> target(node, exercises));
            if (targets.put(target.id(), target) != null || exercises.containsKey(target.id())
                    || routines.containsKey(target.id())) {
                throw new IllegalArgumentException("duplicate target id " + target.id());
            }
        }
        List<String> regions = new ArrayList<>();
        root.path("regions").forEach(r -> regions.add(r.asText()));
        // in the file's order, which the interaction models' workout slot follows (see tools/sync-slot-types)
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

    private static Target target(JsonNode n, Map<String, Exercise> exercises) {
        List<Exercise> list = new ArrayList<>();
        for (String id : texts(n, "exercises", 1)) {
            Exercise e = exercises.get(id);
            if (e == null) {
                throw new IllegalArgumentException("names unknown exercise " + id);
            }
            list.add(e);
        }
        return new Target(text(n, "id"), text(n, "name"), texts(n, "synonyms", 0), list);
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
        List<Move> moves = new ArrayList<>(warmUp.get(OPENING));
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

    private static List<Move> moves(JsonNode warmUp, String group) {
        List<Move> moves = new ArrayList<>();
        for (JsonNode move : required(warmUp, group)) {
            moves.add(new Move(text(move, "say"), number(move, "seconds")));
        }
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("warm-up for " + group + " has no moves");
        }
        return moves;
    }

    /** Runs one entry's mapping so that any mistake inside it, however deep, names the entry. */
    private static <T> T named(String kind, JsonNode node, java.util.function.Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("catalogue " + kind + " " + node.path("id").asText("without id") + ": "
                    + e.getMessage(), e);
        }
    }

    private static Exercise exercise(JsonNode n) {
        String id = text(n, "id");
        JsonNode breathing = required(n, "breathing");
        Movement movement = movement(required(n, "movement"));
        boolean hold = movement.isHold();
        JsonNode tempo = hold ? null : required(n, "tempo");
        return new Exercise(id, text(n, "name"), text(n, "plural"), text(n, "muscle"),
                group(text(n, "group")),
                texts(n, "synonyms", 0),
                movement,
                hold ? HOLD_TEMPO : new Tempo(number(tempo, "up"), number(tempo, "squeeze"), number(tempo, "down")),
                number(n, "reps"), hold ? "" : text(n, "lift"), hold ? "" : text(n, "lower"),
                texts(n, "visualization", 2), texts(n, "focus", 3), texts(n, "squeeze", 2),
                new Breathing(text(breathing, "exhale"), text(breathing, "inhale")),
                text(n, "form"), text(n, "rest"), equipment(text(n, "equipment")),
                n.hasNonNull("gentler") ? text(n, "gentler") : null,
                n.hasNonNull("alternative") ? text(n, "alternative") : null);
    }

    private static Movement movement(JsonNode n) {
        String first = text(n, "first");
        Movement.Order order = switch (first) {
            case "lower" -> Movement.Order.LOWER_FIRST;
            case "lift" -> Movement.Order.LIFT_FIRST;
            case "hold" -> Movement.Order.HOLD;
            default -> throw new IllegalArgumentException("movement.first must be lower, lift or hold, not " + first);
        };
        return new Movement(order, text(n, "start"), order == Movement.Order.HOLD ? "" : text(n, "peak"),
                n.path("sided").asBoolean(false));
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

    private static Equipment equipment(String name) {
        for (Equipment equipment : Equipment.values()) {
            if (equipment.name().equalsIgnoreCase(name)) {
                return equipment;
            }
        }
        throw new IllegalArgumentException("unknown equipment " + name);
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

    private static Routine routine(JsonNode n, Map<String, Exercise> exercises) {
        String id = text(n, "id");
        List<RoutineStep> steps = new ArrayList<>();
        for (JsonNode step : n.path("steps")) {
            String exerciseId = text(step, "exercise");
            Exercise exercise = exercises.get(exerciseId);
            if (exercise == null) {
                throw new IllegalArgumentException("routine " + id + " names unknown exercise " + exerciseId);
            }
            steps.add(new RoutineStep(exercise, number(step, "sets"), number(step, "reps")));
        }
        return new Routine(id, text(n, "name"), texts(n, "synonyms", 0), number(n, "restSeconds"), steps);
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

    private static MuscleGroup group(String name) {
        for (MuscleGroup group : MuscleGroup.values()) {
            if (group.name().equalsIgnoreCase(name)) {
                return group;
            }
        }
        throw new IllegalArgumentException("unknown group " + name);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("lacks " + field);
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        String value = required(n, field).asText();
        if (value.isBlank()) {
            throw new IllegalArgumentException("has a blank " + field);
        }
        return value;
    }

    private static int number(JsonNode n, String field) {
        JsonNode value = required(n, field);
        if (!value.canConvertToInt() || value.asInt() < 1) {
            throw new IllegalArgumentException("needs a positive " + field);
        }
        return value.asInt();
    }

    private static List<String> texts(JsonNode n, String field, int atLeast) {
        List<String> values = new ArrayList<>();
        required(n, field).forEach(v -> values.add(v.asText()));
        if (values.size() < atLeast || values.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("needs at least "
                    + atLeast + " non-blank " + field);
        }
        return values;
    }
}
