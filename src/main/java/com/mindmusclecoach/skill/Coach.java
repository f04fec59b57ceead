package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.User;
import com.mindmusclecoach.progress.ProgressRepository;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.speech.Narrator;
import com.mindmusclecoach.speech.Speech;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;

import java.util.Optional;

/**
 * One coached turn, the same for every handler: read the workout from the session, apply the command,
 * record completed sets, speak what happened and ask the next question.
 */
public final class Coach {

    private final WorkoutStateMachine machine;
    private final Narrator narrator;
    private final ProgressRepository progress;

    public Coach(WorkoutStateMachine machine, Narrator narrator, ProgressRepository progress) {
        this.machine = machine;
        this.narrator = narrator;
        this.progress = progress;
    }

    public Optional<Response> welcome(HandlerInput input) {
        Optional<UserProgress> known = progress.find(userId(input));
        SessionState.write(input.getAttributesManager(), WorkoutSession.choosing(), 0);
        return respond(input, narrator.welcome(known.isEmpty(), known.map(UserProgress::workoutsCompleted).orElse(0)));
    }

    public Optional<Response> turn(HandlerInput input, Command command) {
        var attributes = input.getAttributesManager();
        int turn = SessionState.turn(attributes);
        Transition transition = machine.apply(SessionState.read(attributes), command);
        record(userId(input), transition);
        SessionState.write(attributes, transition.session(), turn);
        return respond(input, narrator.narrate(transition, turn));
    }

    /** Apologizes for a fault and asks again; the session attributes of the request are left as they were. */
    public Optional<Response> recover(HandlerInput input) {
        var attributes = input.getAttributesManager();
        return respond(input, narrator.trouble(SessionState.read(attributes), SessionState.turn(attributes)));
    }

    private void record(String userId, Transition transition) {
        UserProgress before = null;
        UserProgress after = null;
        for (Event event : transition.events()) {
            if (event instanceof Event.SetCoached || event instanceof Event.WorkoutFinished) {
                if (before == null) {
                    before = progress.find(userId).orElse(UserProgress.NONE);
                    after = before;
                }
                after = event instanceof Event.SetCoached set ? after.withSet(set.reps()) : after.withWorkoutFinished();
            }
        }
        if (after != null) {
            progress.save(userId, after);
        }
    }

    static Optional<Response> respond(HandlerInput input, Speech speech) {
        var builder = input.getResponseBuilder().withSpeech(speech.ssml()).withShouldEndSession(speech.ends());
        if (speech.reprompt() != null) {
            builder.withReprompt(speech.reprompt());
        }
        return builder.build();
    }

    static String userId(HandlerInput input) {
        var envelope = input.getRequestEnvelope();
        User user = envelope.getContext() != null && envelope.getContext().getSystem() != null
                ? envelope.getContext().getSystem().getUser() : null;
        if (user == null && envelope.getSession() != null) {
            user = envelope.getSession().getUser();
        }
        return user == null || user.getUserId() == null ? "anonymous" : user.getUserId();
    }
}
