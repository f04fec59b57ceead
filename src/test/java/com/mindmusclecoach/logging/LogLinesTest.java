package com.mindmusclecoach.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The log lines themselves, through slf4j as the code logs: JSON or text, the level, ids scrubbed from everything. */
class LogLinesTest {

    private static final String USER = "amzn1.ask.account.SCRUBBED-4K2";
    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void stopCapturing() {
        LogLines.captureOnThisThread(null);
    }

    @Test
    void slf4j_shouldBeBoundToTheseLines() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(CoachLoggerFactory.class);
    }

    @Test
    void jsonLine_shouldHashTheUserId_inTheMessageAndTheStackTrace() throws Exception {
        LogLines.captureOnThisThread(lines::add);
        LogSettings settings = LogSettings.from(Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "LOG_ID_KEY", "k".repeat(32)));
        try (Turn turn = Turn.begin(settings).with(Turn.REQUEST_ID, "req-1").secret("user", USER)) {
            LoggerFactory.getLogger("test").error("progress of {} unreadable", USER,
                    new IllegalStateException("could not read progress of " + USER));
        }

        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        String hash = settings.id(USER);
        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("AWSRequestId").asText()).isEqualTo("req-1");
        assertThat(line.path("message").asText()).isEqualTo("progress of " + hash + " unreadable");
        assertThat(line.path("errorType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(line.path("errorMessage").asText()).endsWith(hash);
        assertThat(line.path("stackTrace").asText()).contains("LogLinesTest");
        assertThat(lines.get(0)).doesNotContain(USER);
    }

    @Test
    void textLine_shouldStayReadable_andFollowTheLevel() {
        LogLines.captureOnThisThread(lines::add);
        LogSettings settings = LogSettings.from(Map.of("AWS_LAMBDA_LOG_LEVEL", "debug"));
        try (Turn turn = Turn.begin(settings).with(Turn.REQUEST_ID, "req-2").with("requestType", "LaunchRequest")) {
            LoggerFactory.getLogger("com.example.Thing").trace("not written");
            LoggerFactory.getLogger("com.example.Thing").debug("written at {}", "debug");
        }

        assertThat(lines).containsExactly("[" + Thread.currentThread().getName()
                + "] DEBUG com.example.Thing [req-2] - written at debug requestType=LaunchRequest");
    }

    @Test
    void settings_shouldReadLambdasEnvironment() {
        assertThat(LogSettings.from(Map.of()).json()).isFalse();
        assertThat(LogSettings.from(Map.of("AWS_LAMBDA_FUNCTION_NAME", "f")).json()).isTrue();
        assertThat(LogSettings.from(Map.of("AWS_LAMBDA_FUNCTION_NAME", "f", "AWS_LAMBDA_LOG_FORMAT", "Text")).json()).isFalse();
        assertThat(LogSettings.from(Map.of()).enabled(LogLevel.DEBUG)).as("INFO by default").isFalse();
        assertThat(LogSettings.from(Map.of("AWS_LAMBDA_LOG_LEVEL", "nonsense")).enabled(LogLevel.INFO)).isTrue();
        assertThat(LogSettings.from(Map.of("AWS_LAMBDA_LOG_LEVEL", "FATAL")).enabled(LogLevel.ERROR)).isFalse();
        assertThat(LogSettings.from(Map.of()).id(USER)).isEqualTo(LogSettings.REDACTED);
    }
}
