package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.Coach;
import com.mindmusclecoach.skill.IntentNames;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Routine;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** "Surprise me", "you choose": any named routine but the one done last time. */
public final class SurpriseMeIntentHandler implements IntentRequestHandler {

    private final Coach coach;
    private final Catalogue catalogue;

    public SurpriseMeIntentHandler(Coach coach, Catalogue catalogue) {
        this.coach = coach;
        this.catalogue = catalogue;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.SURPRISE_ME.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        return coach.turnWith(input, (progress, today) -> {
            List<Routine> others = catalogue.routinesInOrder().stream()
                    .filter(r -> !r.id().equals(progress.lastWorkout())).toList();
            return new Command.StartWorkout(others.get(ThreadLocalRandom.current().nextInt(others.size())).id(), null);
        });
    }
}
