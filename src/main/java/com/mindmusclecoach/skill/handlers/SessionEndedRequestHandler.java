package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;
import com.mindmusclecoach.skill.Coach;

import java.util.Optional;

/** The user left, went quiet, or an error ended the session: keep their place; Alexa takes no speech here. */
public final class SessionEndedRequestHandler implements RequestHandler {

    private final Coach coach;

    public SessionEndedRequestHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return coach.sessionEnded(input);
    }
}
