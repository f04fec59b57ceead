package com.mindmusclecoach.local;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The skill hosted as a web service: {@code POST /} with an Alexa request returns the skill's response.
 * Requests are verified as Amazon requires unless verification was switched off for local test tools; a
 * configured skill ID must match. Anything else gets an HTTP error with a JSON message, never a page or a stack
 * trace (see {@link SkillEndpoint}, {@link SkillHandler}, {@link JsonErrorHandler}).
 *
 * <p>Jetty rather than the JDK's server: the JDK's writes its own HTML for a request line it cannot parse, before
 * any handler runs, and holds one of its few threads for as long as a client takes to send a request, so a handful
 * of idle connections stopped it answering anyone. Here a connection waiting for bytes holds no thread, and every
 * connection, loopback included, has the same bounds:
 * <ul>
 * <li>request line and headers: {@value #HEADER_SECONDS} s in total, from the connection opening or the last
 * answer on it ({@link HeaderDeadline}), and no pause longer than that (the connector's idle timeout). A
 * connection that runs out is closed without an answer;</li>
 * <li>body: {@value #BODY_SECONDS} s in total from the headers ({@link BodyReader}), and no pause longer than
 * that (the idle timeout Jetty applies while a request is handled), else 408; at most {@link #MAX_BODY_BYTES},
 * else 413.</li>
 * </ul>
 */
final class SkillHttpServer implements AutoCloseable {

    static final int MAX_BODY_BYTES = 256 * 1024;
    static final int HEADER_SECONDS = 5;
    static final int BODY_SECONDS = 10;
    /** Request line and headers: Jetty answers 431 beyond this (its default too, stated so it is not a surprise). */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final ExecutorService workers;

    /**
     * @param verifier checks signatures and timestamps; null only when switched off explicitly
     * @param skillId  the application id to accept, or null to accept any
     * @param threads  how many requests the skill answers at once (it blocks on storage); reading and writing
     *                 the network takes no thread of these
     * @throws IOException when the address cannot be bound
     */
    SkillHttpServer(InetSocketAddress address, JsonSkill skill, AlexaRequestVerifier verifier, String skillId, int threads)
            throws IOException {
        QueuedThreadPool jettyThreads = new QueuedThreadPool(32, 4);
        jettyThreads.setName("serve-http");
        server = new Server(jettyThreads);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setIdleTimeout(Duration.ofSeconds(BODY_SECONDS).toMillis()); // while a request is handled
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString());
        connector.setPort(address.getPort());
        connector.setAcceptQueueSize(128);
        connector.setIdleTimeout(Duration.ofSeconds(HEADER_SECONDS).toMillis()); // between requests and within headers
        HeaderDeadline headerDeadline = new HeaderDeadline(server.getScheduler(), Duration.ofSeconds(HEADER_SECONDS));
        connector.addEventListener(headerDeadline);
        server.addConnector(connector);

        workers = Executors.newFixedThreadPool(threads, named("serve-skill-"));
        server.setHandler(new SkillHandler(new SkillEndpoint(skill, verifier, skillId), workers, headerDeadline,
                server.getScheduler(), MAX_BODY_BYTES, Duration.ofSeconds(BODY_SECONDS)));
        server.setErrorHandler(new JsonErrorHandler());
        connector.open(); // binds now, as the JDK's server did: a port in use fails here, and port() is known
    }

    void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not start: " + e.getMessage(), e);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not stop cleanly", e);
        } finally {
            connector.close();
            workers.shutdownNow();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }
}
