package com.mindmusclecoach.local;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Keeps one engine process running for as long as the coach does: when it exits unasked (killed, out of memory, a
 * crash), it is started again on the same port, so the DynamoDbClient the skill holds keeps working unchanged and the
 * session's unsaved changes are saved on the next save (the skill keeps them and retries; nothing new is needed here).
 * <p>
 * While it is down the skill's saves fail and the user is told, as for any storage fault. A restart that fails is
 * tried again after a pause that doubles (to {@link #MAX_DELAY}), so an engine that dies at once does not spin. If
 * another program took the port, the engine is not moved to a new one: the client could not follow it, and a
 * coach that quietly kept going without saving would be worse than one that says so and keeps trying.
 */
final class EngineSupervisor implements AutoCloseable {

    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    /** An engine that ran this long before dying is restarted after the first delay again, not a doubled one. */
    private static final Duration STABLE = Duration.ofMinutes(1);

    private final DynaliteLauncher launcher;
    private final int port;
    private final Duration firstDelay;
    private final LongConsumer onStarted;
    private final Thread killAtExit;
    private final CountDownLatch closed = new CountDownLatch(1);
    private Process process;
    private Instant startedAt;
    /** The pause before the last restart, doubled for an engine that dies again soon after it. */
    private Duration lastDelay;
    private int restarts;
    private boolean closing;

    /**
     * @param started    the engine, already answering on {@code port}
     * @param firstDelay the pause before the first restart
     * @param onStarted  told the pid of each engine started here (the owner file records it)
     */
    EngineSupervisor(DynaliteLauncher launcher, Process started, int port, Duration firstDelay, LongConsumer onStarted) {
        this.launcher = launcher;
        this.port = port;
        this.firstDelay = firstDelay;
        this.onStarted = onStarted;
        this.process = started;
        this.startedAt = Instant.now();
        // Without this, a coach ended by Ctrl-C or System.exit would leave its engine behind as an orphan.
        this.killAtExit = new Thread(this::killNow, "kill-dynalite");
        Runtime.getRuntime().addShutdownHook(killAtExit);
        watch(started);
    }

    synchronized long pid() {
        return process.pid();
    }

    synchronized int restarts() {
        return restarts;
    }

    synchronized boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        Process last;
        synchronized (this) {
            closing = true;
            last = process;
        }
        closed.countDown();
        DynaliteLauncher.stop(last);
        try {
            Runtime.getRuntime().removeShutdownHook(killAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the engine is being stopped anyway
        }
    }

    private void watch(Process watched) {
        watched.onExit().thenRun(() -> {
            Thread restarter = new Thread(() -> restartAfter(watched), "restart-dynalite");
            restarter.setDaemon(true);
            restarter.start();
        });
    }

    private void restartAfter(Process died) {
        Duration delay;
        synchronized (this) {
            if (closing || died != process) {
                return;
            }
            boolean ranWell = Duration.between(startedAt, Instant.now()).compareTo(STABLE) >= 0;
            delay = ranWell || lastDelay == null ? firstDelay : doubled(lastDelay);
        }
        System.err.println("(the DynamoDB engine stopped unexpectedly, exit code " + died.exitValue()
                + "; progress cannot be saved until it is back; restarting it on port " + port + ")");
        while (pause(delay)) {
            try {
                Process started = launcher.launch(port);
                synchronized (this) {
                    if (closing) {
                        DynaliteLauncher.stop(started);
                        return;
                    }
                    process = started;
                    startedAt = Instant.now();
                    restarts++;
                    lastDelay = delay;
                }
                onStarted.accept(started.pid());
                System.err.println("(the DynamoDB engine is back on port " + port + "; unsaved progress is saved on the"
                        + " next save)");
                watch(started);
                return;
            } catch (DynaliteLauncher.PortTaken taken) {
                System.err.println("(cannot restart the DynamoDB engine: another program now listens on port " + port
                        + "; progress is not being saved; trying again, or restart the coach)");
            } catch (RuntimeException failed) {
                System.err.println("(cannot restart the DynamoDB engine: " + failed.getMessage() + "; trying again)");
            }
            delay = doubled(delay);
        }
    }

    private static Duration doubled(Duration delay) {
        return delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
    }

    /** Waits, unless the coach is closing: false then. */
    private boolean pause(Duration delay) {
        try {
            return !closed.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void killNow() {
        Process last;
        synchronized (this) {
            closing = true;
            last = process;
        }
        closed.countDown();
        last.destroyForcibly();
    }
}
