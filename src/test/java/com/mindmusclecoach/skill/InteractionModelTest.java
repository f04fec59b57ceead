package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interaction models of every English locale, the handlers and the catalogue agree with each other, and the
 * models keep the certification rules: a valid invocation name, unique samples, every slot used, every custom
 * value with an id, every handled built-in intent present, and name-free launch phrases Alexa accepts.
 */
class InteractionModelTest {

    static final List<String> LOCALES = SkillPackage.LOCALES;
    /** Words an invocation name may not contain: wake words, launch and connecting words, "skill" and "app". */
    private static final Set<String> FORBIDDEN_IN_INVOCATION = Set.of("alexa", "amazon", "echo", "computer", "ziggy",
            "skill", "app", "launch", "ask", "tell", "load", "begin", "enable", "open", "start", "to", "from", "by", "if",
            "and", "whether");
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final int MAX_NAME_FREE_PHRASES = 5;
    /** Fields that name things in code (intents, slots, types, ids); words people say are everything else. */
    private static final Set<String> IDENTIFIERS = Set.of("name", "id", "type", "format");

    private static List<String> modelIntents(String locale) {
        List<String> names = new ArrayList<>();
        SkillPackage.languageModel(locale).path("intents").forEach(i -> names.add(i.path("name").asText()));
        return names;
    }

    private static Set<String> intentConstants() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field field : IntentNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("SLOT_")) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    @Test
    void everyIntentInTheModel_shouldHaveAHandler_andEveryHandledIntentShouldBeInTheModel() throws Exception {
        Echo user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), null), "u");
        assertThat(new HashSet<>(modelIntents(SkillPackage.SOURCE_LOCALE))).isEqualTo(intentConstants());
        for (String intent : modelIntents(SkillPackage.SOURCE_LOCALE)) {
            var request = Requests.withIntentName(Requests.fixture("help"), intent);
            String speech = user.send(request).speech();
            assertThat(speech).as(intent + " is answered without a fault").isNotBlank()
                    .doesNotContain("Sorry, I had a little trouble there.");
            if (!intent.equals(IntentNames.FALLBACK)) {
                assertThat(speech).as(intent + " is handled, not treated as unknown").doesNotStartWith("Sorry, I didn't catch that")
                        .doesNotStartWith("Hmm, I missed that");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void intents_shouldBeExactlyTheHandledOnes_includingEveryBuiltInIntentTheSkillHandles(String locale) throws Exception {
        assertThat(new HashSet<>(modelIntents(locale))).isEqualTo(intentConstants());
        assertThat(modelIntents(locale)).as("no intent twice").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void invocationName_shouldFollowTheCertificationRules(String locale) {
        String name = SkillPackage.languageModel(locale).path("invocationName").asText();
        List<String> words = Arrays.asList(name.split(" "));

        assertThat(name).as("lower case letters, spaces, apostrophes and periods").matches("[a-z][a-z '.]*[a-z]");
        assertThat(words).as("at least two words").hasSizeGreaterThanOrEqualTo(2);
        assertThat(words).as("no wake word, launch or connecting word, no 'skill'").doesNotContainAnyElementsOf(FORBIDDEN_IN_INVOCATION);
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void samples_shouldBeUniqueAcrossIntents_andUseEveryDeclaredSlot(String locale) {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode intent : SkillPackage.languageModel(locale).path("intents")) {
            Set<String> slots = new HashSet<>();
            intent.path("slots").forEach(s -> slots.add(s.path("name").asText()));
            Set<String> used = new HashSet<>();
            for (JsonNode sample : intent.path("samples")) {
                String text = sample.asText();
                assertThat(owner.put(text.toLowerCase(Locale.ROOT), intent.path("name").asText()))
                        .as("sample '" + text + "' is unique").isNull();
                // slot names are case-sensitive: {bodyPart} must name the slot bodyPart
                Matcher m = SLOT.matcher(text);
                while (m.find()) {
                    assertThat(slots).as("slot in '" + text + "'").contains(m.group(1));
                    used.add(m.group(1));
                }
            }
            assertThat(used).as("every slot of " + intent.path("name").asText() + " is used in a sample").isEqualTo(slots);
        }
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void customSlotValues_shouldEachHaveAUniqueId_andEverySlotTypeShouldBeDeclared(String locale) {
        JsonNode model = SkillPackage.languageModel(locale);
        Set<String> declared = new HashSet<>();
        for (JsonNode type : model.path("types")) {
            declared.add(type.path("name").asText());
            Set<String> ids = new HashSet<>();
            for (JsonNode value : type.path("values")) {
                assertThat(value.path("id").asText()).as("id of '" + value.path("name").path("value").asText() + "'").isNotBlank();
                assertThat(ids.add(value.path("id").asText())).as("id " + value.path("id").asText() + " is unique").isTrue();
            }
        }
        model.path("intents").forEach(intent -> intent.path("slots").forEach(slot -> assertThat(slot.path("type").asText())
                .as("slot type of " + slot.path("name").asText()).matches(t -> t.startsWith("AMAZON.") || declared.contains(t))));
    }

    @Test
    void workoutSlotValues_shouldBeExactlyTheCataloguePhrases() {
        Map<String, String> fromModel = new TreeMap<>();
        for (JsonNode value : SkillPackage.languageModel(SkillPackage.SOURCE_LOCALE).path("types").get(0).path("values")) {
            String id = value.path("id").asText();
            fromModel.put(value.path("name").path("value").asText(), id);
            value.path("name").path("synonyms").forEach(s -> fromModel.put(s.asText(), id));
        }
        Catalogue catalogue = CatalogueFile.standard();
        Map<String, String> expected = new TreeMap<>(catalogue.phrases());
        catalogue.exercises().stream().filter(e -> !expected.containsKey(e.plural()))
                .forEach(e -> expected.put(e.plural(), e.id()));

        assertThat(fromModel).isEqualTo(expected);
    }

    /** One source: a locale's model is en-US with the locale's spellings, nothing more, so the five never drift. */
    @ParameterizedTest
    @FieldSource("LOCALES")
    void everyLocaleModel_shouldBeTheEnUsModel_withOnlyItsDeclaredSpellings(String locale) {
        JsonNode expected = respelled(SkillPackage.model(SkillPackage.SOURCE_LOCALE).deepCopy(), locale);

        assertThat(difference("", expected, SkillPackage.model(locale)))
                .as(SkillPackage.modelFile(locale) + " differs from en-US beyond its spellings in SkillPackage.SPELLINGS;"
                        + " edit en-US.json and copy it, respelling those words")
                .isEmpty();
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void nameFreeInteraction_shouldOfferSlotFreePhrases_forTheSkillAndForModelIntents(String locale) {
        JsonNode ingressPoints = SkillPackage.model(locale).path("interactionModel").path("_nameFreeInteraction").path("ingressPoints");
        Set<String> intents = new HashSet<>(modelIntents(locale));
        Set<String> phrases = new HashSet<>();
        int launchPoints = 0;

        for (JsonNode point : ingressPoints) {
            String type = point.path("type").asText();
            assertThat(type).isIn("LAUNCH", "INTENT");
            if (type.equals("LAUNCH")) {
                launchPoints++;
                assertThat(point.has("name")).as("a skill launch point names no intent").isFalse();
            } else {
                assertThat(intents).as("intent launch point").contains(point.path("name").asText());
            }
            assertThat(point.path("sampleUtterances").size()).isBetween(1, MAX_NAME_FREE_PHRASES);
            for (JsonNode utterance : point.path("sampleUtterances")) {
                String value = utterance.path("value").asText();
                assertThat(utterance.path("format").asText()).isEqualTo("RAW_TEXT");
                assertThat(value).as("a whole phrase without slots").matches("[a-z][a-z' ]*[a-z]");
                assertThat(phrases.add(value)).as("'" + value + "' launches one thing").isTrue();
            }
        }
        assertThat(launchPoints).as("one skill launch point").isEqualTo(1);
        assertThat(ingressPoints.size()).as("intent launch points too").isGreaterThan(1);
    }

    /** Where {@code actual} first differs from {@code expected}, as a JSON path with both values; empty when equal. */
    private static String difference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isContainerNode() && expected.getNodeType() == actual.getNodeType()) {
            Set<String> keys = new java.util.TreeSet<>();
            if (expected.isObject()) {
                keys.addAll(fieldsOf((ObjectNode) expected));
                keys.addAll(fieldsOf((ObjectNode) actual));
            } else {
                for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                    keys.add(String.format(Locale.ROOT, "%05d", i));
                }
            }
            for (String key : keys) {
                boolean index = expected.isArray();
                JsonNode e = index ? expected.path(Integer.parseInt(key)) : expected.path(key);
                JsonNode a = index ? actual.path(Integer.parseInt(key)) : actual.path(key);
                String found = difference(path + "/" + (index ? Integer.toString(Integer.parseInt(key)) : key), e, a);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        return expected.equals(actual) ? "" : path + ": expected " + shown(expected) + " but was " + shown(actual);
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "nothing" : node.toString();
    }

    private static List<String> fieldsOf(ObjectNode object) {
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static JsonNode respelled(JsonNode node, String locale) {
        if (node.isTextual()) {
            return TextNode.valueOf(SkillPackage.respelled(node.asText(), locale));
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (String field : fieldsOf(object)) {
                boolean identifier = IDENTIFIERS.contains(field) && object.get(field).isTextual();
                if (!identifier) {
                    object.set(field, respelled(object.get(field), locale));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, respelled(node.get(i), locale));
            }
        }
        return node;
    }
}
