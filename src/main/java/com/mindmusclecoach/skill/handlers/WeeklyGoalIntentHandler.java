package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.skill.ProgressAnswers;
import com.mindmusclecoach.skill.IntentNames;

import java.util.Optional;
import java.util.OptionalInt;

/** "Set my weekly goal to three workouts"; a goal off the one-to-seven scale, or none heard, gets a way forward. */
public final class WeeklyGoalIntentHandler implements IntentRequestHandler {

    private final ProgressAnswers answers;

    public WeeklyGoalIntentHandler(ProgressAnswers answers) {
        this.answers = answers;
    }

    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return IntentNames.SET_WEEKLY_GOAL.equals(request.getIntent().getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        OptionalInt workouts = Slots.number(request, IntentNames.SLOT_WORKOUTS);
        return answers.setWeeklyGoal(input, workouts.isPresent() ? workouts.getAsInt() : null);
    }
}
