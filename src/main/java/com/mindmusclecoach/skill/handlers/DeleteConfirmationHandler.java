package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.skill.RemindersCoach;

import java.util.Optional;

/**
 * "Yes" or "no" right after "shall I delete it all?"; registered before the workout's yes and no. A yes cancels the
 * speaker's training reminders in Alexa too.
 */
public final class DeleteConfirmationHandler implements IntentRequestHandler {

    private final Coach coach;
    private final RemindersCoach reminders;

    public DeleteConfirmationHandler(Coach coach, RemindersCoach reminders) {
        this.coach = coach;
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        String name = request.getIntent().getName();
        return (IntentNames.YES.equals(name) || IntentNames.NO.equals(name)) && coach.isConfirmingDelete(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return coach.answerDelete(input, IntentNames.YES.equals(request.getIntent().getName()),
                (alertTokens, started) -> reminders.cancelAll(input, alertTokens, started));
    }
}
