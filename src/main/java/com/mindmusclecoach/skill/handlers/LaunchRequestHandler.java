package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.mindmusclecoach.skill.Coach;

import java.util.Optional;

/** "Alexa, open mind muscle coach." */
public final class LaunchRequestHandler implements RequestHandler {

    private final Coach coach;

    public LaunchRequestHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return coach.welcome(input);
    }
}
