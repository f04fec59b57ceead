package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the skill package promises people can say, resolved the way the local coach resolves speech, from each
 * locale's own model: the example phrases in skill.json reach the intents they are meant to (certification
 * rejects example phrases that do not), and every intent launch phrase of the name-free interaction container
 * reaches its intent with every custom slot resolved, since those phrases cannot carry slots themselves.
 */
class SkillPackagePhrasesTest {

    static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Path PACKAGE = Path.of("skill-package");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAUNCH = "LaunchRequest";
    /** Each example phrase's words after the invocation, and the intent and workout id it is there to show. */
    private static final Map<String, String> INTENDED = Map.of(
            "", LAUNCH,
            "start bicep focus", "StartWorkoutIntent bicep_focus",
            "start leg day", "StartWorkoutIntent leg_day");

    private static Path model(String locale) {
        return PACKAGE.resolve("interactionModels/custom/" + locale + ".json");
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void examplePhrases_shouldResolveToTheirIntendedIntents(String locale) throws IOException {
        InteractionModel model = InteractionModel.read(model(locale));
        UtteranceResolver resolver = new UtteranceResolver(model);
        String open = "Alexa, open " + model.invocationName();
        String ask = "Alexa, ask " + model.invocationName() + " to ";

        for (JsonNode phrase : JSON.readTree(PACKAGE.resolve("skill.json").toFile())
                .path("manifest").path("publishingInformation").path("locales").path(locale).path("examplePhrases")) {
            String said = phrase.asText();
            assertThat(said).as("an example phrase opens the skill or asks it to do something").matches(
                    p -> p.equals(open) || p.startsWith(ask));
            String words = said.equals(open) ? "" : said.substring(ask.length());
            assertThat(INTENDED).as("'" + said + "' has a declared intent in this test").containsKey(words);

            assertThat(resolved(resolver, words)).as("'" + said + "' in " + locale).isEqualTo(INTENDED.get(words));
        }
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void intentLaunchPhrases_shouldResolveToTheirIntent_withEveryCustomSlotResolved(String locale) throws IOException {
        UtteranceResolver resolver = new UtteranceResolver(InteractionModel.read(model(locale)));
        JsonNode ingressPoints = JSON.readTree(model(locale).toFile())
                .path("interactionModel").path("_nameFreeInteraction").path("ingressPoints");

        for (JsonNode point : ingressPoints) {
            if (!point.path("type").asText().equals("INTENT")) {
                continue;
            }
            for (JsonNode utterance : point.path("sampleUtterances")) {
                UtteranceResolver.Resolution r = resolver.resolve(utterance.path("value").asText());
                assertThat(r.intent()).as("'" + utterance.path("value").asText() + "'").isEqualTo(point.path("name").asText());
                assertThat(r.slots().values()).as("slots of '" + utterance.path("value").asText() + "' resolve")
                        .allMatch(v -> !v.customType() || v.id() != null);
            }
        }
    }

    /** "IntentName slotId..." for an utterance, or {@value #LAUNCH} for the bare invocation. */
    private static String resolved(UtteranceResolver resolver, String words) {
        if (words.isEmpty()) {
            return LAUNCH;
        }
        UtteranceResolver.Resolution r = resolver.resolve(words);
        StringBuilder found = new StringBuilder(r.intent());
        r.slots().values().forEach(v -> found.append(' ').append(v.id() != null ? v.id() : v.heard()));
        return found.toString();
    }
}
