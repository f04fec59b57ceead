package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.workout.Command;

import java.util.Optional;
import java.util.function.Function;

/** An intent with one number slot, meaning one workout {@link Command} of the number heard (null when none was). */
abstract class NumberIntentHandler implements IntentRequestHandler {

    private final Coach coach;
    private final String intent;
    private final String slot;
    private final Function<Integer, Command> command;

    NumberIntentHandler(Coach coach, String intent, String slot, Function<Integer, Command> command) {
        this.coach = coach;
        this.intent = intent;
        this.slot = slot;
        this.command = command;
    }

    @Override
    public final boolean canHandle(HandlerInput input, IntentRequest request) {
        return intent.equals(request.getIntent().getName());
    }

    @Override
    public final Optional<Response> handle(HandlerInput input, IntentRequest request) {
        var heard = Slots.number(request, slot);
        return coach.turn(input, command.apply(heard.isPresent() ? heard.getAsInt() : null));
    }
}
