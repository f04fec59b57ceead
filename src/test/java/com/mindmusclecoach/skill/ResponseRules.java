package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Alexa platform rules that every response must keep, checked on every turn of
 * every conversation test: speech and reprompt within 8,000 characters of well-formed SSML, no break over ten
 * seconds, the whole response within 24 KB, an open session always asks a question and has a reprompt, and a
 * screen directive carries its APL document and datasources.
 */
public final class ResponseRules {

    static final int MAX_SPEECH_CHARS = 8000;
    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    private static final Pattern BREAK = Pattern.compile("(\\d+)(ms|s)");

    private ResponseRules() {
    }

    public static void check(JsonNode envelope, String wireJson) {
        assertThat(wireJson.getBytes(StandardCharsets.UTF_8).length).as("response size").isLessThanOrEqualTo(MAX_RESPONSE_BYTES);
        JsonNode response = envelope.path("response");
        JsonNode speech = response.path("outputSpeech");
        boolean open = !response.path("shouldEndSession").asBoolean(true) && !response.path("shouldEndSession").isMissingNode();
        if (!speech.isMissingNode()) {
            checkSsml(speech.path("ssml").asText());
        }
        JsonNode reprompt = response.path("reprompt").path("outputSpeech");
        if (open) {
            String ssml = speech.path("ssml").asText();
            assertThat(ssml).as("an open session asks a question").contains("?");
            assertThat(reprompt.isMissingNode()).as("an open session has a reprompt").isFalse();
            checkSsml(reprompt.path("ssml").asText());
            assertThat(reprompt.path("ssml").asText()).as("the reprompt asks a question").contains("?");
        } else {
            assertThat(reprompt.isMissingNode()).as("an ended session has no reprompt").isTrue();
        }
        for (JsonNode directive : response.path("directives")) {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                assertThat(directive.path("document").path("type").asText()).as("a RenderDocument carries an APL document").isEqualTo("APL");
                assertThat(directive.path("datasources").isObject()).as("and the datasources it binds").isTrue();
                assertThat(directive.path("token").asText()).as("and a token").isNotBlank();
            }
        }
    }

    public static void checkSsml(String ssml) {
        assertThat(ssml).as("SSML length").hasSizeLessThanOrEqualTo(MAX_SPEECH_CHARS);
        assertThat(ssml).startsWith("<speak>").endsWith("</speak>");
        Document document = parse(ssml);
        NodeList breaks = document.getElementsByTagName("break");
        for (int i = 0; i < breaks.getLength(); i++) {
            String time = ((Element) breaks.item(i)).getAttribute("time");
            Matcher m = BREAK.matcher(time);
            assertThat(m.matches()).as("break time " + time).isTrue();
            long millis = Long.parseLong(m.group(1)) * ("s".equals(m.group(2)) ? 1000 : 1);
            assertThat(millis).as("break length").isBetween(1L, 10_000L);
        }
    }

    private static Document parse(String ssml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("SSML is not well-formed XML: " + ssml, e);
        }
    }
}
