package com.mindmusclecoach.screens;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The APL documents under src/main/resources/apl are valid for what the code sends them: well-formed JSON of
 * type APL taking one {@code payload} parameter, every {@code @resource} they use defined, and every
 * {@code ${payload...}} and {@code ${data...}} they read bound by the datasources the screens build, for every
 * session a workout of the catalogue passes through, every turn of one (a rest's countdown among them), and for
 * progress both empty and long. Every expression is well-formed and calls only functions {@link AplExpressions}
 * knows, and the workout document, read as a device reads it, counts a rest down by the time since it was shown.
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
        List<Map<String, Object>> workoutData = new ArrayList<>();
        ScreenSamples.everyWorkoutOfTheCatalogue().forEach(s -> workoutData.add(workout.of(s).datasources()));
        ScreenSamples.everyTurnOfTheCatalogue().forEach(t -> workout.after(t).ifPresent(x -> workoutData.add(x.datasources())));
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
    void everyExpression_shouldBeWellFormed_andCallOnlyKnownFunctions() throws IOException {
        for (String name : datasourcesByDocument().keySet()) {
            for (String text : strings(document(name))) {
                assertThat(AplExpressions.parseAll(text)).as(name + ": " + text).isNotNull();
            }
        }
        assertThatThrownBy(() -> AplExpressions.parseAll("${payload.workout.restSeconds - }")).as("the parser refuses")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AplExpressions.parseAll("${Math.round(elapsedTime)}")).as("an unknown function")
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** elapsedTime, localTime, utcTime and the Time functions came with APL 1.3. */
    @Test
    void documentsReadingTheTime_shouldAskForApl13OrLater() throws IOException {
        for (String name : datasourcesByDocument().keySet()) {
            JsonNode document = document(name);
            boolean readsTime = strings(document).stream().anyMatch(t -> t.matches("(?s).*\\$\\{.*\\b(elapsedTime|localTime|utcTime|Time\\.).*"));
            if (readsTime) {
                assertThat(Double.parseDouble(document.path("version").asText())).as(name).isGreaterThanOrEqualTo(1.3);
            }
        }
        assertThat(strings(document(WorkoutScreen.DOCUMENT))).anyMatch(t -> t.contains("elapsedTime"));
    }

    @Test
    void workoutDocument_shouldCountARestDownOnTheDevice_fromTheRestsSeconds_thenSayGetReady() throws IOException {
        JsonNode document = document(WorkoutScreen.DOCUMENT);
        Map<String, Object> rest = restStartedBy(new Command.Rate(4));

        List<String> atStart = shown(document, rest, 0);
        assertThat(atStart).startsWith("Bicep focus", "Rest 1:00", "Biceps curls", "Next: set 2 of 3 \u00b7 8 reps")
                .contains(ScreenSamples.CATALOGUE.exercise("biceps_curl").orElseThrow().movement().start())
                .as("the muscle, tempo and set cue make room for the countdown")
                .doesNotContain("Target: biceps", "Let your arms hang loose and shake them out gently.")
                .noneMatch(t -> t.startsWith("Tempo"));
        assertThat(shown(document, rest, 999)).contains("Rest 1:00");
        assertThat(shown(document, rest, 1_000)).contains("Rest 0:59");
        assertThat(shown(document, rest, 13_400)).contains("Rest 0:47");
        assertThat(shown(document, rest, 59_999)).contains("Rest 0:01");
        assertThat(shown(document, rest, 60_000)).contains("Get ready").noneMatch(t -> t.startsWith("Rest "));
        assertThat(shown(document, rest, 3_600_000)).contains("Get ready");
        assertThat(shown(document, rest, 60_000).subList(2, atStart.size())).isEqualTo(atStart.subList(2, atStart.size()));

        Map<String, Object> ninety = restStartedBy(new Command.SetRest(90), new Command.Rate(3));
        assertThat(shown(document, ninety, 0)).contains("Rest 1:30");
        assertThat(shown(document, ninety, 75_000)).contains("Rest 0:15");
    }

    @Test
    void workoutDocument_shouldShowNoCountdown_andNotChangeWithTime_forEveryScreenThatStartsNoRest() throws IOException {
        JsonNode document = document(WorkoutScreen.DOCUMENT);
        Predicate<String> countdown = t -> t.matches("Rest \\d+:\\d\\d") || t.equals("Get ready");
        int rests = 0;

        for (Map<String, Object> datasources : datasourcesByDocument().get(WorkoutScreen.DOCUMENT)) {
            List<String> atStart = shown(document, datasources, 0);
            if (workoutField(datasources, WorkoutScreen.REST_SECONDS).equals(0)) {
                assertThat(atStart).as(datasources.toString()).noneMatch(countdown);
                assertThat(shown(document, datasources, 600_000)).as(datasources.toString()).isEqualTo(atStart);
            } else {
                rests++;
                assertThat(atStart).as(datasources.toString()).filteredOn(countdown).hasSize(1);
                assertThat(shown(document, datasources, 600_000)).as(datasources.toString()).contains("Get ready");
            }
        }
        assertThat(rests).as("rests among the screens sent").isPositive();
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

    /** The workout screen after {@code commands} from a bicep focus after its first set, the last of them starting a rest. */
    private static Map<String, Object> restStartedBy(Command... commands) {
        var machine = new WorkoutStateMachine(ScreenSamples.CATALOGUE);
        var t = machine.apply(WorkoutSession.choosing(), new Command.StartWorkout("bicep_focus", "bicep focus"));
        t = machine.apply(t.session(), Command.Action.READY);
        for (var command : commands) {
            t = machine.apply(t.session(), command);
        }
        assertThat(t.events()).anyMatch(Event.RestStarted.class::isInstance);
        return new WorkoutScreen(ScreenSamples.CATALOGUE).after(t).orElseThrow().datasources();
    }

    private static Object workoutField(Map<String, Object> datasources, String field) {
        return ((Map<?, ?>) datasources.get(WorkoutScreen.DATASOURCE)).get(field);
    }

    /**
     * The texts a device shows for the document's main template, top to bottom, {@code elapsedMillis} after it
     * was shown: components whose {@code when} is false are left out, {@code bind} is read in order.
     */
    private static List<String> shown(JsonNode document, Map<String, Object> datasources, long elapsedMillis) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("payload", datasources);
        scope.put("viewport", Map.of("width", 1280, "height", 800));
        scope.put("elapsedTime", elapsedMillis);
        List<String> texts = new ArrayList<>();
        document.path("mainTemplate").path("items").forEach(item -> inflate(item, scope, texts));
        return texts;
    }

    private static void inflate(JsonNode component, Map<String, Object> outer, List<String> texts) {
        if (component.has("when") && !AplExpressions.truthy(AplExpressions.evaluate(component.path("when").asText(), outer))) {
            return;
        }
        assertThat(component.has("data")).as("data-bound lists are not inflated by this test").isFalse();
        Map<String, Object> scope = new HashMap<>(outer);
        component.path("bind").forEach(b -> scope.put(b.path("name").asText(), AplExpressions.evaluate(b.path("value").asText(), scope)));
        if (component.path("type").asText().equals("Text")) {
            texts.add(AplExpressions.text(AplExpressions.evaluate(component.path("text").asText(), scope)));
        }
        for (String children : List.of("item", "items")) {
            JsonNode child = component.path(children);
            if (child.isObject()) {
                inflate(child, scope, texts);
            } else {
                child.forEach(c -> inflate(c, scope, texts));
            }
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
