package com.mindmusclecoach.local;

import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import software.amazon.awssdk.core.exception.SdkException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts one dynalite process (Apache-2.0, from {@code tools/dynamodb-engine}) with Node.js on a loopback port and
 * waits until it answers. Only launching: who owns the folder is {@link EngineOwnership}'s job, restarting after a
 * crash {@link EngineSupervisor}'s.
 */
final class DynaliteLauncher {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    static final Duration SHUTDOWN = Duration.ofSeconds(5);

    private final Path cli;
    private final Path dataDir;

    /**
     * @param home    the folder holding {@code node_modules/dynalite} ({@code npm ci} there installs it)
     * @param dataDir where the engine keeps its data (absolute), or null for memory
     */
    DynaliteLauncher(Path home, Path dataDir) {
        this.cli = home.toAbsolutePath().resolve("node_modules/dynalite/cli.js");
        this.dataDir = dataDir;
        if (!Files.isRegularFile(cli)) {
            install(home);
        }
        if (!Files.isRegularFile(cli)) {
            throw new EngineUnavailableException("the DynamoDB engine is not installed: " + cli + " is missing after"
                    + " `npm ci` in " + home, "run `npm ci` in " + home + " and read what it says");
        }
    }

    /**
     * Starts the engine on {@code port} and returns once it answers.
     *
     * @throws PortTaken                  if something else listens on the port
     * @throws EngineUnavailableException if it cannot start, with its output
     */
    Process launch(int port) {
        Path log;
        Process process;
        try {
            if (dataDir != null) {
                if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
                    throw new EngineUnavailableException(dataDir + " is not a folder, so progress cannot be kept there",
                            "move that file aside, or choose another folder with --data DIR");
                }
                Files.createDirectories(dataDir);
            }
            log = Files.createTempFile("dynalite-", ".log");
            log.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot use " + dataDir + " for progress (" + e + ")",
                    "make it a writable folder, or choose another with --data DIR", e);
        }
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port)));
        if (dataDir != null) {
            command.addAll(List.of("--path", dataDir.toString()));
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot start the DynamoDB engine, which runs on Node.js (" + e.getMessage()
                    + ")", "install Node.js 18 or later so that `node` is on the PATH", e);
        }
        URI endpoint = endpoint(port);
        try (DynamoDbClient client = DynamoDbClients.forEndpoint(endpoint)) {
            if (answers(process, client)) {
                return process;
            }
        }
        stop(process);
        String output = read(log);
        if (output.contains("EADDRINUSE")) {
            throw new PortTaken(port);
        }
        throw new EngineUnavailableException("the DynamoDB engine did not answer on " + endpoint + " within "
                + STARTUP.toSeconds() + " s. Its output:\n" + output,
                dataDir == null ? "check that Node.js 18 or later works" : "if " + dataDir + " is damaged, move it aside"
                        + " (progress then starts afresh), or choose another folder with --data DIR");
    }

    static URI endpoint(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Asks the engine to stop, then makes it. */
    static void stop(Process process) {
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

    /** A port nobody listens on now; another process may take it before the engine does, hence {@link PortTaken}. */
    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                throw new EngineUnavailableException("`npm ci` in " + home + " failed:\n" + output,
                        "fix what npm says above and run `npm ci` in " + home);
            }
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot run npm to install the DynamoDB engine (" + e.getMessage() + ")",
                    "install Node.js 18 or later (with npm)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("interrupted while installing the DynamoDB engine", "try again", e);
        }
    }

    private static boolean answers(Process process, DynamoDbClient client) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                client.listTables();
                return true;
            } catch (SdkException notYet) { // not listening yet, or answering with an error: wait, unless it died
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
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

    /** Something else listens on the port asked for. */
    static final class PortTaken extends RuntimeException {
        final int port;

        PortTaken(int port) {
            super("port " + port + " was taken");
            this.port = port;
        }
    }
}
