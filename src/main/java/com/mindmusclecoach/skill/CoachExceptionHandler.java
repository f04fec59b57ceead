package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
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

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("turn failed for request {}", input.getRequestEnvelope().getRequest().getRequestId(), throwable);
        return coach.recover(input);
    }
}
