package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.speech.RequestNarration;

import java.util.Optional;
import java.util.Set;

/** "What's next?", "how long is this workout?", "how long is left?", "what can I train?", "what exercises are there?" */
public final class WorkoutQuestionIntentHandler implements IntentRequestHandler {

    private static final Set<String> INTENTS = Set.of(IntentNames.WHATS_NEXT, IntentNames.HOW_LONG,
            IntentNames.WHAT_CAN_I_TRAIN, IntentNames.WHAT_EXERCISES);

    private final Coach coach;
    private final RequestNarration narration;

    public WorkoutQuestionIntentHandler(Coach coach, RequestNarration narration) {
        this.coach = coach;
        this.narration = narration;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return INTENTS.contains(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return switch (request.getIntent().getName()) {
            case IntentNames.WHATS_NEXT -> coach.answer(input, narration::whatsNext);
            case IntentNames.HOW_LONG -> coach.answer(input, narration::howLong);
            case IntentNames.WHAT_CAN_I_TRAIN -> coach.answer(input, session -> narration.whatCanITrain());
            default -> coach.answer(input, session -> narration.whatExercises());
        };
    }
}
