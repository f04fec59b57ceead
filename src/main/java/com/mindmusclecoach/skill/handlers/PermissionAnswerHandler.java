package com.mindmusclecoach.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.mindmusclecoach.skill.RemindersCoach;

import java.util.Optional;

/**
 * Alexa's answer to the reminders permission question: a {@code Connections.Response} named {@code AskFor}, its
 * payload's {@code status} ACCEPTED, DENIED or NOT_ANSWERED (a failed request, status code other than 200, counts as
 * not answered).
 */
public final class PermissionAnswerHandler implements RequestHandler {

    private final RemindersCoach reminders;

    public PermissionAnswerHandler(RemindersCoach reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof ConnectionsResponse response
                && RemindersCoach.ASK_FOR.equals(response.getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse response = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        boolean ok = response.getStatus() == null || "200".equals(response.getStatus().getCode());
        Object status = ok && response.getPayload() != null ? response.getPayload().get("status") : null;
        return reminders.permissionAnswer(input, status == null ? "NOT_ANSWERED" : status.toString(), response.getToken());
    }
}
