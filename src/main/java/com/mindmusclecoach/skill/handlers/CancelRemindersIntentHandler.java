package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.skill.RemindersCoach;

import java.util.Optional;

/** "Cancel my reminders." */
public final class CancelRemindersIntentHandler implements IntentRequestHandler {

    private final RemindersCoach reminders;

    public CancelRemindersIntentHandler(RemindersCoach reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.CANCEL_REMINDERS.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return reminders.cancel(input);
    }
}
