package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;

import java.util.Optional;

/** "Yes" or "no" right after "shall I delete it all?"; registered before the workout's yes and no. */
public final class DeleteConfirmationHandler implements IntentRequestHandler {

    private final Coach coach;

    public DeleteConfirmationHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        String name = request.getIntent().getName();
        return (IntentNames.YES.equals(name) || IntentNames.NO.equals(name)) && coach.isConfirmingDelete(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return coach.answerDelete(input, IntentNames.YES.equals(request.getIntent().getName()));
    }
}
