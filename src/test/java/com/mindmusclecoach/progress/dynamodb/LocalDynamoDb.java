package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.local.DynaliteEngine;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

/**
 * A DynamoDB-compatible engine for tests: the local coach's {@link DynaliteEngine}, in memory, with the
 * progress table created. Register it with
 * {@code @RegisterExtension static final LocalDynamoDb DYNAMO = new LocalDynamoDb();}; it stops after the
 * class's tests (and at JVM exit should those never finish). The engine installs itself on first use when
 * {@code tools/dynamodb-engine/node_modules} is missing; the system property {@value #ENGINE_PROPERTY} points
 * elsewhere.
 */
public final class LocalDynamoDb implements BeforeAllCallback, AfterAllCallback {

    public static final String TABLE = "progress";
    static final String ENGINE_PROPERTY = "mmc.dynamodb.engine";

    private DynaliteEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public URI endpoint() {
        return engine.endpoint();
    }

    /** A client for the engine, with the timeouts the skill uses. */
    public DynamoDbClient client() {
        return engine.client();
    }

    public synchronized void start() {
        if (engine == null) {
            String configured = System.getProperty(ENGINE_PROPERTY);
            engine = DynaliteEngine.start(configured != null ? Path.of(configured) : DynaliteEngine.DEFAULT_HOME, null);
            ProgressTable.createIfMissing(engine.client(), TABLE);
        }
    }

    public synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    /** A port nobody listens on now (for tests of an unreachable endpoint). */
    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
