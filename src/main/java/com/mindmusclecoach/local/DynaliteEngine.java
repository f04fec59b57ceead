package com.mindmusclecoach.local;

import com.mindmusclecoach.progress.dynamodb.DynamoDbClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A DynamoDB-compatible engine on this machine: dynalite (Apache-2.0) from {@code tools/dynamodb-engine}, run
 * with Node.js as a child process on a free loopback port, in memory or keeping its data in a folder. The
 * local coach and the tests use it where AWS would use DynamoDB; it needs no account and no network.
 * <p>
 * An engine with a data folder owns that folder ({@link EngineOwnership}: one coach at a time, and an engine an
 * earlier coach left behind is stopped first) and is restarted should it die ({@link EngineSupervisor}). An engine
 * in memory is neither: nothing else can share its data, and a restart would bring back an empty database.
 */
public final class DynaliteEngine implements AutoCloseable {

    public static final Path DEFAULT_HOME = Path.of("tools", "dynamodb-engine");
    /** Long enough for the port to be let go, short enough that a user mid-workout hardly notices. */
    public static final Duration RESTART_DELAY = Duration.ofMillis(500);
    private static final int PORT_TRIES = 3;

    private final EngineSupervisor supervisor;
    private final Process inMemory;
    private final EngineOwnership ownership;
    private final URI endpoint;
    private final DynamoDbClient client;

    private DynaliteEngine(EngineSupervisor supervisor, Process inMemory, EngineOwnership ownership, int port) {
        this.supervisor = supervisor;
        this.inMemory = inMemory;
        this.ownership = ownership;
        this.endpoint = DynaliteLauncher.endpoint(port);
        this.client = DynamoDbClients.forEndpoint(endpoint);
    }

    /**
     * @param home    the folder holding {@code node_modules/dynalite} ({@code npm ci} there installs it)
     * @param dataDir where to keep the data between runs, or null to keep it in memory
     * @throws EngineUnavailableException with a reason and a fix a person can act on, if the engine cannot start
     */
    public static DynaliteEngine start(Path home, Path dataDir) {
        return start(home, dataDir, RESTART_DELAY);
    }

    /** As {@link #start(Path, Path)}, waiting {@code restartDelay} before restarting an engine that died. */
    public static DynaliteEngine start(Path home, Path dataDir, Duration restartDelay) {
        if (dataDir == null) {
            DynaliteLauncher launcher = new DynaliteLauncher(home, null);
            Started started = onFreePort(launcher);
            Thread killAtExit = new Thread(started.process()::destroyForcibly, "kill-dynalite");
            Runtime.getRuntime().addShutdownHook(killAtExit);
            started.process().onExit().thenRun(() -> removeHook(killAtExit));
            return new DynaliteEngine(null, started.process(), null, started.port());
        }
        Path folder = dataDir.toAbsolutePath().normalize();
        EngineOwnership ownership = EngineOwnership.claim(folder);
        try {
            DynaliteLauncher launcher = new DynaliteLauncher(home, folder);
            Started started = onFreePort(launcher);
            ownership.record(started.process().pid(), started.port());
            EngineSupervisor supervisor = new EngineSupervisor(launcher, started.process(), started.port(), restartDelay,
                    pid -> ownership.record(pid, started.port()));
            return new DynaliteEngine(supervisor, null, ownership, started.port());
        } catch (RuntimeException e) {
            ownership.close();
            throw e;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client for the engine, with the timeouts the skill uses; it keeps working across restarts. */
    public DynamoDbClient client() {
        return client;
    }

    /** The engine process now serving (a restart changes it). */
    public long pid() {
        return supervisor != null ? supervisor.pid() : inMemory.pid();
    }

    /** How many times the engine was restarted after dying. */
    public int restarts() {
        return supervisor != null ? supervisor.restarts() : 0;
    }

    @Override
    public void close() {
        client.close();
        if (supervisor != null) {
            supervisor.close();
            ownership.close();
        } else {
            DynaliteLauncher.stop(inMemory);
        }
    }

    private static Started onFreePort(DynaliteLauncher launcher) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= PORT_TRIES; attempt++) {
            int port = DynaliteLauncher.freeLoopbackPort();
            try {
                return new Started(launcher.launch(port), port);
            } catch (DynaliteLauncher.PortTaken e) {
                last = e;
            }
        }
        throw new EngineUnavailableException("no free loopback port for the DynamoDB engine (" + last.getMessage() + ")",
                "try again", last);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private record Started(Process process, int port) {
    }
}
