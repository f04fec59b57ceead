package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Optional;

/**
 * Registered last: an intent the skill does not know is treated like out-of-domain speech, and any other
 * request type (a system event, a screen event) gets an empty, valid response.
 */
public final class UnhandledRequestHandler implements RequestHandler {

    private final Coach coach;

    public UnhandledRequestHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (input.getRequestEnvelope().getRequest() instanceof IntentRequest) {
            return coach.turn(input, Action.NOT_UNDERSTOOD);
        }
        return input.getResponseBuilder().build();
    }
}
