package com.mindmusclecoach.local;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP edge of {@code serve} over loopback: connections that send a little and wait, or dribble, cannot stop
 * it answering others and are closed within their bounds; whatever malformed thing arrives is answered with a
 * JSON error, Jetty's own refusals included. Time bounds are asserted generously: the machine may be busy.
 */
class SkillHttpServerEdgeTest {

    private static final String FIXTURE_SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    /** Headers: {@value SkillHttpServer#HEADER_SECONDS} s; allowed this much more for a loaded machine. */
    private static final long HEADER_CLOSE_MAX_MS = SkillHttpServer.HEADER_SECONDS * 1000L + 3_000;
    private static final long BODY_CLOSE_MAX_MS = SkillHttpServer.BODY_SECONDS * 1000L + 4_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Socket> held = new ArrayList<>();
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private SkillHttpServer server;

    @AfterEach
    void stop() throws IOException {
        readers.shutdownNow();
        for (Socket socket : held) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private int start(String skillId) throws IOException {
        JsonSkill skill = new JsonSkill(CoachSkill.create(CatalogueFile.standard(), new InMemoryProgressRepository(), skillId));
        server = new SkillHttpServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), skill, null, skillId, 8);
        server.start();
        return server.port();
    }

    private HttpResponse<String> launch(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Requests.fixtureBytes("launch"))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A connection left as {@code kind} leaves it, and when it was left so. */
    private record Idle(String kind, Socket socket, long sinceNanos) {
    }

    private Idle idle(int port, String kind, String sent) throws IOException {
        Socket socket = RawHttp.connect(port);
        held.add(socket);
        long since = System.nanoTime();
        if (!sent.isEmpty()) {
            socket.getOutputStream().write(sent.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        }
        return new Idle(kind, socket, since);
    }

    /** When the server closed it, in ms after it was left, and what it said first (empty if nothing). */
    private record Closed(String kind, long afterMs, String said) {
    }

    private CompletableFuture<Closed> closing(Idle idle) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                byte[] said = RawHttp.readUntilClosed(idle.socket().getInputStream());
                return new Closed(idle.kind(), (System.nanoTime() - idle.sinceNanos()) / 1_000_000,
                        new String(said, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new AssertionError(idle.kind() + ": not closed by the server: " + e, e);
            }
        }, readers);
    }

    @Test
    void sixtyFourIdleConnections_doNotDelayAValidRequest_andAreClosedWithinTheirTimeouts() throws Exception {
        int port = start(null);
        assertThat(launch(port).statusCode()).as("warm-up").isEqualTo(200);
        String longerBody = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                + "{\"version\":";
        List<Idle> idle = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            switch (i % 4) {
                case 0 -> idle.add(idle(port, "nothing sent", ""));
                case 1 -> idle.add(idle(port, "one byte", "P"));
                case 2 -> idle.add(idle(port, "part of the headers", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le"));
                default -> idle.add(idle(port, "headers and part of a longer body", longerBody));
            }
        }
        List<CompletableFuture<Closed>> closed = idle.stream().map(this::closing).toList();

        long before = System.nanoTime();
        HttpResponse<String> valid = launch(port);
        long tookMs = (System.nanoTime() - before) / 1_000_000;

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("Welcome to Mind Muscle Coach");
        assertThat(tookMs).as("ms for a valid request while 64 connections sit idle").isLessThan(1_000);
        for (CompletableFuture<Closed> each : closed) {
            Closed close = each.get();
            if (close.kind().startsWith("headers and part")) {
                assertThat(close.afterMs()).as(close.kind() + ": closed after ms")
                        .isBetween(SkillHttpServer.BODY_SECONDS * 1000L - 500, BODY_CLOSE_MAX_MS);
                assertThat(close.said()).as(close.kind()).startsWith("HTTP/1.1 408 ");
                assertThat(json(RawHttp.parse(close.said().getBytes(StandardCharsets.ISO_8859_1))).path("error").asText())
                        .contains("did not arrive");
            } else {
                assertThat(close.afterMs()).as(close.kind() + ": closed after ms")
                        .isBetween(SkillHttpServer.HEADER_SECONDS * 1000L - 500, HEADER_CLOSE_MAX_MS);
                assertThat(close.said()).as(close.kind() + ": no request, nothing to answer").isEmpty();
            }
        }
        assertThat(launch(port).statusCode()).as("still serving").isEqualTo(200);
    }

    @Test
    void dribblingClients_areClosedWhenTheirTotalTimeRunsOut_notJustWhenTheyPause() throws Exception {
        int port = start(null);
        AtomicBoolean stop = new AtomicBoolean();
        List<CompletableFuture<Closed>> closed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Idle headers = idle(port, "dribbling headers", "POST / HTTP/1.1\r\n");
            dribble(headers.socket(), "X-Slow: " + "a".repeat(100), stop);
            closed.add(closing(headers));
            Idle body = idle(port, "dribbling body",
                    "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n");
            dribble(body.socket(), "x".repeat(1000), stop);
            closed.add(closing(body));
        }
        try {
            for (CompletableFuture<Closed> each : closed) {
                Closed close = each.get();
                if (close.kind().equals("dribbling headers")) {
                    assertThat(close.afterMs()).as("headers sent a byte every 500 ms: closed after ms")
                            .isBetween(SkillHttpServer.HEADER_SECONDS * 1000L - 500, HEADER_CLOSE_MAX_MS);
                } else {
                    assertThat(close.afterMs()).as("body sent a byte every 500 ms: closed after ms")
                            .isBetween(SkillHttpServer.BODY_SECONDS * 1000L - 500, BODY_CLOSE_MAX_MS);
                    assertThat(close.said()).startsWith("HTTP/1.1 408 ");
                }
            }
        } finally {
            stop.set(true);
        }
    }

    /** One byte of {@code text} every 500 ms, never pausing long enough for an idle timeout, until the server closes. */
    private void dribble(Socket socket, String text, AtomicBoolean stop) {
        readers.execute(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < text.length() && !stop.get(); i++) {
                    Thread.sleep(500);
                    out.write(text.charAt(i));
                    out.flush();
                }
            } catch (IOException | InterruptedException closed) {
                // the server closed it, or the test is over
            }
        });
    }

    static Stream<Arguments> malformed() throws IOException {
        String head = "Host: 127.0.0.1\r\nConnection: close\r\n";
        return Stream.of(
                Arguments.of("POST //", "POST // HTTP/1.1\r\n" + head + "Content-Length: 2\r\n\r\n{}", 400, 404),
                Arguments.of("POST /x", post("/x", "{}"), 404, 404),
                Arguments.of("GET /", "GET / HTTP/1.1\r\n" + head + "\r\n", 405, 405),
                Arguments.of("an unknown method", "BREW / HTTP/1.1\r\n" + head + "\r\n", 405, 405),
                Arguments.of("a Content-Length no number type holds",
                        "POST / HTTP/1.1\r\n" + head + "Content-Length: 99999999999999999999\r\n\r\n{}", 400, 400),
                Arguments.of("a Content-Length beyond the limit",
                        "POST / HTTP/1.1\r\n" + head + "Content-Length: 9999999999\r\n\r\n{}", 413, 413),
                Arguments.of("no Host header", "POST / HTTP/1.1\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", 400, 400),
                Arguments.of("a garbage request line", "\u0001\u0002 nonsense \u00ff\r\n\r\n", 400, 400),
                Arguments.of("headers too large",
                        "POST / HTTP/1.1\r\n" + head + "X-Big: " + "a".repeat(SkillHttpServer.MAX_HEADER_BYTES) + "\r\n\r\n", 431, 431),
                Arguments.of("a body too large", post("/", "x".repeat(SkillHttpServer.MAX_BODY_BYTES + 1)), 413, 413),
                Arguments.of("a chunked body too large", "POST / HTTP/1.1\r\n" + head + "Transfer-Encoding: chunked\r\n\r\n"
                        + ("4000\r\n" + "x".repeat(0x4000) + "\r\n").repeat(SkillHttpServer.MAX_BODY_BYTES / 0x4000 + 1) + "0\r\n\r\n",
                        413, 413),
                Arguments.of("not JSON", post("/", "{not json"), 400, 400),
                Arguments.of("JSON that is not an envelope", post("/", "[1,2]"), 400, 400),
                Arguments.of("no context, the session naming the skill", post("/", launchWith(e -> {
                    e.remove("context");
                    return e;
                })), 400, 400),
                Arguments.of("no user id", post("/", launchWith(e -> {
                    ((ObjectNode) e.path("context").path("System")).remove("user");
                    return e;
                })), 400, 400),
                Arguments.of("a request the skill refuses (no skill in its context)", post("/", launchWith(e -> {
                    ((ObjectNode) e.path("context").path("System")).remove("application");
                    return e;
                })), 403, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedRequests_getAJsonError(String what, String request, int lowest, int highest) throws Exception {
        int port = start(FIXTURE_SKILL);

        RawHttp.Answer answer = RawHttp.exchange(port, request.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(what + ": " + answer.body()).isBetween(lowest, highest);
        assertThat(answer.headers().get("content-type")).as(what).startsWith("application/json");
        assertThat(json(answer).path("error").isTextual()).as(what + ": " + answer.body()).isTrue();
        assertThat(json(answer).path("error").asText()).as(what).isNotBlank();
        if (answer.status() == 405) {
            assertThat(answer.headers().get("allow")).isEqualTo("POST");
        }
        assertThat(launch(port).statusCode()).as("still serving after " + what).isEqualTo(200);
    }

    private static String post(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n" + body;
    }

    private static String launchWith(UnaryOperator<ObjectNode> change) throws IOException {
        return change.apply(Requests.fixture("launch")).toString();
    }

    private static JsonNode json(RawHttp.Answer answer) throws IOException {
        return JsonSkill.JSON.readTree(answer.body());
    }
}
