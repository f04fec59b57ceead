package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the approval transcripts to {@value #FOLDER}: every routine of the catalogue coached start to finish
 * by the real skill ({@link WorkoutTranscript}), one Markdown file each, and an index. They are committed, and
 * a test fails when they drift from what the skill says, so a change in the coaching shows in review as a
 * diff of what the user hears. Files for routines no longer in the catalogue are removed. With
 * {@code --check}, writes nothing: names the files that differ and exits 1 if any do.
 */
public final class TranscriptMain {

    static final String FOLDER = "docs/transcripts";
    static final String INDEX = "README.md";
    static final String COMMAND = "mvn -q compile exec:java -Dexec.mainClass=com.mindmusclecoach.local.TranscriptMain";
    /** The routines listed first, in this order; the rest follow by name. */
    static final List<String> FIRST = List.of("squat_focus", "push_up_focus", "bicep_focus");
    private static final String MODEL = "skill-package/interactionModels/custom/en-US.json";

    private TranscriptMain() {
    }

    public static void main(String[] args) throws IOException {
        boolean check = List.of(args).contains("--check");
        if (!Files.exists(Path.of(MODEL))) {
            System.err.println("Cannot find " + MODEL + ": run this from the project's folder.");
            System.exit(2);
        }
        Map<String, String> files = files(CatalogueFile.standard(), resolver());
        Path folder = Path.of(FOLDER);
        Set<String> stale = new TreeSet<>(committed(folder));
        stale.removeAll(files.keySet());
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (!Files.exists(path) || !normalized(Files.readString(path)).equals(file.getValue())) {
                differing.add(file.getKey());
            }
        }
        if (check) {
            differing.forEach(name -> System.out.println("differs: " + FOLDER + "/" + name));
            stale.forEach(name -> System.out.println("stale: " + FOLDER + "/" + name));
            if (!differing.isEmpty() || !stale.isEmpty()) {
                System.out.println("Run " + COMMAND + " to regenerate, then review the diff.");
                System.exit(1);
            }
            System.out.println(files.size() + " transcripts in " + FOLDER + " match what the skill says.");
            return;
        }
        Files.createDirectories(folder);
        for (String name : differing) {
            Files.writeString(folder.resolve(name), files.get(name), StandardCharsets.UTF_8);
            System.out.println("wrote " + FOLDER + "/" + name);
        }
        for (String name : stale) {
            Files.delete(folder.resolve(name));
            System.out.println("removed " + FOLDER + "/" + name);
        }
        System.out.println(files.size() + " transcripts in " + FOLDER + ", " + differing.size() + " written, "
                + stale.size() + " removed.");
    }

    /** The resolver the local coach uses, over the skill package's interaction model. */
    static UtteranceResolver resolver() throws IOException {
        return new UtteranceResolver(InteractionModel.read(Path.of(MODEL)));
    }

    /** Every file the folder should hold, by name: one transcript per routine, in index order, then the index. */
    static Map<String, String> files(Catalogue catalogue, UtteranceResolver resolver) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Routine> routines = inOrder(catalogue);
        for (Routine routine : routines) {
            WorkoutTranscript transcript = WorkoutTranscript.of(catalogue, routine, resolver);
            if (!transcript.finished()) {
                throw new IllegalStateException(routine.id() + ": the session ended before the workout finished:\n"
                        + transcript.text());
            }
            files.put(fileName(routine), markdown(routine, transcript));
        }
        files.put(INDEX, index(routines));
        return files;
    }

    /** The Markdown files now in the folder (none if there is no folder). */
    static Set<String> committed(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static List<Routine> inOrder(Catalogue catalogue) {
        return catalogue.routines().stream()
                .sorted(Comparator.comparing((Routine r) -> FIRST.contains(r.id()) ? FIRST.indexOf(r.id()) : FIRST.size())
                        .thenComparing(Routine::name))
                .toList();
    }

    static String fileName(Routine routine) {
        return routine.id() + ".md";
    }

    static String markdown(Routine routine, WorkoutTranscript transcript) {
        return "# " + title(routine) + "\n\n"
                + "The whole " + routine.name() + " workout as the skill says it: " + plan(routine) + ".\n"
                + "A first-time user (progress in memory, on " + WorkoutTranscript.WHEN.toString().substring(0, 10)
                + ") opens the skill, starts the routine and answers\nlike a cooperative trainee: "
                + "`ready` when a set waits, ratings " + String.join(", ", CooperativeTrainee.RATINGS)
                + " in turn, `" + CooperativeTrainee.OTHERWISE + "` to anything else.\n"
                + "Pauses are shown as the local coach prints them (`[3 s]`).\n\n"
                + "Generated, do not edit: run `" + COMMAND + "` from the project folder to regenerate,\n"
                + "then review the diff.\n\n"
                + "```text\n" + transcript.text() + "```\n";
    }

    static String index(List<Routine> routines) {
        StringBuilder index = new StringBuilder("# Workout transcripts\n\n"
                + "Every routine's whole workout as the skill says it, from \"open mind muscle coach\" to the end of the\n"
                + "session, with pauses shown as the local coach prints them (`[3 s]`). A test fails when these files\n"
                + "drift from what the skill says, so a change in the coaching shows in review as a diff of what the\n"
                + "user hears. Regenerate them from the project folder with\n\n"
                + "```sh\n" + COMMAND + "\n```\n\n"
                + "and review the diff (`-Dexec.args=\"--check\"` only names the files that differ).\n\n");
        for (Routine routine : routines) {
            index.append("- [").append(title(routine)).append("](").append(fileName(routine)).append("): ")
                    .append(plan(routine)).append('\n');
        }
        return index.toString();
    }

    /** "squats (3 sets), glute bridges (2 sets)": no reps, which a timed hold does not have. */
    private static String plan(Routine routine) {
        return routine.steps().stream().map(TranscriptMain::sets).collect(Collectors.joining(", "));
    }

    private static String sets(RoutineStep step) {
        return step.exercise().plural() + " (" + step.sets() + (step.sets() == 1 ? " set)" : " sets)");
    }

    private static String title(Routine routine) {
        return routine.name().substring(0, 1).toUpperCase(Locale.ROOT) + routine.name().substring(1);
    }

    /** A file as committed, with line endings as this command writes them. */
    static String normalized(String text) {
        return text.replace("\r\n", "\n");
    }
}
