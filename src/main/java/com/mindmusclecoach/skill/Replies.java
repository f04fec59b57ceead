package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.screens.Apl;
import com.mindmusclecoach.screens.Screen;
import com.mindmusclecoach.speech.Speech;
import com.mindmusclecoach.speech.Ssml;

import java.util.List;
import java.util.Optional;

/** Builds the ASK response for what the coach says: speech, reprompt, screen, consent card, end of session. */
final class Replies {

    private Replies() {
    }

    /** {@code speech}, its reprompt if any, and whether the session ends with it. */
    static Optional<Response> of(HandlerInput input, Speech speech) {
        return of(input, speech, null);
    }

    /** @param screen what a screen shows, or null to leave it as it is; a device without one gets no directive */
    static Optional<Response> of(HandlerInput input, Speech speech, Screen screen) {
        var builder = input.getResponseBuilder().withSpeech(speech.ssml()).withShouldEndSession(speech.ends());
        if (speech.reprompt() != null) {
            builder.withReprompt(speech.reprompt());
        }
        if (screen != null && Apl.isSupported(input)) {
            builder.addDirective(Apl.renderDocument(screen));
        }
        return builder.build();
    }

    /** {@code speech} with its reprompt, and a card in the Alexa app asking for {@code permissions} unless empty. */
    static Optional<Response> withConsentCard(HandlerInput input, Speech speech, List<String> permissions) {
        var builder = input.getResponseBuilder().withSpeech(speech.ssml()).withShouldEndSession(speech.ends())
                .withReprompt(speech.reprompt());
        if (!permissions.isEmpty()) {
            builder.withAskForPermissionsConsentCard(permissions);
        }
        return builder.build();
    }

    /**
     * {@code said}, then {@code handOff} hands the conversation to Alexa for a while (its own question): no reprompt,
     * and the session waits for Alexa's answer.
     */
    static Optional<Response> handingOff(HandlerInput input, String said, Directive handOff) {
        return input.getResponseBuilder().withSpeech(Ssml.speech().say(said).toSpeech()).addDirective(handOff).build();
    }

    /** Nothing said: the session has ended already. */
    static Optional<Response> nothing(HandlerInput input) {
        return input.getResponseBuilder().build();
    }
}
