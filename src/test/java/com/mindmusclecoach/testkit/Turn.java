package com.mindmusclecoach.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * One response, read the way a person would hear it; {@code bytes} is its size on the wire. {@link #speech()} strips
 * the markup (each tag heard as a space); {@link #heard()} reads the SSML as XML, every entity resolved.
 */
public record Turn(JsonNode envelope, int bytes) {

    /** Building a parser looks up the XML implementation each time: one per thread is built once. */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(Turn::parser);

    /** A response whose wire size is that of its JSON text. */
    public Turn(JsonNode envelope) {
        this(envelope, Requests.bytes(envelope).length);
    }

    public String ssml() {
        return envelope.path("response").path("outputSpeech").path("ssml").asText("");
    }

    /** The speech without markup, as heard. */
    public String speech() {
        return plain(ssml());
    }

    public String reprompt() {
        return plain(envelope.path("response").path("reprompt").path("outputSpeech").path("ssml").asText(""));
    }

    /** The speech as an SSML reader hears it: the text of the XML, entities resolved, spaces collapsed. */
    public String heard() {
        return heard(ssml());
    }

    public boolean ends() {
        return envelope.path("response").path("shouldEndSession").asBoolean(true);
    }

    public boolean hasSpeech() {
        return !envelope.path("response").path("outputSpeech").isMissingNode();
    }

    /** The session attributes this response returns (an empty object when it returns none). */
    public JsonNode attributes() {
        JsonNode attributes = envelope.path("sessionAttributes");
        return attributes.isObject() ? attributes : Requests.JSON.createObjectNode();
    }

    public JsonNode workout() {
        return envelope.path("sessionAttributes").path("workout");
    }

    /** The APL directive of this response, or a missing node when the screen is left as it was. */
    public JsonNode screen() {
        for (JsonNode directive : envelope.path("response").path("directives")) {
            if (directive.path("type").asText().startsWith(Requests.APL)) {
                return directive;
            }
        }
        return Requests.JSON.missingNode();
    }

    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    /** The words a listener hears of {@code ssml}: its text with every entity resolved ("" for no speech). */
    public static String heard(String ssml) {
        if (ssml.isEmpty()) {
            return "";
        }
        return parse(ssml).getDocumentElement().getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** The SSML as an XML document (the tests' one SSML parser); fails the test when it is not well-formed. */
    public static org.w3c.dom.Document parse(String ssml) {
        try {
            return PARSER.get().parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("SSML is not well-formed XML: " + ssml, e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler());
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
