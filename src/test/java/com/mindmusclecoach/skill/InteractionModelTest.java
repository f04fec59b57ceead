package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The interaction model, the handlers and the catalogue agree with each other. */
class InteractionModelTest {

    private static final Path MODEL = Path.of("skill-package/interactionModels/custom/en-US.json");

    private static JsonNode languageModel() throws IOException {
        return new ObjectMapper().readTree(MODEL.toFile()).path("interactionModel").path("languageModel");
    }

    private static List<String> modelIntents() throws IOException {
        List<String> names = new ArrayList<>();
        languageModel().path("intents").forEach(i -> names.add(i.path("name").asText()));
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
        Conversation user = new Conversation(CoachSkill.create(Catalogue.standard(), new InMemoryProgressRepository(), null), "u");
        assertThat(new HashSet<>(modelIntents())).isEqualTo(intentConstants());
        for (String intent : modelIntents()) {
            var request = Conversation.fixture("help");
            ((com.fasterxml.jackson.databind.node.ObjectNode) request.path("request").path("intent")).put("name", intent);
            String speech = user.send(request).speech();
            if (!intent.equals(IntentNames.FALLBACK)) {
                assertThat(speech).as(intent + " is handled, not treated as unknown").doesNotStartWith("Sorry, I didn't catch that");
            }
        }
    }

    @Test
    void invocationName_shouldFollowTheCertificationRules() throws IOException {
        String name = languageModel().path("invocationName").asText();

        assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT)).contains(" ").doesNotContain("alexa", "skill", "echo");
    }

    @Test
    void samples_shouldBeUniqueAcrossIntents_andUseOnlyDeclaredSlots() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode intent : languageModel().path("intents")) {
            Set<String> slots = new HashSet<>();
            intent.path("slots").forEach(s -> slots.add(s.path("name").asText()));
            Set<String> used = new HashSet<>();
            for (JsonNode sample : intent.path("samples")) {
                String text = sample.asText().toLowerCase(Locale.ROOT);
                assertThat(owner.put(text, intent.path("name").asText())).as("sample '" + text + "' is unique").isNull();
                var m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(text);
                while (m.find()) {
                    assertThat(slots).as("slot in '" + text + "'").contains(m.group(1));
                    used.add(m.group(1));
                }
            }
            assertThat(used).as("every slot of " + intent.path("name").asText() + " is used").isEqualTo(slots);
        }
    }

    @Test
    void workoutSlotValues_shouldBeExactlyTheCataloguePhrases() throws IOException {
        Map<String, String> fromModel = new TreeMap<>();
        for (JsonNode value : languageModel().path("types").get(0).path("values")) {
            String id = value.path("id").asText();
            assertThat(id).isNotBlank();
            fromModel.put(value.path("name").path("value").asText(), id);
            value.path("name").path("synonyms").forEach(s -> fromModel.put(s.asText(), id));
        }
        Catalogue catalogue = Catalogue.standard();
        Map<String, String> expected = new TreeMap<>(catalogue.phrases());
        catalogue.exercises().stream().filter(e -> !expected.containsKey(e.plural()))
                .forEach(e -> expected.put(e.plural(), e.id()));

        assertThat(fromModel).isEqualTo(expected);
    }
}
