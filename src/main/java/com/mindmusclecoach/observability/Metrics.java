package com.mindmusclecoach.observability;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Where each turn's measurements go when the turn ends. On Lambda, {@link EmfMetrics} on stdout; everywhere else
 * (local runs, tests that do not ask for them) {@link #NONE}.
 */
@FunctionalInterface
public interface Metrics {

    Metrics NONE = turn -> { };

    void publish(TurnMetrics turn);

    /** EMF on stdout on Lambda ({@code AWS_LAMBDA_FUNCTION_NAME} set), nothing elsewhere. */
    static Metrics forEnvironment(Map<String, String> env, PrintStream out) {
        return env.get("AWS_LAMBDA_FUNCTION_NAME") != null ? new EmfMetrics(out, Clock.systemUTC()) : NONE;
    }
}
