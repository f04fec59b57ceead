package com.mindmusclecoach.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmfMetricsTest {

    @Test
    void record_shouldBeOneLineOfEmf_withEveryValueOfAMetric() throws Exception {
        TurnMetrics turn = new TurnMetrics();
        turn.locale("en-GB");
        turn.add(Metric.CONNECTION_RATING, 4);
        turn.add(Metric.CONNECTION_RATING, 2);
        turn.add(Metric.TURN_LATENCY, 12.5);

        String line = EmfMetrics.record(turn, 1_700_000_000_000L);

        assertThat(line).doesNotContain("\n");
        JsonNode record = new ObjectMapper().readTree(line);
        assertThat(record.path("_aws").path("Timestamp").asLong()).isEqualTo(1_700_000_000_000L);
        JsonNode directive = record.path("_aws").path("CloudWatchMetrics").path(0);
        assertThat(directive.path("Dimensions").toString()).as("no routine yet").isEqualTo("[[\"locale\"],[]]");
        assertThat(directive.path("Metrics").toString()).isEqualTo(
                "[{\"Name\":\"ConnectionRating\",\"Unit\":\"None\"},{\"Name\":\"TurnLatency\",\"Unit\":\"Milliseconds\"}]");
        assertThat(record.path("locale").asText()).isEqualTo("en-GB");
        assertThat(record.path("ConnectionRating").toString()).isEqualTo("[4,2]");
        assertThat(record.path("TurnLatency").asDouble()).isEqualTo(12.5);
    }

    @Test
    void emptyTurn_shouldWriteNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EmfMetrics(new PrintStream(out, true, StandardCharsets.UTF_8), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .publish(new TurnMetrics());
        assertThat(out.size()).isZero();
    }

    @Test
    void offLambda_shouldBeQuiet() {
        assertThat(Metrics.forEnvironment(Map.of(), System.out)).isSameAs(Metrics.NONE);
        assertThat(Metrics.forEnvironment(Map.of("AWS_LAMBDA_FUNCTION_NAME", "coach"), System.out)).isInstanceOf(EmfMetrics.class);
    }

    @Test
    void currentTurn_outsideATurn_shouldBeAThrowaway() {
        Turns.current().count(Metric.SETS_COACHED);
        assertThat(Turns.current().isEmpty()).isTrue();
        TurnMetrics turn = Turns.begin();
        try {
            Turns.current().count(Metric.SETS_COACHED);
        } finally {
            Turns.end();
        }
        assertThat(turn.values()).containsKey(Metric.SETS_COACHED);
    }
}
