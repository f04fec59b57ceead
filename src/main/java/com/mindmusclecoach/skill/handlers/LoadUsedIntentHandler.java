package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.ProgressAnswers;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Load;

import java.util.Optional;
import java.util.OptionalInt;

/** "I used twelve pounds", "ten kilos": the weight of the exercise just coached. */
public final class LoadUsedIntentHandler implements IntentRequestHandler {

    private final ProgressAnswers answers;

    public LoadUsedIntentHandler(ProgressAnswers answers) {
        this.answers = answers;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.LOAD_USED.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        OptionalInt weight = Slots.number(request, IntentNames.SLOT_WEIGHT);
        Load.Unit unit = Slots.resolvedId(request, IntentNames.SLOT_UNIT).map(id -> switch (id) {
            case "kilograms" -> Load.Unit.KILOGRAMS;
            case "pounds" -> Load.Unit.POUNDS;
            default -> null;
        }).orElse(null);
        return answers.loadUsed(input, weight.isPresent() ? weight.getAsInt() : null, unit);
    }
}
