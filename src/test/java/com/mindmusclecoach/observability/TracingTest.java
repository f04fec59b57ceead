package com.mindmusclecoach.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.testkit.FakeXRayDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue 16's traces: subsegments as the X-Ray daemon reads them, sent only inside a sampled invocation. */
class TracingTest {

    private static final String ROOT = "1-5759e988-bd862e3fe1be46a994272793";
    private static final String PARENT = "53995c3f42cd8ad8";
    private static final String SAMPLED = "Root=" + ROOT + ";Parent=" + PARENT + ";Sampled=1;Lineage=a87bd80c:0";

    private final FakeXRayDaemon daemon = new FakeXRayDaemon();
    private final Tracing tracing = Tracing.forEnvironment(Map.of("AWS_XRAY_DAEMON_ADDRESS", daemon.address()));

    @AfterEach
    void stop() {
        daemon.close();
    }

    @Test
    void callInASampledInvocation_shouldReachTheDaemon_underTheFunctionsSegment() {
        try (Tracing.Scope traced = tracing.begin(SAMPLED)) {
            try (Subsegment call = Tracing.subsegment("DynamoDB", "aws")) {
                call.aws("operation", "GetItem").aws("table_name", "progress").aws("retries", 0).response(200);
            }
        }

        List<JsonNode> sent = daemon.received();
        assertThat(sent).hasSize(1);
        JsonNode doc = sent.get(0);
        assertThat(doc.path("type").asText()).isEqualTo("subsegment");
        assertThat(doc.path("trace_id").asText()).isEqualTo(ROOT);
        assertThat(doc.path("parent_id").asText()).isEqualTo(PARENT);
        assertThat(doc.path("id").asText()).matches("[0-9a-f]{16}");
        assertThat(doc.path("name").asText()).isEqualTo("DynamoDB");
        assertThat(doc.path("namespace").asText()).isEqualTo("aws");
        assertThat(doc.path("aws").path("operation").asText()).isEqualTo("GetItem");
        assertThat(doc.path("aws").path("table_name").asText()).isEqualTo("progress");
        assertThat(doc.path("aws").path("retries").isInt()).isTrue();
        assertThat(doc.path("http").path("response").path("status").asInt()).isEqualTo(200);
        assertThat(doc.path("start_time").asDouble()).isPositive().isLessThanOrEqualTo(doc.path("end_time").asDouble());
        assertThat(doc.has("error") || doc.has("fault") || doc.has("throttle")).isFalse();
    }

    @Test
    void eachSubsegment_shouldHaveItsOwnId() {
        try (Tracing.Scope traced = tracing.begin(SAMPLED)) {
            Tracing.subsegment("DynamoDB", "aws").close();
            Tracing.subsegment("DynamoDB", "aws").close();
        }
        List<JsonNode> sent = daemon.received();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).path("id").asText()).isNotEqualTo(sent.get(1).path("id").asText());
    }

    @Test
    void unsampledMissingOrForgedHeaders_andCallsOutsideAnInvocation_shouldSendNothing() {
        for (String header : new String[] {"Root=" + ROOT + ";Parent=" + PARENT + ";Sampled=0", "Root=" + ROOT + ";Sampled=1",
                null, "", "Root=1-zz;Parent=" + PARENT + ";Sampled=1", "Root=" + ROOT + ";Parent=\"x\";Sampled=1", ";;=;"}) {
            try (Tracing.Scope traced = tracing.begin(header)) {
                Subsegment call = Tracing.subsegment("DynamoDB", "aws");
                assertThat(call.recording()).as(String.valueOf(header)).isFalse();
                call.close();
            }
        }
        Tracing.subsegment("DynamoDB", "aws").close();
        assertThat(daemon.received()).isEmpty();
    }

    @Test
    void withoutADaemon_nothingIsTraced_evenInASampledInvocation() {
        assertThat(Tracing.forEnvironment(Map.of())).isSameAs(Tracing.OFF);
        for (String address : new String[] {"", "nowhere", "host:port", "host:0", "host:70000"}) {
            assertThat(Tracing.forEnvironment(Map.of("AWS_XRAY_DAEMON_ADDRESS", address))).as(address).isSameAs(Tracing.OFF);
        }
        try (Tracing.Scope traced = Tracing.OFF.begin(SAMPLED)) {
            assertThat(Tracing.subsegment("DynamoDB", "aws").recording()).isFalse();
        }
    }

    @Test
    void daemonAddress_shouldBeReadInBothOfLambdasForms() {
        String port = daemon.address().substring(daemon.address().indexOf(':') + 1);
        Tracing twoAddresses = Tracing.forEnvironment(Map.of("AWS_XRAY_DAEMON_ADDRESS",
                "tcp:127.0.0.1:1 udp:127.0.0.1:" + port));
        try (Tracing.Scope traced = twoAddresses.begin(SAMPLED)) {
            Tracing.subsegment("api.amazonalexa.com", "remote").close();
        }
        assertThat(daemon.received()).hasSize(1);
    }

    @Test
    void scope_shouldEndWithTheInvocation_andRestoreWhatWasThere() {
        try (Tracing.Scope outer = tracing.begin(SAMPLED)) {
            try (Tracing.Scope inner = tracing.begin(null)) {
                assertThat(Tracing.subsegment("DynamoDB", "aws").recording()).isFalse();
            }
            assertThat(Tracing.subsegment("DynamoDB", "aws").recording()).isTrue();
        }
        assertThat(Tracing.subsegment("DynamoDB", "aws").recording()).isFalse();
    }

    @Test
    void statuses_shouldMarkErrorsThrottlesAndFaults_asXRayShowsThem() {
        try (Tracing.Scope traced = tracing.begin(SAMPLED)) {
            Tracing.subsegment("api.amazonalexa.com", "remote").request("GET", "https://api.amazonalexa.com/v1/alerts/reminders/{alertToken}")
                    .response(404).close();
            Tracing.subsegment("api.amazonalexa.com", "remote").response(429).close();
            Tracing.subsegment("api.amazonalexa.com", "remote").response(503).close();
            Tracing.subsegment("api.amazonalexa.com", "remote").failed(new ConnectException("Connection refused")).close();
            Tracing.subsegment("DynamoDB", "aws").response(400).throttled().failed(new IllegalStateException("throttled")).close();
        }
        List<JsonNode> sent = daemon.received();
        assertThat(sent).hasSize(5);
        assertThat(flags(sent.get(0))).isEqualTo("error");
        assertThat(sent.get(0).path("http").path("request").path("url").asText()).endsWith("/{alertToken}");
        assertThat(sent.get(0).path("http").path("request").path("method").asText()).isEqualTo("GET");
        assertThat(flags(sent.get(1))).isEqualTo("error throttle");
        assertThat(flags(sent.get(2))).isEqualTo("fault");
        assertThat(flags(sent.get(3))).isEqualTo("fault");
        assertThat(sent.get(3).path("cause").path("exceptions").path(0).path("type").asText()).isEqualTo(ConnectException.class.getName());
        assertThat(sent.get(3).toString()).as("a message can carry ids: only the type goes").doesNotContain("refused");
        assertThat(flags(sent.get(4))).isEqualTo("error throttle");
    }

    @Test
    void primingsTwin_shouldTraceAsTheRealOneDoes_sendingNothingToTheDaemon() {
        try (Tracing priming = tracing.forPriming(); Tracing.Scope traced = priming.begin(Tracing.PRIMING_HEADER)) {
            Subsegment call = Tracing.subsegment("DynamoDB", "aws");
            assertThat(call.recording()).as("the whole traced path runs").isTrue();
            call.response(200).close();
        }
        assertThat(daemon.received()).isEmpty();
        assertThat(Tracing.OFF.forPriming()).isSameAs(Tracing.OFF);
    }

    @Test
    void aSubsegmentThatCannotBeWritten_shouldBeDropped_neverFailingTheCallItTraces() {
        Clock failing = mock(Clock.class);
        when(failing.instant()).thenReturn(Instant.parse("2026-12-01T07:00:00Z")).thenThrow(new IllegalStateException("no time"));
        Tracing broken = new Tracing(XRayDaemon.forEnvironment(Map.of("AWS_XRAY_DAEMON_ADDRESS", daemon.address())).orElseThrow(),
                null, failing);
        try (Tracing.Scope traced = broken.begin(SAMPLED)) {
            Subsegment call = Tracing.subsegment("DynamoDB", "aws");
            assertThat(call.recording()).isTrue();
            call.close();
        }
        assertThat(daemon.received()).isEmpty();
    }

    @Test
    void aSubsegmentClosedTwice_shouldBeSentOnce() throws IOException {
        try (Tracing.Scope traced = tracing.begin(SAMPLED)) {
            Subsegment call = Tracing.subsegment("DynamoDB", "aws");
            call.close();
            call.close();
        }
        assertThat(daemon.received()).hasSize(1);
    }

    private static String flags(JsonNode doc) {
        StringBuilder flags = new StringBuilder();
        for (String flag : new String[] {"error", "throttle", "fault"}) {
            if (doc.path(flag).asBoolean(false)) {
                flags.append(flags.isEmpty() ? "" : " ").append(flag);
            }
        }
        return flags.toString();
    }
}
