package com.mindmusclecoach.screens;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.UserProgress;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The APL documents under src/main/resources/apl are valid for what the code sends them: well-formed JSON of
 * type APL taking one {@code payload} parameter, every {@code @resource} they use defined, and every
 * {@code ${payload...}} and {@code ${data...}} they read bound by the datasources the screens build, for every
 * session a workout of the catalogue passes through and for progress both empty and long.
 */
class AplDocumentsTest {

    private static final Path DOCUMENTS = Path.of("src/main/resources/apl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern REFERENCE = Pattern.compile("\\b(payload|data)((?:\\.\\w+)+)");
    private static final Pattern RESOURCE = Pattern.compile("@(\\w+)");

    private static JsonNode document(String name) throws IOException {
        return JSON.readTree(DOCUMENTS.resolve(name + ".json").toFile());
    }

    /** Every datasource the code can send to each document. */
    private static Map<String, List<Map<String, Object>>> datasourcesByDocument() {
        WorkoutScreen workout = new WorkoutScreen(ScreenSamples.CATALOGUE);
        List<Map<String, Object>> workoutData = ScreenSamples.everyWorkoutOfTheCatalogue().stream()
                .map(s -> workout.of(s).datasources()).toList();
        List<Map<String, Object>> progressData = new ArrayList<>();
        for (UserProgress progress : List.of(UserProgress.NONE, ScreenSamples.training(1), ScreenSamples.training(400))) {
            ProgressReport report = ProgressReport.of(progress, ScreenSamples.TODAY);
            progressData.add(ProgressScreen.of(report, progress, ScreenSamples.TODAY).datasources());
        }
        return Map.of(WorkoutScreen.DOCUMENT, workoutData, ProgressScreen.DOCUMENT, progressData);
    }

    @Test
    void documents_shouldBeExactlyThoseTheScreensName() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(DOCUMENTS)) {
            files = list.map(f -> f.getFileName().toString()).toList();
        }

        assertThat(files).containsExactlyInAnyOrder(WorkoutScreen.DOCUMENT + ".json", ProgressScreen.DOCUMENT + ".json");
    }

    @Test
    void everyDocument_shouldBeWellFormedApl_takingOnePayloadParameter_andUsingOnlyDefinedResources() throws IOException {
        for (String name : datasourcesByDocument().keySet()) {
            JsonNode document = document(name);
            Set<String> defined = new HashSet<>();
            document.path("resources").forEach(block -> block.fields().forEachRemaining(group -> {
                if (group.getValue().isObject()) {
                    group.getValue().fieldNames().forEachRemaining(defined::add);
                }
            }));

            assertThat(document.path("type").asText()).as(name).isEqualTo("APL");
            assertThat(document.path("version").asText()).as(name).matches("1\\.\\d+");
            assertThat(document.path("mainTemplate").path("parameters")).as(name).containsExactly(JSON.getNodeFactory().textNode("payload"));
            assertThat(document.path("mainTemplate").path("items").size()).as(name).isEqualTo(1);
            for (String text : strings(document.path("mainTemplate"))) {
                Matcher m = RESOURCE.matcher(text);
                while (m.find()) {
                    assertThat(defined).as("@" + m.group(1) + " in " + name).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void everyDatasourceReference_shouldBeBound_byEveryDatasourceTheCodeSends() throws IOException {
        Map<String, List<Map<String, Object>>> sent = datasourcesByDocument();
        for (Map.Entry<String, List<Map<String, Object>>> entry : sent.entrySet()) {
            JsonNode template = document(entry.getKey()).path("mainTemplate");
            assertThat(entry.getValue()).isNotEmpty();
            for (Map<String, Object> datasources : entry.getValue()) {
                List<String> unbound = new ArrayList<>();
                checkReferences(template, datasources, null, unbound);
                assertThat(unbound).as(entry.getKey() + " with " + datasources).isEmpty();
            }
        }
    }

    @Test
    void renderDocument_shouldCarryTheDocumentItsDatasourcesAndAToken() throws IOException {
        Screen screen = new WorkoutScreen(ScreenSamples.CATALOGUE).of(ScreenSamples.wholeWorkout(
                ScreenSamples.CATALOGUE.routine("bicep_focus").orElseThrow()).get(1));

        RenderDocumentDirective directive = Apl.renderDocument(screen);

        assertThat(directive.getType()).isEqualTo("Alexa.Presentation.APL.RenderDocument");
        assertThat(directive.getToken()).isEqualTo("mindmusclecoach.workout");
        assertThat((JsonNode) JSON.valueToTree(directive.getDocument())).isEqualTo(document(WorkoutScreen.DOCUMENT));
        assertThat(directive.getDatasources()).isEqualTo(screen.datasources());
    }

    @Test
    void screensExceptApl_shouldImportNothingFromAlexaOrAws() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/com/mindmusclecoach/screens"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("Apl.java")).toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.matches("import (static )?(com\\.amazon\\.|com\\.amazonaws\\.|software\\.amazon\\.).*"))
                        .forEach(line -> offending.add(file.getFileName() + ": " + line));
            }
        }

        assertThat(offending).isEmpty();
    }

    /**
     * Collects every reference under {@code node} that the datasources do not bind. Inside a component whose
     * {@code data} is bound to a list, {@code ${data.x}} must name a field of every element of that list.
     */
    private static void checkReferences(JsonNode node, Map<String, Object> datasources, List<?> items, List<String> unbound) {
        if (node.isTextual()) {
            Matcher expression = EXPRESSION.matcher(node.asText());
            while (expression.find()) {
                Matcher reference = REFERENCE.matcher(expression.group(1));
                while (reference.find()) {
                    List<String> path = List.of(reference.group(2).substring(1).split("\\."));
                    boolean bound = reference.group(1).equals("payload") ? resolve(datasources, path) != null
                            : items != null && items.stream().allMatch(item -> resolve(item, path) != null);
                    if (!bound) {
                        unbound.add(reference.group());
                    }
                }
            }
            return;
        }
        List<?> childItems = items;
        if (node.isObject() && node.path("data").isTextual()) {
            Matcher data = REFERENCE.matcher(node.path("data").asText());
            Object list = data.find() ? resolve(datasources, List.of(data.group(2).substring(1).split("\\."))) : null;
            assertThat(list).as("data of " + node.path("type").asText() + " is a list").isInstanceOf(List.class);
            childItems = (List<?>) list;
        }
        for (JsonNode child : node) {
            boolean dataItself = child == node.path("data");
            checkReferences(child, datasources, dataItself ? items : childItems, unbound);
        }
    }

    private static Object resolve(Object root, List<String> path) {
        Object at = root;
        for (String key : path) {
            if (!(at instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return null;
            }
            at = map.get(key);
        }
        return at;
    }

    private static List<String> strings(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isTextual()) {
            found.add(node.asText());
        }
        node.forEach(child -> found.addAll(strings(child)));
        return found;
    }
}
