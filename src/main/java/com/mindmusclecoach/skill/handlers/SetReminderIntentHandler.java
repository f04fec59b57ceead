package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.skill.RemindersCoach;

import java.util.List;
import java.util.Optional;

/** "Remind me to train Monday, Wednesday and Friday at seven." */
public final class SetReminderIntentHandler implements IntentRequestHandler {

    private final RemindersCoach reminders;

    public SetReminderIntentHandler(RemindersCoach reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.SET_REMINDER.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        List<String> days = IntentNames.SLOT_REMINDER_DAYS.stream()
                .flatMap(slot -> Slots.resolvedId(request, slot).stream()).toList();
        String time = Slots.heard(request, IntentNames.SLOT_TIME).orElse(null);
        return reminders.set(input, RemindersCoach.asked(days, time));
    }
}
