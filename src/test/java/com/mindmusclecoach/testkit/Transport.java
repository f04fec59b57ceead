package com.mindmusclecoach.testkit;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** One way a request reaches the skill: the skill object itself, the Lambda handler, or the HTTP endpoint. */
@FunctionalInterface
public interface Transport {

    Reply send(byte[] body);

    /** What came back: an HTTP-like status, the body, and what was thrown (Lambda path only). */
    record Reply(int status, String body, Throwable thrown) {

        /** The Lambda path threw instead of answering. */
        public static final int THREW = -1;

        public boolean ok() {
            return status == 200;
        }
    }

    /** The skill object with Alexa's own serializer, the cheapest path. */
    static Transport inProcess(CustomSkill skill) {
        JacksonSerializer serializer = new JacksonSerializer();
        return body -> new Reply(200, serializer.serialize(skill.invoke(
                serializer.deserialize(new String(body, StandardCharsets.UTF_8), RequestEnvelope.class))), null);
    }

    /** {@code handleRequest(in, out, null)}: the Lambda handler without a Lambda context. */
    static Lambda lambda(RequestStreamHandler handler) {
        return new Lambda(handler, () -> null);
    }

    /** {@code handleRequest(in, out, context)} as the Lambda runtime calls it: a new {@link FakeContext} per request. */
    static Lambda lambdaWithContext(RequestStreamHandler handler) {
        return new Lambda(handler, () -> new FakeContext(java.util.UUID.randomUUID().toString()));
    }

    /** As {@link #lambdaWithContext}, each request's context from {@code contexts}. */
    static Lambda lambdaWithContexts(RequestStreamHandler handler, Supplier<FakeContext> contexts) {
        return new Lambda(handler, contexts);
    }

    /** POST to the HTTP endpoint, with extra headers (a signature) if given. */
    static Transport http(HttpClient client, URI uri, Map<String, String> headers) {
        return body -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json");
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.body(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        };
    }

    static Transport http(HttpClient client, URI uri) {
        return http(client, uri, Map.of());
    }

    /** The Lambda handler; a thrown exception is reported in the reply ({@link Reply#THREW}), not rethrown. */
    final class Lambda implements Transport {

        private final RequestStreamHandler handler;
        private final Supplier<FakeContext> contexts;
        private volatile FakeContext lastContext;

        private Lambda(RequestStreamHandler handler, Supplier<FakeContext> contexts) {
            this.handler = handler;
            this.contexts = contexts;
        }

        @Override
        public Reply send(byte[] body) {
            FakeContext context = contexts.get();
            lastContext = context;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(body), out, context);
                return new Reply(200, out.toString(StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException thrown) {
                return new Reply(Reply.THREW, out.toString(StandardCharsets.UTF_8), thrown);
            }
        }

        /** The Lambda context of the last request (null without contexts, or before the first). */
        public FakeContext lastContext() {
            return lastContext;
        }
    }
}
