package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;

import java.util.Optional;

/**
 * Every intent with one number slot that means one workout command (see {@link NumberIntents}): the command of the
 * number heard, or of none (null) when the slot was empty or not a number, which the state machine answers with a
 * way forward.
 */
public final class NumberIntentHandler implements IntentRequestHandler {

    private final Coach coach;

    public NumberIntentHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return NumberIntents.of(request.getIntent().getName()).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        NumberIntents.Meaning meaning = NumberIntents.of(request.getIntent().getName()).orElseThrow();
        var heard = Slots.number(request, meaning.slot());
        return coach.turn(input, meaning.command().apply(heard.isPresent() ? heard.getAsInt() : null));
    }
}
