package com.mindmusclecoach.logging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every line logged during one Lambda invocation carries (request id, cold start, request type and intent), on
 * the thread serving it, with the settings of the handler serving it; and the ids of that turn's user and person,
 * which are never written in clear: wherever they appear in a line they are replaced by their keyed hash.
 */
public final class Turn implements AutoCloseable {

    /** Lambda's own name for the request id in its JSON log lines. */
    public static final String REQUEST_ID = "AWSRequestId";

    private static final ThreadLocal<Turn> CURRENT = new ThreadLocal<>();

    private final LogSettings settings;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Turn outer;
    private volatile boolean errorLogged;

    private Turn(LogSettings settings) {
        this.settings = settings;
        this.outer = CURRENT.get();
    }

    /** Starts a turn on this thread; close it when the invocation ends. */
    public static Turn begin(LogSettings settings) {
        Turn turn = new Turn(settings);
        CURRENT.set(turn);
        return turn;
    }

    static Turn current() {
        return CURRENT.get();
    }

    public Turn with(String field, Object value) {
        if (value != null) {
            fields.put(field, value);
        }
        return this;
    }

    /** An id of this turn never to be written in clear: wherever it appears, its hash is written instead. */
    public Turn secret(String field, String id) {
        if (id != null && !id.isEmpty()) {
            String hashed = settings.id(id);
            secrets.put(id, hashed);
            fields.put(field, hashed);
        }
        return this;
    }

    /** Whether a line at ERROR or above was written during this turn. */
    public boolean errorLogged() {
        return errorLogged;
    }

    void noteWritten(LogLevel level) {
        if (level.compareTo(LogLevel.ERROR) >= 0) {
            errorLogged = true;
        }
    }

    LogSettings settings() {
        return settings;
    }

    Map<String, Object> fields() {
        return fields;
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            scrubbed = scrubbed.replace(secret.getKey(), secret.getValue());
        }
        return scrubbed;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
