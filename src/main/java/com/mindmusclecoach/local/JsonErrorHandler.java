package com.mindmusclecoach.local;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers as JSON errors too: a request line or headers Jetty cannot parse, a Content-Length it cannot
 * read, headers too large. These never reach {@link SkillHandler}; without this Jetty would answer with a page.
 * A 5xx says nothing of its cause: that goes to the log, not to the client.
 */
final class JsonErrorHandler implements Request.Handler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : 500;
        String message = request.getAttribute(ErrorHandler.ERROR_MESSAGE) instanceof String text && !text.isBlank()
                ? text : HttpStatus.getMessage(status);
        SkillHandler.write(response, HttpReply.error(status, status >= 500 ? "the server failed to answer" : message), callback);
        return true;
    }
}
