package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.request.Predicates;
import com.mindmusclecoach.skill.Coach;

import java.util.Optional;

/** The user disabled the skill (AlexaSkillEvent.SkillDisabled): their stored progress is deleted. */
public final class SkillDisabledRequestHandler implements RequestHandler {

    private final Coach coach;

    public SkillDisabledRequestHandler(Coach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SkillDisabledRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        coach.forget(input);
        return input.getResponseBuilder().build();
    }
}
