package com.mindmusclecoach.observability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call out of the function (a DynamoDB operation, an Alexa API request) as an X-Ray subsegment of the
 * invocation's segment, sent to the daemon when it is closed. Outside a sampled trace it is {@link #NONE}, which
 * records nothing. What it carries is what X-Ray's service map and trace view read: the operation, the table, the
 * request id, the HTTP method, a URL without ids in it, the status, and for a failure the exception's type only
 * (messages can carry keys; nothing that names a user goes into a trace).
 */
public final class Subsegment implements AutoCloseable {

    /** Records nothing: the thread is in no sampled trace. */
    public static final Subsegment NONE = new Subsegment(null, null, null, null, null, Clock.systemUTC());

    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Ids drawn after a SnapStart restore must differ between environments: NativePRNG mixes its output with bytes of
     * /dev/urandom, read again once they are 100 ms old, as they always are after a restore.
     */
    private static final SecureRandom IDS = new SecureRandom();

    private final XRayDaemon daemon;
    private final TraceHeader trace;
    private final String name;
    private final String namespace;
    private final Clock clock;
    private final Instant start;
    private final Map<String, Object> aws = new LinkedHashMap<>();
    private String method;
    private String url;
    private int status;
    private String exception;
    private boolean fault;
    private boolean throttle;
    private boolean closed;

    private Subsegment(XRayDaemon daemon, TraceHeader trace, String name, String namespace, Instant start, Clock clock) {
        this.daemon = daemon;
        this.trace = trace;
        this.name = name;
        this.namespace = namespace;
        this.start = start;
        this.clock = clock;
    }

    static Subsegment begin(XRayDaemon daemon, TraceHeader trace, String name, String namespace, Clock clock) {
        return new Subsegment(daemon, trace, name, namespace, clock.instant(), clock);
    }

    /** Whether this subsegment will be sent (false for {@link #NONE}). */
    public boolean recording() {
        return daemon != null;
    }

    /** A field of the {@code aws} object: operation, table_name, region, request_id, retries. */
    public Subsegment aws(String field, Object value) {
        if (recording() && value != null) {
            aws.put(field, value);
        }
        return this;
    }

    /** The HTTP request: {@code url} with no user's, device's or reminder's id in it. */
    public Subsegment request(String method, String url) {
        if (!recording()) {
            return this;
        }
        this.method = method;
        this.url = url;
        return this;
    }

    /** The HTTP status: 4xx marks the subsegment an error (429 also a throttle), 5xx a fault. */
    public Subsegment response(int status) {
        if (!recording()) {
            return this;
        }
        this.status = status;
        if (status == 429) {
            throttle = true;
        }
        return this;
    }

    /** The call failed with {@code thrown}: a fault unless its status already says it was the caller's error. */
    public Subsegment failed(Throwable thrown) {
        if (!recording()) {
            return this;
        }
        this.exception = thrown.getClass().getName();
        this.fault = status < 400 || status >= 500;
        return this;
    }

    /** The service turned the call away for its rate (DynamoDB says so with a 400 and its error code). */
    public Subsegment throttled() {
        if (!recording()) {
            return this;
        }
        this.throttle = true;
        return this;
    }

    /** Ends the subsegment and sends it; a second close sends nothing. Never throws: a trace is not worth a turn. */
    @Override
    public void close() {
        if (!recording() || closed) {
            return;
        }
        closed = true;
        try {
            daemon.send(document(IDS.nextLong(), IDS.nextLong(), clock.instant()));
        } catch (RuntimeException lost) {
            // dropped, as a datagram the daemon never got
        }
    }

    String document(long id, long exceptionId, Instant end) {
        StringWriter text = new StringWriter(384);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeStringField("id", hex(id));
            json.writeStringField("trace_id", trace.root());
            json.writeStringField("parent_id", trace.parent());
            json.writeNumberField("start_time", seconds(start));
            json.writeNumberField("end_time", seconds(end.isBefore(start) ? start : end));
            json.writeStringField("type", "subsegment");
            json.writeStringField("namespace", namespace);
            if (!aws.isEmpty()) {
                json.writeObjectFieldStart("aws");
                for (Map.Entry<String, Object> field : aws.entrySet()) {
                    json.writeFieldName(field.getKey());
                    if (field.getValue() instanceof Number number) {
                        json.writeNumber(number.longValue());
                    } else {
                        json.writeString(String.valueOf(field.getValue()));
                    }
                }
                json.writeEndObject();
            }
            writeHttp(json);
            boolean error = status >= 400 && status < 500;
            if (error) {
                json.writeBooleanField("error", true);
            }
            if (throttle) {
                json.writeBooleanField("throttle", true);
            }
            if (fault || status >= 500) {
                json.writeBooleanField("fault", true);
            }
            if (exception != null) {
                json.writeObjectFieldStart("cause");
                json.writeArrayFieldStart("exceptions");
                json.writeStartObject();
                json.writeStringField("id", hex(exceptionId));
                json.writeStringField("type", exception);
                json.writeBooleanField("remote", status > 0);
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void writeHttp(JsonGenerator json) throws IOException {
        if (method == null && status == 0) {
            return;
        }
        json.writeObjectFieldStart("http");
        if (method != null) {
            json.writeObjectFieldStart("request");
            json.writeStringField("method", method);
            if (url != null) {
                json.writeStringField("url", url);
            }
            json.writeEndObject();
        }
        if (status > 0) {
            json.writeObjectFieldStart("response");
            json.writeNumberField("status", status);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** An id as X-Ray writes them: 16 hexadecimal digits. */
    private static String hex(long id) {
        return String.format("%016x", id);
    }

    /** Epoch seconds with microseconds, as X-Ray reads times. */
    private static double seconds(Instant instant) {
        return instant.getEpochSecond() + (instant.getNano() / 1_000) / 1_000_000.0;
    }
}
