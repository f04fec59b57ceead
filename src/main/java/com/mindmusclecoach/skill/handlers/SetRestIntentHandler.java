package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

import java.util.Optional;

/** "Rest for ninety seconds." */
public final class SetRestIntentHandler implements IntentRequestHandler {

    private final Coach coach;

    public SetRestIntentHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.SET_REST.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        var heard = Slots.number(request, IntentNames.SLOT_SECONDS);
        return coach.turn(input, new Command.SetRest(heard.isPresent() ? heard.getAsInt() : null));
    }
}
