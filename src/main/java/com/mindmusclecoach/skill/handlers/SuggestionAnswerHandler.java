package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.speech.RequestNarration;
import com.mindmusclecoach.workout.Command;

import java.util.Optional;
import java.util.Set;

/**
 * The answer to the workout suggested at launch: "yes" (or "ready", "let's go") starts it; "no" asks what instead,
 * rather than closing as a no to "which workout?" would.
 */
public final class SuggestionAnswerHandler implements IntentRequestHandler {

    private static final Set<String> TAKES_IT = Set.of(IntentNames.YES, IntentNames.READY);
    private static final Set<String> ANSWERS = Set.of(IntentNames.YES, IntentNames.READY, IntentNames.NO);

    private final Coach coach;

    public SuggestionAnswerHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return ANSWERS.contains(request.getIntent().getName()) && coach.suggested(input).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        if (!TAKES_IT.contains(request.getIntent().getName())) {
            return coach.answer(input, session -> RequestNarration.declined());
        }
        return coach.turn(input, new Command.StartWorkout(coach.suggested(input).orElseThrow(), null));
    }
}
