package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.workout.Command.Action;

import java.util.Map;
import java.util.Optional;

/** A family of intents that carry no slots, each meaning one workout {@link Action}. */
abstract class ActionIntentHandler implements IntentRequestHandler {

    private final Coach coach;
    private final Map<String, Action> actionsByIntent;

    ActionIntentHandler(Coach coach, Map<String, Action> actionsByIntent) {
        this.coach = coach;
        this.actionsByIntent = Map.copyOf(actionsByIntent);
    }

    @Override
    public final boolean canHandle(HandlerInput input, IntentRequest request) {
        return actionsByIntent.containsKey(request.getIntent().getName());
    }

    @Override
    public final Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return coach.turn(input, actionsByIntent.get(request.getIntent().getName()));
    }
}
