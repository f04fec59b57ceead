package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.ProgressAnswers;
import com.mindmusclecoach.skill.IntentNames;

import java.util.Optional;

/** "How am I doing?" */
public final class ProgressIntentHandler implements IntentRequestHandler {

    private final ProgressAnswers answers;

    public ProgressIntentHandler(ProgressAnswers answers) {
        this.answers = answers;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.PROGRESS.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return answers.report(input);
    }
}
