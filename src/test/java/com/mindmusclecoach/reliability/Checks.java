package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.skill.ResponseRules;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Transport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer must be: a valid Alexa response (the platform rules of {@link ResponseRules}, and SSML made
 * only of the elements the coach writes), or, for input that is not Alexa's, a clean error.
 */
final class Checks {

    /** Said by the exception handler: a turn that says it hit a fault inside the skill. */
    static final String TROUBLE = "Sorry, I had a little trouble there.";
    /** The elements the narrator writes; anything else in the output was injected. */
    private static final Set<String> ELEMENTS = Set.of("speak", "break", "prosody", "emphasis", "audio", "alexa:name");
    /** Building a parser looks up the XML implementation each time: one per thread is built once. */
    private static final Pattern STACK_FRAME = Pattern.compile("(^|\\s)at [\\w.$]+\\([\\w.$]*(:\\d+)?\\)");

    private Checks() {
    }

    /**
     * One user's Echo over {@code transport}, checked as the reliability tests check every turn: each answer a
     * {@link #validResponse}, and {@link Echo#say} never hearing the fault apology ({@link #TROUBLE}).
     */
    static Echo echo(Transport transport, String userId) {
        return new Echo(transport, userId).checkedBy((sent, reply) -> validResponse(reply)).neverSaying(TROUBLE);
    }

    /** A 200 carrying a response envelope that keeps every platform rule; returns the envelope. */
    static JsonNode validResponse(Transport.Reply reply) {
        assertThat(reply.thrown()).as("thrown by the skill").isNull();
        assertThat(reply.status()).as("status of " + reply.body()).isEqualTo(200);
        noStackTrace(reply.body());
        JsonNode envelope = json(reply.body());
        assertThat(envelope.path("response").isObject()).as("a response envelope: " + reply.body()).isTrue();
        ResponseRules.check(envelope, reply.body());
        JsonNode response = envelope.path("response");
        for (JsonNode speech : new JsonNode[] {response.path("outputSpeech"), response.path("reprompt").path("outputSpeech")}) {
            if (!speech.isMissingNode()) {
                assertThat(speech.path("type").asText()).isEqualTo("SSML");
                onlyCoachElements(speech.path("ssml").asText());
            }
        }
        return envelope;
    }

    /** The HTTP endpoint's answer to input that is not an acceptable Alexa request: 4xx with a JSON error. */
    static void cleanHttpError(Transport.Reply reply) {
        assertThat(reply.status()).as("status of " + reply.body()).isBetween(400, 499);
        noStackTrace(reply.body());
        JsonNode error = json(reply.body());
        assertThat(error.path("error").asText()).as("error message").isNotBlank();
        assertThat(error.size()).as("only the error message").isEqualTo(1);
    }

    /** The Lambda path's answer to input that is not Alexa's: an exception with a message, and nothing written. */
    static void cleanLambdaError(Transport.Reply reply) {
        assertThat(reply.status()).isEqualTo(Transport.Reply.THREW);
        assertThat(reply.thrown().getMessage()).as("message of " + reply.thrown()).isNotBlank();
        assertThat(reply.body()).as("nothing written").isEmpty();
    }

    static void noStackTrace(String body) {
        assertThat(STACK_FRAME.matcher(body).find()).as("stack frame in " + body).isFalse();
        assertThat(body).doesNotContain("\tat ").doesNotContain("Caused by:");
    }

    /** Parses the SSML as XML (no DTD) and fails on any element the narrator does not write. */
    static Document onlyCoachElements(String ssml) {
        Document document = parse(ssml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("speak");
        assertThat(elementNames(document)).as("elements in " + ssml)
                .allSatisfy(name -> assertThat(ELEMENTS.contains(name) || name.startsWith("amazon:")).as(name).isTrue());
        NodeList clips = document.getElementsByTagName("audio");
        assertThat(clips.getLength()).as("audio clips in one response").isLessThanOrEqualTo(5);
        for (int i = 0; i < clips.getLength(); i++) {
            assertThat(((Element) clips.item(i)).getAttribute("src")).as("only sound library clips")
                    .startsWith("soundbank://soundlibrary/");
        }
        return document;
    }

    static Set<String> elementNames(Document document) {
        Set<String> names = new TreeSet<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            names.add(((Element) all.item(i)).getTagName());
        }
        return names;
    }

    /** The words a listener hears: the SSML's text with every entity resolved. */
    static String heard(String ssml) {
        return parse(ssml).getDocumentElement().getTextContent();
    }

    static Document parse(String ssml) {
        return com.mindmusclecoach.testkit.Turn.parse(ssml);
    }

    static JsonNode json(String body) {
        try {
            return Requests.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
