package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest (skill-package/skill.json) says what certification asks of it, truthfully: store text for every
 * English locale, icons that exist at the right sizes, the category, privacy answers that match what the skill
 * does, the one event it handles, no permissions it does not use, the screens it draws, and testing instructions.
 * That example phrases really work is checked with the local utterance resolver (local/SkillPackagePhrasesTest).
 */
class SkillManifestTest {

    static final List<String> LOCALES = SkillPackage.LOCALES;
    private static final JsonNode MANIFEST = SkillPackage.manifest();
    private static final String LAUNCH_PHRASE = "Alexa, open mind muscle coach";
    private static final int MAX_EXAMPLE_PHRASES = 3;
    private static final int MAX_SUMMARY_CHARS = 160;
    private static final int MAX_DESCRIPTION_CHARS = 4000;

    private static JsonNode publishing(String locale) {
        return MANIFEST.path("publishingInformation").path("locales").path(locale);
    }

    @Test
    void locales_shouldBeExactlyTheEnglishOnes_withAModelEach() throws IOException {
        List<String> published = new ArrayList<>();
        MANIFEST.path("publishingInformation").path("locales").fieldNames().forEachRemaining(published::add);
        List<String> models;
        try (Stream<Path> files = Files.list(SkillPackage.ROOT.resolve("interactionModels/custom"))) {
            models = files.map(f -> f.getFileName().toString().replace(".json", "")).toList();
        }
        List<String> privacy = new ArrayList<>();
        MANIFEST.path("privacyAndCompliance").path("locales").fieldNames().forEachRemaining(privacy::add);

        assertThat(published).containsExactlyInAnyOrderElementsOf(LOCALES);
        assertThat(models).containsExactlyInAnyOrderElementsOf(LOCALES);
        assertThat(privacy).containsExactlyInAnyOrderElementsOf(LOCALES);
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void publishingInformation_shouldBeComplete_andSpelledForTheLocale(String locale) {
        JsonNode info = publishing(locale);
        JsonNode source = publishing(SkillPackage.SOURCE_LOCALE);

        assertThat(info.path("name").asText()).isEqualTo("Mind Muscle Coach");
        assertThat(info.path("summary").asText()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_SUMMARY_CHARS);
        assertThat(info.path("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_DESCRIPTION_CHARS)
                .contains("not medical advice");
        assertThat(info.path("keywords").size()).isPositive();
        for (String field : List.of("name", "summary", "description")) {
            assertThat(info.path(field).asText()).as(field + " of " + locale + " is en-US's, in the locale's spelling")
                    .isEqualTo(SkillPackage.respelled(source.path(field).asText(), locale));
        }
        assertThat(info.path("keywords")).isEqualTo(source.path("keywords"));
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void examplePhrases_shouldBeAtMostThree_startingWithTheLaunchPhrase(String locale) {
        JsonNode phrases = publishing(locale).path("examplePhrases");
        String invocation = SkillPackage.languageModel(locale).path("invocationName").asText();

        assertThat(phrases.size()).isBetween(1, MAX_EXAMPLE_PHRASES);
        assertThat(phrases.get(0).asText()).isEqualTo(LAUNCH_PHRASE).endsWith(invocation);
        phrases.forEach(p -> assertThat(p.asText()).startsWith("Alexa, ").contains(" " + invocation));
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void icons_shouldBePngFilesInThePackage_ofTheRequiredSizes(String locale) throws IOException {
        assertIcon(publishing(locale).path("smallIconUri").asText(), 108);
        assertIcon(publishing(locale).path("largeIconUri").asText(), 512);
    }

    private static void assertIcon(String uri, int size) throws IOException {
        assertThat(uri).startsWith("file://assets/images/").endsWith(".png");
        Path file = SkillPackage.ROOT.resolve(uri.substring("file://".length()));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file + " is a readable image").isNotNull();
        assertThat(image.getWidth()).as(file + " width").isEqualTo(size);
        assertThat(image.getHeight()).as(file + " height").isEqualTo(size);
    }

    @Test
    void distribution_shouldBeHealthAndFitness_inTheCountriesOfItsLocales_withTestingInstructions() {
        JsonNode info = MANIFEST.path("publishingInformation");
        Set<String> countries = new HashSet<>();
        info.path("distributionCountries").forEach(c -> countries.add(c.asText()));

        assertThat(info.path("category").asText()).isEqualTo("HEALTH_AND_FITNESS");
        assertThat(info.path("isAvailableWorldwide").asBoolean(true)).isFalse();
        assertThat(countries).containsExactlyInAnyOrderElementsOf(LOCALES.stream().map(l -> l.substring(3)).toList());
        assertThat(info.path("testingInstructions").asText()).contains("start bicep focus", "Delete my data",
                "SKILL_DISABLED", "screen", "help");
    }

    /**
     * Answers that match the code: progress is stored per Alexa user id (personal data, so a privacy policy is
     * needed); no purchases, no ads, not for children, nothing export-controlled, not a HIPAA covered entity.
     */
    @ParameterizedTest
    @FieldSource("LOCALES")
    void privacyAndCompliance_shouldAnswerWhatTheSkillDoes(String locale) {
        JsonNode privacy = MANIFEST.path("privacyAndCompliance");

        assertThat(privacy.path("usesPersonalInfo").asBoolean()).isTrue();
        assertThat(privacy.path("allowsPurchases").asBoolean(true)).isFalse();
        assertThat(privacy.path("containsAds").asBoolean(true)).isFalse();
        assertThat(privacy.path("isChildDirected").asBoolean(true)).isFalse();
        assertThat(privacy.path("usesHealthInfo").asBoolean(true)).isFalse();
        assertThat(privacy.path("isExportCompliant").asBoolean()).isTrue();
        assertThat(privacy.path("locales").path(locale).path("privacyPolicyUrl").asText()).startsWith("https://");
        assertThat(privacy.path("locales").path(locale).path("termsOfUseUrl").asText()).startsWith("https://");
    }

    @Test
    void events_shouldSubscribeToSkillDisabledOnly_atTheSkillsEndpoint() {
        JsonNode events = MANIFEST.path("events");
        List<String> subscribed = new ArrayList<>();
        events.path("subscriptions").forEach(s -> subscribed.add(s.path("eventName").asText()));

        assertThat(subscribed).containsExactly("SKILL_DISABLED");
        assertThat(events.path("endpoint").path("uri").asText()).startsWith("arn:aws:lambda:")
                .isEqualTo(MANIFEST.path("apis").path("custom").path("endpoint").path("uri").asText());
    }

    @Test
    void permissions_shouldBeTheVoiceProfileAndReminders_andTheOnlyInterfaceShouldBeTheScreensTheSkillDraws() {
        List<String> interfaces = new ArrayList<>();
        MANIFEST.path("apis").path("custom").path("interfaces").forEach(i -> interfaces.add(i.path("type").asText()));
        List<String> permissions = new ArrayList<>();
        MANIFEST.path("permissions").forEach(p -> permissions.add(p.path("name").asText()));

        // who is training: Alexa then sends context.System.person.personId for a recognized voice (no device data);
        // reminders: asked for by voice when the user wants one
        assertThat(permissions).containsExactlyInAnyOrder("alexa::person_id:read", RemindersCoach.PERMISSION);
        assertThat(interfaces).containsExactly("ALEXA_PRESENTATION_APL");
    }
}
