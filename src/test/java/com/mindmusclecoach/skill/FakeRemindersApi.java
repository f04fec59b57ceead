package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.testkit.Requests;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in Alexa Reminders API on loopback ({@code /v1/alerts/reminders}): it remembers the reminders created, reads
 * one back by its alert token as the real API does (the trigger as created, status {@code ON}), deletes it, and
 * answers 404 for a token it does not know (a reminder deleted in the Alexa app). Each status can be forced, and every
 * answer delayed, to play the API's failures.
 */
final class FakeRemindersApi implements AutoCloseable {

    /** A call the stand-in received. */
    record Call(String method, String path, String authorization, String body) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    /** The answer to a create. */
    volatile int createStatus = 201;
    /** The answer to a delete; 0: as the real API (200, or 404 for a reminder it does not know). */
    volatile int deleteStatus;
    /** The answer to a read; 0: as the real API (200 with the reminder, or 404). */
    volatile int readStatus;
    volatile long delayMillis;

    private final HttpServer server;
    private final Map<String, JsonNode> reminders = new ConcurrentHashMap<>();
    private final AtomicInteger tokens = new AtomicInteger();

    private FakeRemindersApi(HttpServer server) {
        this.server = server;
    }

    static FakeRemindersApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            FakeRemindersApi api = new FakeRemindersApi(server);
            server.createContext(AlexaReminders.PATH, api::answer);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What goes into a request's {@code context.System.apiEndpoint}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * A request fixture (see {@link Requests#fixture}) from a device whose API endpoint is this stand-in, with the
     * reminders permission granted or not.
     */
    ObjectNode request(String fixture, boolean granted) {
        ObjectNode request = Requests.withApiEndpoint(Requests.fixture(fixture), endpoint());
        return granted ? Requests.withPermission(request, RemindersCoach.PERMISSION) : request;
    }

    /** The user deletes the reminder in the Alexa app: the API no longer knows it. */
    void deleteInTheAlexaApp(String alertToken) {
        reminders.remove(alertToken);
    }

    /** Whether the API still has the reminder. */
    boolean has(String alertToken) {
        return reminders.containsKey(alertToken);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String token = path.length() > AlexaReminders.PATH.length() + 1
                ? URLDecoder.decode(path.substring(AlexaReminders.PATH.length() + 1), StandardCharsets.UTF_8) : null;
        int status;
        String answer = null;
        switch (method) {
            case "POST" -> {
                status = createStatus;
                if (status / 100 == 2) {
                    String created = "alert-" + tokens.incrementAndGet();
                    reminders.put(created, Requests.JSON.readTree(body));
                    answer = "{\"alertToken\":\"" + created + "\",\"status\":\"ON\",\"version\":\"1\"}";
                }
            }
            case "GET" -> {
                JsonNode reminder = token == null ? null : reminders.get(token);
                status = readStatus != 0 ? readStatus : reminder == null ? 404 : 200;
                if (status / 100 == 2 && reminder != null) {
                    ObjectNode read = Requests.JSON.createObjectNode().put("alertToken", token)
                            .put("createdTime", "2026-11-25T10:00:00.000Z").put("updatedTime", "2026-11-25T10:00:00.000Z");
                    read.set("trigger", reminder.path("trigger"));
                    read.put("status", "ON");
                    read.set("alertInfo", reminder.path("alertInfo"));
                    read.set("pushNotification", reminder.path("pushNotification"));
                    read.put("version", "1");
                    answer = read.toString();
                }
            }
            case "DELETE" -> {
                status = deleteStatus != 0 ? deleteStatus : token != null && reminders.containsKey(token) ? 200 : 404;
                if (status / 100 == 2 && token != null) {
                    reminders.remove(token);
                }
            }
            default -> status = 405;
        }
        byte[] bytes = (answer != null ? answer : "{\"code\":\"" + status + "\",\"message\":\"stand-in\"}")
                .getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGaveUp) {
            // the skill's timeout passed first
        } finally {
            exchange.close();
        }
    }
}
