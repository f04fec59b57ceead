package com.mindmusclecoach.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.workout.Breathing;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Equipment;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Move;
import com.mindmusclecoach.workout.Movement;
import com.mindmusclecoach.workout.MuscleGroup;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.Stretch;
import com.mindmusclecoach.workout.Target;
import com.mindmusclecoach.workout.Tempo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code catalogue.json}, the file a coach can edit, read into the domain's {@link Catalogue}: mapped by hand from the
 * JSON tree (no reflection on the cold-start path), each entry checked as it is read so that a mistake names the
 * entry; the catalogue as a whole is checked by {@link Catalogue#of}. The only place that knows the file's format.
 */
public final class CatalogueFile {

    public static final String RESOURCE = "/catalogue.json";

    private CatalogueFile() {
    }

    /** The catalogue shipped with the skill. */
    public static Catalogue standard() {
        try (InputStream in = CatalogueFile.class.getResourceAsStream(RESOURCE)) {
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
        List<Exercise> exercises = new ArrayList<>();
        Map<String, Exercise> byId = new LinkedHashMap<>();
        for (JsonNode node : root.path("exercises")) {
            Exercise exercise = named("exercise", node, () -> exercise(node));
            exercises.add(exercise);
            byId.putIfAbsent(exercise.id(), exercise);
        }
        List<Routine> routines = new ArrayList<>();
        for (JsonNode node : root.path("routines")) {
            routines.add(named("routine", node, () -> routine(node, byId)));
        }
        Map<String, List<Move>> warmUp = new LinkedHashMap<>();
        Map<MuscleGroup, Stretch> stretches = new LinkedHashMap<>();
        if (root.has("warmUp") || root.has("stretches")) {
            warmUp.put(Catalogue.WARM_UP_OPENING, moves(required(root, "warmUp"), Catalogue.WARM_UP_OPENING));
            for (MuscleGroup group : MuscleGroup.values()) {
                String name = group.name().toLowerCase(Locale.ROOT);
                warmUp.put(name, moves(root.path("warmUp"), name));
                JsonNode stretch = required(required(root, "stretches"), name);
                stretches.put(group, new Stretch(text(stretch, "name"), text(stretch, "say"), number(stretch, "seconds")));
            }
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNode node : root.path("targets")) {
            targets.add(named("target", node, () -> target(node, byId)));
        }
        List<String> regions = new ArrayList<>();
        root.path("regions").forEach(r -> regions.add(r.asText()));
        return Catalogue.of(exercises, routines, warmUp, stretches, targets, regions);
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
                hold ? Catalogue.HOLD_TEMPO : new Tempo(number(tempo, "up"), number(tempo, "squeeze"), number(tempo, "down")),
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


    private static Equipment equipment(String name) {
        for (Equipment equipment : Equipment.values()) {
            if (equipment.name().equalsIgnoreCase(name)) {
                return equipment;
            }
        }
        throw new IllegalArgumentException("unknown equipment " + name);
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
