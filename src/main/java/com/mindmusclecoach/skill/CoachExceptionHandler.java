package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Any fault in a turn: logged for us, a short apology and the same question for the user. */
final class CoachExceptionHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CoachExceptionHandler.class);
    private final Coach coach;

    CoachExceptionHandler(Coach coach) {
        this.coach = coach;
    }

    /**
     * Only requests that expect speech get the apology. A failed event (a skill-disabled deletion that
     * could not reach storage) propagates, so the invocation fails and the event can be delivered again.
     */
    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return input.matches(Predicates.requestType(LaunchRequest.class))
                || input.matches(Predicates.requestType(IntentRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("turn failed for request {}", input.getRequestEnvelope().getRequest().getRequestId(), throwable);
        return coach.recover(input);
    }
}
