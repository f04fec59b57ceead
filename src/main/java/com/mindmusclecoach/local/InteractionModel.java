package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of a skill-package interaction model the local runner needs: samples, slots and slot values. */
record InteractionModel(String invocationName, List<Intent> intents, Map<String, Map<String, String>> slotValues) {

    /** An intent's samples and the type of each of its slots. */
    record Intent(String name, List<String> samples, Map<String, String> slotTypes) {
    }

    static InteractionModel read(Path file) throws IOException {
        JsonNode model = new ObjectMapper().readTree(Files.readString(file)).path("interactionModel").path("languageModel");
        List<Intent> intents = new ArrayList<>();
        for (JsonNode intent : model.path("intents")) {
            List<String> samples = new ArrayList<>();
            intent.path("samples").forEach(s -> samples.add(s.asText()));
            Map<String, String> slots = new LinkedHashMap<>();
            intent.path("slots").forEach(s -> slots.put(s.path("name").asText(), s.path("type").asText()));
            intents.add(new Intent(intent.path("name").asText(), samples, slots));
        }
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (JsonNode type : model.path("types")) {
            Map<String, String> idsByPhrase = new LinkedHashMap<>();
            for (JsonNode value : type.path("values")) {
                String id = value.path("id").asText();
                idsByPhrase.put(value.path("name").path("value").asText().toLowerCase(Locale.ROOT), id);
                value.path("name").path("synonyms").forEach(s -> idsByPhrase.put(s.asText().toLowerCase(Locale.ROOT), id));
            }
            values.put(type.path("name").asText(), idsByPhrase);
        }
        return new InteractionModel(model.path("invocationName").asText(), intents, values);
    }
}
