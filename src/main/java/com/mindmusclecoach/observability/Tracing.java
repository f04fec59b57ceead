package com.mindmusclecoach.observability;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * X-Ray subsegments for the calls a turn makes out of the function. When the function's tracing is {@code Active}
 * (template.yaml's {@code Tracing} parameter) Lambda samples invocations by X-Ray's rules and hands each one a trace
 * header saying whether it was sampled; while {@link #begin} has a sampled header open on a thread, every
 * {@link #subsegment} begun there goes to the daemon under the function's segment. Without a daemon (local runs, tests that ask for none), with
 * tracing off (the header says {@code Sampled=0}) or on another thread (the warm-up read), nothing is recorded.
 *
 * <p>Written here on the JDK's UDP socket and Jackson's generator rather than with the AWS X-Ray SDK for Java: see
 * docs/OPERATIONS.md, "Traces".
 */
public final class Tracing implements AutoCloseable {

    /** Records nothing, ever. */
    public static final Tracing OFF = new Tracing(null, null, Clock.systemUTC());

    /** The header priming's turns are traced under: sampled, and a trace of nobody's. */
    public static final String PRIMING_HEADER = "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=1";

    private static final ThreadLocal<Open> CURRENT = new ThreadLocal<>();

    private final XRayDaemon daemon;
    /** Where {@link #forPriming}'s subsegments go: {@link XRayDaemon#nowhere}, or a test's stand-in. */
    private final String primingAddress;
    private final Clock clock;

    Tracing(XRayDaemon daemon, String primingAddress, Clock clock) {
        this.daemon = daemon;
        this.primingAddress = primingAddress;
        this.clock = clock;
    }

    /** Subsegments to the daemon at {@code AWS_XRAY_DAEMON_ADDRESS}, which Lambda sets; {@link #OFF} without one. */
    public static Tracing forEnvironment(Map<String, String> env) {
        return XRayDaemon.forEnvironment(env).map(daemon -> new Tracing(daemon, null, Clock.systemUTC())).orElse(OFF);
    }

    /**
     * Traces this thread's calls under {@code header} (Lambda's trace header of the invocation) until the scope is
     * closed; an unsampled, missing or malformed header traces nothing.
     */
    public Scope begin(String header) {
        Open outer = CURRENT.get();
        Optional<TraceHeader> trace = daemon == null ? Optional.empty()
                : TraceHeader.parse(header).filter(TraceHeader::sampled);
        CURRENT.set(trace.map(t -> new Open(this, t)).orElse(null));
        return () -> CURRENT.set(outer);
    }

    /**
     * For SnapStart priming: tracing as this one traces, every subsegment sent to a loopback port nobody reads instead
     * of the daemon, so the snapshot holds the traced path (the socket, the documents) and no made-up trace reaches
     * X-Ray; {@link #OFF} when this one is. Close it after priming: its socket is not to outlive the snapshot.
     */
    public Tracing forPriming() {
        if (daemon == null) {
            return OFF;
        }
        XRayDaemon twin = primingAddress == null ? XRayDaemon.nowhere()
                : XRayDaemon.forEnvironment(Map.of("AWS_XRAY_DAEMON_ADDRESS", primingAddress)).orElseThrow();
        return new Tracing(twin, null, clock);
    }

    /** For tests: this tracing, its {@link #forPriming} twin sending to {@code address} ({@code host:port}) to be seen. */
    public Tracing primingTo(String address) {
        return daemon == null ? OFF : new Tracing(daemon, address, clock);
    }

    /** Closes the daemon's socket, if one was opened; a later subsegment opens another. */
    @Override
    public void close() {
        if (daemon != null) {
            daemon.close();
        }
    }

    /** A subsegment of this thread's trace, or {@link Subsegment#NONE} when the thread is in none. */
    public static Subsegment subsegment(String name, String namespace) {
        Open open = CURRENT.get();
        return open == null ? Subsegment.NONE
                : Subsegment.begin(open.tracing.daemon, open.trace, name, namespace, open.tracing.clock);
    }

    /** The trace header's reign on a thread; closing it restores what was there before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private record Open(Tracing tracing, TraceHeader trace) {
    }
}
