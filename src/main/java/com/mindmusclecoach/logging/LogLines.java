package com.mindmusclecoach.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes log lines to standard error, which Lambda captures: on Lambda one JSON object per line in Lambda's own
 * shape ({@code timestamp}, {@code level}, {@code message}, {@code AWSRequestId}, then the turn's fields and, for a
 * failure, {@code errorType}, {@code errorMessage} and {@code stackTrace}); elsewhere a readable line. Off a turn's
 * thread, the settings come from this process's environment.
 */
public final class LogLines {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<Consumer<String>> CAPTURED = new ThreadLocal<>();
    private static volatile LogSettings processSettings;

    private LogLines() {
    }

    /** Sends the lines written on this thread to {@code lines} instead of standard error (for tests); null to undo. */
    public static void captureOnThisThread(Consumer<String> lines) {
        if (lines == null) {
            CAPTURED.remove();
        } else {
            CAPTURED.set(lines);
        }
    }

    public static boolean enabled(LogLevel level) {
        return settings(Turn.current()).enabled(level);
    }

    public static void write(String logger, LogLevel level, String message, Throwable failure) {
        Turn turn = Turn.current();
        LogSettings settings = settings(turn);
        if (turn != null) {
            turn.noteWritten(level);
        }
        if (!settings.enabled(level)) {
            return;
        }
        String line = settings.json() ? json(turn, logger, level, message, failure) : text(turn, logger, level, message, failure);
        Consumer<String> captured = CAPTURED.get();
        if (captured != null) {
            captured.accept(line);
        } else {
            PrintStream err = System.err;
            err.println(line);
        }
    }

    private static LogSettings settings(Turn turn) {
        if (turn != null) {
            return turn.settings();
        }
        LogSettings settings = processSettings;
        if (settings == null) {
            settings = LogSettings.from(System.getenv());
            processSettings = settings;
        }
        return settings;
    }

    private static String json(Turn turn, String logger, LogLevel level, String message, Throwable failure) {
        ObjectNode line = JSON.createObjectNode();
        line.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        line.put("level", level.name());
        line.put("message", scrub(turn, message));
        line.put("logger", logger);
        if (turn != null) {
            for (Map.Entry<String, Object> field : turn.fields().entrySet()) {
                line.putPOJO(field.getKey(), field.getValue());
            }
        }
        if (failure != null) {
            line.put("errorType", failure.getClass().getName());
            line.put("errorMessage", scrub(turn, failure.getMessage()));
            line.put("stackTrace", scrub(turn, stackTrace(failure)));
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException impossible) {
            return "{\"level\":\"ERROR\",\"message\":\"log line not writable\"}";
        }
    }

    private static String text(Turn turn, String logger, LogLevel level, String message, Throwable failure) {
        StringBuilder line = new StringBuilder().append('[').append(Thread.currentThread().getName()).append("] ")
                .append(level.name()).append(' ').append(logger);
        if (turn != null && turn.fields().containsKey(Turn.REQUEST_ID)) {
            line.append(" [").append(turn.fields().get(Turn.REQUEST_ID)).append(']');
        }
        line.append(" - ").append(scrub(turn, message));
        if (turn != null) {
            turn.fields().forEach((field, value) -> {
                if (!Turn.REQUEST_ID.equals(field)) {
                    line.append(' ').append(field).append('=').append(value);
                }
            });
        }
        if (failure != null) {
            line.append(System.lineSeparator()).append(scrub(turn, stackTrace(failure)).stripTrailing());
        }
        return line.toString();
    }

    private static String scrub(Turn turn, String text) {
        return turn == null ? text : turn.scrub(text);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
