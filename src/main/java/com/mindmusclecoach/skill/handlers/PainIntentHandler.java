package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Command;

import java.util.Optional;

/** "My knee hurts", "ouch", "I feel dizzy": pain or discomfort, and where, when a body part was named. */
public final class PainIntentHandler implements IntentRequestHandler {

    private final Coach coach;

    public PainIntentHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        String name = request.getIntent().getName();
        return IntentNames.PAIN.equals(name) || IntentNames.DIZZY.equals(name);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        String bodyPart = IntentNames.DIZZY.equals(request.getIntent().getName()) ? Command.ReportPain.DIZZY
                : Slots.resolvedId(request, IntentNames.SLOT_BODY_PART).orElse(null);
        return coach.reportPain(input, bodyPart);
    }
}
