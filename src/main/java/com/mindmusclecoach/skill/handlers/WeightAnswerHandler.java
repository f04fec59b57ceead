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
 * A number said on its own ("twelve", {@code NumberAnswerIntent}) while the invitation to tell the weight used is
 * the latest thing the coach said (see {@link Coach#isWeightInvited}): the weight, as "I used twelve" would be. At any
 * other moment a number on its own is a rating ({@link NumberIntents}); a phrased rating ("three out of five",
 * {@code RateIntent}) is never taken as a weight.
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
        return IntentNames.NUMBER_ANSWER.equals(request.getIntent().getName()) && coach.isWeightInvited(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        OptionalInt weight = Slots.number(request, IntentNames.SLOT_NUMBER);
        return answers.loadUsed(input, weight.isPresent() ? weight.getAsInt() : null, null);
    }
}
