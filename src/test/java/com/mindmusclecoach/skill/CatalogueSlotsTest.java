package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Kit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is the one source of what people can ask to train: in every locale's model, the workout slot's
 * values, synonyms and resolution ids are exactly the catalogue's routines, muscles and exercises (names, synonyms,
 * plurals), each id one the coach can start; and the words that shape a workout resolve to ids the handler reads.
 * The models are written from the catalogue ({@link CatalogueSlots}, {@code tools/sync-slot-types}); these tests fail
 * while one differs.
 */
class CatalogueSlotsTest {

    static final List<String> LOCALES = SkillPackage.LOCALES;
    private static final Catalogue CATALOGUE = CatalogueFile.standard();

    private static JsonNode type(String locale, String name) {
        for (JsonNode type : SkillPackage.languageModel(locale).path("types")) {
            if (type.path("name").asText().equals(name)) {
                return type;
            }
        }
        throw new AssertionError(locale + " has no slot type " + name);
    }

    private static Map<String, String> phrases(JsonNode type) {
        Map<String, String> phrases = new TreeMap<>();
        for (JsonNode value : type.path("values")) {
            String id = value.path("id").asText();
            assertThat(phrases.put(value.path("name").path("value").asText(), id)).as("one phrase, one id").isNull();
            value.path("name").path("synonyms").forEach(s -> assertThat(phrases.put(s.asText(), id))
                    .as("'" + s.asText() + "' selects one workout").isNull());
        }
        return phrases;
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void workoutSlot_shouldBeExactlyTheCataloguesPhrases_inEveryLocale(String locale) {
        Map<String, String> expected = new TreeMap<>();
        CATALOGUE.phrases().forEach((phrase, id) -> expected.put(SkillPackage.respelled(phrase, locale), id));
        CATALOGUE.exercises().stream().filter(e -> !CATALOGUE.phrases().containsKey(e.plural()))
                .forEach(e -> expected.put(SkillPackage.respelled(e.plural(), locale), e.id()));

        Map<String, String> inModel = phrases(type(locale, "WorkoutType"));

        assertThat(inModel).isEqualTo(expected);
        assertThat(new TreeSet<>(inModel.values())).as("every id starts a workout")
                .allMatch(id -> CATALOGUE.routine(id).isPresent());
        assertThat(inModel).as("muscles and regions people name").containsKeys("biceps", "triceps", "arms",
                "upper body", "lower body", "legs", "glutes", "chest", "back", "shoulders", "abs", "core", "full body");
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void modelFile_shouldBeWhatTheCatalogueMakes_inEveryLocale(String locale) throws java.io.IOException {
        String file = java.nio.file.Files.readString(SkillPackage.modelFile(locale));

        assertThat(CatalogueSlots.synced(file, CATALOGUE, locale))
                .as("%s's workout slot differs from the catalogue: run tools/sync-slot-types", locale)
                .isEqualTo(file);
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void whatCanBeTrained_shouldAllBeSayable_inEveryLocale(String locale) {
        assertThat(phrases(type(locale, "WorkoutType"))).containsKeys(CATALOGUE.regions().toArray(String[]::new));
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void equipmentAndLength_shouldResolveToTheIdsTheHandlerReads(String locale) {
        assertThat(new TreeSet<>(phrases(type(locale, "WorkoutKit")).values())).isEqualTo(Set.of("none", "dumbbells"))
                .allMatch(id -> Kit.of(id).filter(kit -> kit != Kit.ANY).isPresent());
        assertThat(phrases(type(locale, "WorkoutKit"))).containsEntry("no equipment", "none")
                .containsEntry("with dumbbells", "dumbbells").containsEntry("with weights", "dumbbells")
                .containsEntry("dumbbell", "dumbbells");
        assertThat(new TreeSet<>(phrases(type(locale, "WorkoutLength")).values())).isEqualTo(Set.of("short", "long"));
        assertThat(phrases(type(locale, "WorkoutLength"))).containsEntry("quick", "short").containsEntry("short", "short");
    }
}
