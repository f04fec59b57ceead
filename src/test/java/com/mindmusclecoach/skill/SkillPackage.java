package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The skill package as the tests read it: the manifest, one interaction model per English locale, and the one
 * declared difference between locales, spelling. {@code en-US} is the source; every other locale is en-US with
 * its own spellings of the words below, wherever they occur (samples, synonyms, launch phrases, store text).
 */
public final class SkillPackage {

    public static final Path ROOT = Path.of("skill-package");
    public static final String SOURCE_LOCALE = "en-US";
    public static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");

    private static final Map<String, String> OUR_AND_RE = Map.of("favorite", "favourite", "color", "colour",
            "center", "centre");
    private static final Map<String, String> ISE = Map.of("visualization", "visualisation", "visualize", "visualise",
            "personalized", "personalised", "customize", "customise");

    /**
     * US spelling to the locale's, per locale. Canada keeps -ize and "program"; Australia writes -ise but
     * "program"; Britain and India write -ise and "programme".
     */
    public static final Map<String, Map<String, String>> SPELLINGS = Map.of(
            "en-US", Map.of(),
            "en-CA", OUR_AND_RE,
            "en-AU", merged(OUR_AND_RE, ISE),
            "en-GB", merged(OUR_AND_RE, ISE, Map.of("program", "programme")),
            "en-IN", merged(OUR_AND_RE, ISE, Map.of("program", "programme")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private SkillPackage() {
    }

    public static Path modelFile(String locale) {
        return ROOT.resolve("interactionModels/custom/" + locale + ".json");
    }

    /** The whole interaction model file of {@code locale}. */
    public static JsonNode model(String locale) {
        return read(modelFile(locale));
    }

    public static JsonNode languageModel(String locale) {
        return model(locale).path("interactionModel").path("languageModel");
    }

    public static JsonNode manifest() {
        return read(ROOT.resolve("skill.json")).path("manifest");
    }

    /** {@code text} as {@code locale} spells it: each US word of its spelling list replaced, whole words only. */
    public static String respelled(String text, String locale) {
        String result = text;
        for (Map.Entry<String, String> word : SPELLINGS.get(locale).entrySet()) {
            result = Pattern.compile("\\b" + word.getKey() + "\\b").matcher(result).replaceAll(word.getValue());
        }
        return result;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @SafeVarargs
    private static Map<String, String> merged(Map<String, String>... parts) {
        Map<String, String> all = new java.util.HashMap<>();
        for (Map<String, String> part : parts) {
            all.putAll(part);
        }
        return Map.copyOf(all);
    }
}
