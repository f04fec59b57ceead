package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

import java.util.Optional;

/** "Four", "I'd say a three": how strongly the muscle was felt. */
public final class RatingIntentHandler implements IntentRequestHandler {

    private final Coach coach;

    public RatingIntentHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.RATE.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        var heard = Slots.number(request, IntentNames.SLOT_RATING);
        return coach.turn(input, new Command.Rate(heard.isPresent() ? heard.getAsInt() : null));
    }
}
