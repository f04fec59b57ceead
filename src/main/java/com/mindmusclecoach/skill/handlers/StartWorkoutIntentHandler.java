package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

import java.util.Optional;

/** "Start bicep focus", "train my chest", "let's do squats". */
public final class StartWorkoutIntentHandler implements IntentRequestHandler {

    private final Coach coach;

    public StartWorkoutIntentHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.START_WORKOUT.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return coach.turn(input, new Command.StartWorkout(
                Slots.resolvedId(request, IntentNames.SLOT_WORKOUT).orElse(null),
                Slots.heard(request, IntentNames.SLOT_WORKOUT).orElse(null)));
    }
}
