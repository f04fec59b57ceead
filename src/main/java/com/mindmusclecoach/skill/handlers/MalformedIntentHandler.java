package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Optional;

/**
 * Registered first: an intent request with no intent name (Alexa never sends one, a test tool might) is
 * answered like out-of-domain speech, before any other handler reads the name.
 */
public final class MalformedIntentHandler implements RequestHandler {

    private final Coach coach;

    public MalformedIntentHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && (request.getIntent() == null || request.getIntent().getName() == null);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return coach.turn(input, Action.NOT_UNDERSTOOD);
    }
}
