package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workout slot type ({@value #TYPE}) made from the catalogue, the one source of what can be asked for: one value
 * per routine, muscle or region ("target") and exercise, in the catalogue file's order, its id the catalogue's, its
 * value the name and its synonyms the catalogue's synonyms (an exercise's plural too, when no other phrase has it),
 * each in the locale's spelling ({@link SkillPackage#respelled}). {@code tools/sync-slot-types} runs {@link #main}
 * to write it into every locale's model; {@code CatalogueSlotsTest} fails while a model differs from it.
 */
public final class CatalogueSlots {

    static final String TYPE = "WorkoutType";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogueSlots() {
    }

    /** The slot type's values for {@code locale}. */
    static ArrayNode workoutValues(Catalogue catalogue, String locale) {
        Map<String, List<String>> phrasesById = new LinkedHashMap<>();
        catalogue.phrases().forEach((phrase, id) -> phrasesById.computeIfAbsent(id, k -> new ArrayList<>()).add(phrase));
        List<String> order = new ArrayList<>(catalogue.routinesInOrder().stream().map(r -> r.id()).toList());
        catalogue.exercises().forEach(e -> order.add(e.id()));
        catalogue.targets().forEach(t -> order.add(t.id()));
        ArrayNode values = JSON.createArrayNode();
        for (String id : order) {
            List<String> phrases = new ArrayList<>(phrasesById.getOrDefault(id, List.of()));
            catalogue.exercise(id).map(Exercise::plural).filter(p -> !catalogue.phrases().containsKey(p))
                    .ifPresent(phrases::add);
            ObjectNode value = values.addObject();
            value.put("id", id);
            ObjectNode name = value.putObject("name");
            name.put("value", SkillPackage.respelled(phrases.get(0), locale));
            if (phrases.size() > 1) {
                ArrayNode synonyms = name.putArray("synonyms");
                phrases.subList(1, phrases.size()).forEach(p -> synonyms.add(SkillPackage.respelled(p, locale)));
            }
        }
        return values;
    }

    /** The model file's text with its workout slot type made from {@code catalogue}, formatted as the files are. */
    static String synced(String modelText, Catalogue catalogue, String locale) throws IOException {
        JsonNode model = JSON.readTree(modelText);
        boolean found = false;
        for (JsonNode type : model.path("interactionModel").path("languageModel").path("types")) {
            if (type.path("name").asText().equals(TYPE)) {
                ((ObjectNode) type).set("values", workoutValues(catalogue, locale));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException(locale + "'s model has no slot type " + TYPE);
        }
        return format(model);
    }

    /** As the model files are written: two spaces, one element a line, "name": value. */
    static String format(JsonNode model) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return JSON.writer(printer).writeValueAsString(model) + "\n";
    }

    /** Writes the workout slot type of every locale's model from the catalogue; says which files changed. */
    public static void main(String[] args) throws IOException {
        Catalogue catalogue = CatalogueFile.standard();
        for (String locale : SkillPackage.LOCALES) {
            Path file = SkillPackage.modelFile(locale);
            String before = Files.readString(file);
            String after = synced(before, catalogue, locale);
            if (!after.equals(before)) {
                Files.writeString(file, after);
                System.out.println("updated " + file);
            } else {
                System.out.println("unchanged " + file);
            }
        }
    }
}
