package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.ProgressAnswers;
import com.mindmusclecoach.skill.IntentNames;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A bare number ("twelve") said while the invitation to tell the weight used is the latest thing the coach said (see
 * {@link Coach#isWeightInvited}): the weight, as "I used twelve" would be. Alexa hears a bare number as a rating;
 * at any other moment it stays one.
 */
public final class WeightAnswerHandler implements IntentRequestHandler {

    private final Coach coach;
    private final ProgressAnswers answers;

    public WeightAnswerHandler(Coach coach, ProgressAnswers answers) {
        this.coach = coach;
        this.answers = answers;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.RATE.equals(request.getIntent().getName()) && coach.isWeightInvited(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        OptionalInt weight = Slots.number(request, IntentNames.SLOT_RATING);
        return answers.loadUsed(input, weight.isPresent() ? weight.getAsInt() : null, null);
    }
}
