package com.mindmusclecoach.screens;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Alexa side of screens: whether the device can show APL, and the {@code RenderDocument} directive for a
 * {@link Screen}. Documents are read from {@code /apl/<name>.json} the first time a screen device needs them,
 * so a speaker's cold start never loads them.
 */
public final class Apl {

    public static final String INTERFACE = "Alexa.Presentation.APL";
    private static final String TOKEN_PREFIX = "mindmusclecoach.";
    private static final Map<String, Map<String, Object>> DOCUMENTS = new ConcurrentHashMap<>();

    private Apl() {
    }

    /** True only when the device announced {@value #INTERFACE} in {@code context.System.device.supportedInterfaces}. */
    public static boolean isSupported(HandlerInput input) {
        var context = input.getRequestEnvelope().getContext();
        if (context == null || context.getSystem() == null || context.getSystem().getDevice() == null) {
            return false;
        }
        SupportedInterfaces interfaces = context.getSystem().getDevice().getSupportedInterfaces();
        return interfaces != null && interfaces.getAlexaPresentationAPL() != null;
    }

    public static RenderDocumentDirective renderDocument(Screen screen) {
        return RenderDocumentDirective.builder()
                .withToken(TOKEN_PREFIX + screen.document())
                .withDocument(document(screen.document()))
                .withDatasources(screen.datasources())
                .build();
    }

    /** The parsed document, shared by every response that shows it; nothing may change it. */
    static Map<String, Object> document(String name) {
        return DOCUMENTS.computeIfAbsent(name, Apl::read);
    }

    private static Map<String, Object> read(String name) {
        String resource = "/apl/" + name + ".json";
        try (InputStream in = Apl.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Map<String, Object> document = new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
            return Collections.unmodifiableMap(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
