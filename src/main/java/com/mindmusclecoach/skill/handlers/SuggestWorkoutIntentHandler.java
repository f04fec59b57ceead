package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.ProgressAnswers;
import com.mindmusclecoach.skill.IntentNames;

import java.util.Optional;

/** "What should I train today?" */
public final class SuggestWorkoutIntentHandler implements IntentRequestHandler {

    private final ProgressAnswers answers;

    public SuggestWorkoutIntentHandler(ProgressAnswers answers) {
        this.answers = answers;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.SUGGEST_WORKOUT.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return answers.suggest(input);
    }
}
