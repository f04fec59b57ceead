package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.skill.RemindersCoach;

import java.util.Optional;

/** "What reminders do I have?", "when are my reminders?" */
public final class ListRemindersIntentHandler implements IntentRequestHandler {

    private final RemindersCoach reminders;

    public ListRemindersIntentHandler(RemindersCoach reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.LIST_REMINDERS.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return reminders.list(input);
    }
}
