package com.mindmusclecoach.observability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes each turn as one CloudWatch embedded-metric-format record, a single JSON line, which CloudWatch Logs turns
 * into metrics in the {@value #NAMESPACE} namespace. Every metric is published twice: by the turn's dimensions
 * (locale, and routine when a workout is under way) and with none, for alarms on the whole skill. Nothing else goes
 * into a record: no user, no device, no session.
 *
 * <p>Written with Jackson's streaming generator, already loaded by the ASK SDK, rather than Powertools' metrics
 * module: see docs/OPERATIONS.md, "Metrics".
 */
public final class EmfMetrics implements Metrics {

    public static final String NAMESPACE = "MindMuscleCoach";
    static final String LOCALE = "locale";
    static final String ROUTINE = "routine";

    private static final JsonFactory JSON = new JsonFactory();

    private final PrintStream out;
    private final Clock clock;

    public EmfMetrics(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void publish(TurnMetrics turn) {
        if (turn.isEmpty()) {
            return;
        }
        String line = record(turn, clock.millis());
        // One println: a whole line at once, so another thread's output cannot split the record.
        out.println(line);
        out.flush();
    }

    /** The record, one line of JSON. */
    static String record(TurnMetrics turn, long timestampMillis) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            String locale = turn.locale() == null ? "unknown" : turn.locale();
            json.writeStartObject();
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", timestampMillis);
            json.writeArrayFieldStart("CloudWatchMetrics");
            json.writeStartObject();
            json.writeStringField("Namespace", NAMESPACE);
            json.writeArrayFieldStart("Dimensions");
            json.writeStartArray();
            json.writeString(LOCALE);
            if (turn.routine() != null) {
                json.writeString(ROUTINE);
            }
            json.writeEndArray();
            json.writeStartArray();
            json.writeEndArray();
            json.writeEndArray();
            json.writeArrayFieldStart("Metrics");
            for (Metric metric : turn.values().keySet()) {
                json.writeStartObject();
                json.writeStringField("Name", metric.cloudWatchName());
                json.writeStringField("Unit", metric.unit());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeStringField(LOCALE, locale);
            if (turn.routine() != null) {
                json.writeStringField(ROUTINE, turn.routine());
            }
            for (Map.Entry<Metric, List<Double>> entry : turn.values().entrySet()) {
                json.writeFieldName(entry.getKey().cloudWatchName());
                List<Double> values = entry.getValue();
                if (values.size() == 1) {
                    writeNumber(json, values.get(0));
                } else {
                    json.writeStartArray();
                    for (double value : values) {
                        writeNumber(json, value);
                    }
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Whole numbers as integers ("3", not "3.0"). */
    private static void writeNumber(JsonGenerator json, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }
}
