package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The skill hosted as a web service: {@code POST /} with an Alexa request returns the skill's response.
 * Requests are verified as Amazon requires unless verification was switched off for local test tools; a
 * configured skill ID must match. Anything else gets an HTTP error with a JSON message, never a stack trace.
 */
final class SkillHttpServer implements AutoCloseable {

    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SkillHttpServer.class);

    static {
        // The JDK's server sends the headers and the body of an answer in two writes; with Nagle's algorithm on, the
        // body then waits for the client's delayed ACK of the headers, about 40 ms on every request. Read once,
        // when the JDK's server classes load, so it is set before the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final JsonSkill skill;
    private final AlexaRequestVerifier verifier;
    private final String skillId;

    /**
     * @param verifier checks signatures and timestamps; null only when switched off explicitly
     * @param skillId  the application id to accept, or null to accept any
     */
    SkillHttpServer(InetSocketAddress address, JsonSkill skill, AlexaRequestVerifier verifier, String skillId, int threads)
            throws IOException {
        this.skill = skill;
        this.verifier = verifier;
        this.skillId = skillId;
        this.workers = Executors.newFixedThreadPool(threads);
        this.server = HttpServer.create(address, 128);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    /** The 500 is sent before the exchange closes: a fault inside the skill still gets its JSON answer. */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                LOG.error("request failed", e);
                reply(exchange, 500, error("the skill failed to answer"));
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            reply(exchange, 404, error("no such path: POST Alexa requests to /"));
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            reply(exchange, 405, error("only POST is allowed"));
            return;
        }
        Optional<byte[]> body = readBody(exchange.getRequestBody());
        if (body.isEmpty()) {
            reply(exchange, 413, error("the body is larger than " + MAX_BODY_BYTES + " bytes"));
            return;
        }
        respond(exchange, body.get());
    }

    private void respond(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode request;
        try {
            request = JsonSkill.JSON.readTree(body);
        } catch (IOException e) {
            reply(exchange, 400, error("the body is not JSON"));
            return;
        }
        if (request == null || !request.isObject() || !request.path("request").isObject()) {
            reply(exchange, 400, error("the body is not an Alexa request envelope"));
            return;
        }
        if (verifier != null) {
            Optional<String> problem = verifier.problem(headers(exchange), body, request);
            if (problem.isPresent()) {
                reply(exchange, 400, error(problem.get()));
                return;
            }
        }
        String applicationId = applicationId(request);
        if (skillId != null && !skillId.equals(applicationId)) {
            reply(exchange, 403, error("this endpoint serves another skill"));
            return;
        }
        try {
            reply(exchange, 200, skill.invoke(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notAnEnvelope) {
            reply(exchange, 400, error(notAnEnvelope.getMessage()));
        }
    }

    private static String applicationId(JsonNode request) {
        String fromContext = request.path("context").path("System").path("application").path("applicationId").asText(null);
        return fromContext != null ? fromContext : request.path("session").path("application").path("applicationId").asText(null);
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return headers;
    }

    private static Optional<byte[]> readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
    }

    private static byte[] error(String message) {
        ObjectNode error = JsonSkill.JSON.createObjectNode().put("error", message);
        return error.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
