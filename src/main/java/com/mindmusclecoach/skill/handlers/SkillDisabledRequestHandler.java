package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.request.Predicates;
import com.mindmusclecoach.skill.Coach;

import java.util.Optional;

/**
 * The user disabled the skill (AlexaSkillEvent.SkillDisabled): their stored progress is deleted. Their training
 * reminders are not: the event's access token carries no reminders permission, so the Reminders API cannot be called
 * (see docs/REMINDERS.md, "Disabling the skill"); they stay in the Alexa app, where the user can delete them.
 */
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
