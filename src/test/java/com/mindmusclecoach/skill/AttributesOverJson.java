package com.mindmusclecoach.skill;

import com.amazon.ask.attributes.AttributesManager;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Session attributes as a device carries them between turns: written by the codec, as JSON text and back. */
final class AttributesOverJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributesOverJson() {
    }

    /** What {@link SessionAttributes#encode} writes for {@code state}, after the round trip through Alexa. */
    static Map<String, Object> written(SessionState state) {
        AttributesManager written = carrying(new HashMap<>());
        SessionAttributes.encode(state, written);
        try {
            return JSON.readValue(JSON.writeValueAsString(written.getSessionAttributes()), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request's attributes manager whose session carries {@code attributes}. */
    static AttributesManager carrying(Map<String, Object> attributes) {
        return AttributesManager.builder()
                .withRequestEnvelope(RequestEnvelope.builder()
                        .withSession(Session.builder().withAttributes(attributes).build())
                        .build())
                .build();
    }
}
