package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;

import java.util.Optional;

/** Every intent that carries no slots and means one workout action: looked up in {@link ActionIntents}. */
public final class ActionIntentHandler implements IntentRequestHandler {

    private final Coach coach;

    public ActionIntentHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return ActionIntents.of(request.getIntent().getName()).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return coach.turn(input, ActionIntents.of(request.getIntent().getName()).orElseThrow());
    }
}
