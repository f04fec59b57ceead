package com.mindmusclecoach.local;

import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A DynamoDB-compatible engine on this machine: dynalite (Apache-2.0) from {@code tools/dynamodb-engine}, run
 * with Node.js as a child process on a free loopback port, in memory or keeping its data in a folder. The
 * local coach and the tests use it where AWS would use DynamoDB; it needs no account and no network.
 */
public final class DynaliteEngine implements AutoCloseable {

    public static final Path DEFAULT_HOME = Path.of("tools", "dynamodb-engine");
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN = Duration.ofSeconds(5);
    private static final int PORT_TRIES = 3;

    private final Process process;
    private final Thread killAtExit;
    private final URI endpoint;
    private final DynamoDbClient client;

    private DynaliteEngine(Process process, Thread killAtExit, URI endpoint, DynamoDbClient client) {
        this.process = process;
        this.killAtExit = killAtExit;
        this.endpoint = endpoint;
        this.client = client;
    }

    /**
     * @param home    the folder holding {@code node_modules/dynalite} ({@code npm ci} there installs it)
     * @param dataDir where to keep the data between runs, or null to keep it in memory
     * @throws IllegalStateException with a reason a person can act on, if the engine cannot start
     */
    public static DynaliteEngine start(Path home, Path dataDir) {
        Path cli = home.resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            install(home);
        }
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("the DynamoDB engine is not installed: " + cli + " is missing after `npm ci`"
                    + " in " + home);
        }
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= PORT_TRIES; attempt++) {
            try {
                return launch(cli, freeLoopbackPort(), dataDir);
            } catch (PortTaken e) {
                last = new IllegalStateException(e.getMessage());
            }
        }
        throw last;
    }

    /**
     * {@code npm ci} from the pinned lock file, the first time the engine is needed on a machine. Its standard
     * input is not the caller's, so a conversation piped to the text coach is not swallowed.
     */
    private static synchronized void install(Path home) {
        if (Files.isRegularFile(home.resolve("node_modules/dynalite/cli.js"))) {
            return;
        }
        System.err.println("(installing the local DynamoDB engine into " + home + " with npm ci, once)");
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(home.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (npm.waitFor() != 0) {
                throw new IllegalStateException("`npm ci` in " + home + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run npm to install the DynamoDB engine: are Node.js and npm"
                    + " installed? " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the DynamoDB engine", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client for the engine, with the timeouts the skill uses. */
    public DynamoDbClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        kill(process);
        try {
            Runtime.getRuntime().removeShutdownHook(killAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the engine is being stopped anyway
        }
    }

    private static DynaliteEngine launch(Path cli, int port, Path dataDir) {
        Path log;
        Process process;
        try {
            log = Files.createTempFile("dynalite-", ".log");
            log.toFile().deleteOnExit();
            ProcessBuilder builder = dataDir == null
                    ? new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                    : new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                            "--path", Files.createDirectories(dataDir).toString());
            process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the DynamoDB engine: is Node.js (`node`, 18 or later) on the"
                    + " PATH? " + e.getMessage(), e);
        }
        Process started = process;
        Thread killAtExit = new Thread(started::destroyForcibly, "kill-dynalite");
        Runtime.getRuntime().addShutdownHook(killAtExit);
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        DynamoDbClient client = DynamoDbClients.forEndpoint(endpoint);
        if (answers(process, client)) {
            return new DynaliteEngine(process, killAtExit, endpoint, client);
        }
        client.close();
        kill(process);
        Runtime.getRuntime().removeShutdownHook(killAtExit);
        String output = read(log);
        if (output.contains("EADDRINUSE")) {
            throw new PortTaken("port " + port + " was taken");
        }
        throw new IllegalStateException("the DynamoDB engine did not answer on " + endpoint + " within "
                + STARTUP.toSeconds() + " s. Its output:\n" + output);
    }

    private static boolean answers(Process process, DynamoDbClient client) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                client.listTables();
                return true;
            } catch (SdkClientException notYet) {
                pause(Duration.ofMillis(100));
            }
        }
        return false;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void kill(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A port nobody listens on now; another process may take it before the engine does, hence the retries. */
    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the DynamoDB engine", e);
        }
    }

    private static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message);
        }
    }
}
