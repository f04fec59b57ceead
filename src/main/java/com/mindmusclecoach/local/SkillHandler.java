package com.mindmusclecoach.local;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * {@code POST /} over Jetty, without holding a thread for the network: the body is read as it arrives, and only
 * a whole body goes to the worker pool, where the skill may block on storage. Jetty's own threads never run the
 * skill, so a slow skill cannot stop the server reading and answering other requests.
 */
final class SkillHandler extends Handler.Abstract.NonBlocking {

    private static final Logger LOG = LoggerFactory.getLogger(SkillHandler.class);

    private final SkillEndpoint endpoint;
    private final ExecutorService workers;
    private final HeaderDeadline headerDeadline;
    private final Scheduler scheduler;
    private final int maxBodyBytes;
    private final Duration bodyDeadline;

    SkillHandler(SkillEndpoint endpoint, ExecutorService workers, HeaderDeadline headerDeadline, Scheduler scheduler,
                 int maxBodyBytes, Duration bodyDeadline) {
        this.endpoint = endpoint;
        this.workers = workers;
        this.headerDeadline = headerDeadline;
        this.scheduler = scheduler;
        this.maxBodyBytes = maxBodyBytes;
        this.bodyDeadline = bodyDeadline;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Connection connection = request.getConnectionMetaData().getConnection();
        headerDeadline.disarm(connection);
        Callback answered = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                headerDeadline.arm(connection); // the next request on this connection has the same time for its headers
                super.succeeded();
            }
        };
        if (!"/".equals(request.getHttpURI().getPath())) {
            write(response, HttpReply.error(404, "no such path: POST Alexa requests to /"), answered);
        } else if (!"POST".equals(request.getMethod())) {
            write(response, HttpReply.error(405, "only POST is allowed").withHeader("Allow", "POST"), answered);
        } else if (request.getLength() > BodyReader.DRAIN_LIMIT) {
            write(response, tooLarge(), answered);
        } else {
            Map<String, String> headers = headers(request);
            BodyReader.read(request, maxBodyBytes, bodyDeadline, scheduler, body -> read(body, headers, response, answered));
        }
        return true;
    }

    private void read(RequestBody body, Map<String, String> headers, Response response, Callback answered) {
        if (body instanceof RequestBody.Read read) {
            answer(headers, read.bytes(), response, answered);
        } else if (body instanceof RequestBody.TooLarge) {
            write(response, tooLarge(), answered);
        } else if (body instanceof RequestBody.TooSlow) {
            write(response, HttpReply.error(408, "the body did not arrive within " + bodyDeadline.toSeconds() + " seconds")
                    .withHeader("Connection", "close"), answered);
        } else {
            write(response, HttpReply.error(400, "the body could not be read"), answered);
        }
    }

    private void answer(Map<String, String> headers, byte[] body, Response response, Callback answered) {
        try {
            workers.execute(() -> write(response, answerSafely(headers, body), answered));
        } catch (RejectedExecutionException stopping) {
            write(response, HttpReply.error(503, "the server is stopping"), answered);
        }
    }

    private HttpReply answerSafely(Map<String, String> headers, byte[] body) {
        try {
            return endpoint.answer(headers, body);
        } catch (RuntimeException e) {
            LOG.error("request failed", e);
            return HttpReply.error(500, "the skill failed to answer");
        }
    }

    /**
     * The rest of the body is never read, so the connection cannot carry another request: saying so keeps a client
     * from sending its next request on a connection the server is closing.
     */
    private HttpReply tooLarge() {
        return HttpReply.error(413, "the body is larger than " + maxBodyBytes + " bytes").withHeader("Connection", "close");
    }

    /** Lower-case names, the first value of each: what {@link AlexaRequestVerifier#problem} reads. */
    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
        }
        return headers;
    }

    static void write(Response response, HttpReply reply, Callback callback) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
        reply.headers().forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(reply.json()), callback);
    }
}
