package com.mindmusclecoach.logging;

import java.util.Locale;

/** Lambda's application log levels, lowest first (AWS_LAMBDA_LOG_LEVEL takes these names). */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    static LogLevel parse(String name, LogLevel otherwise) {
        if (name == null || name.isBlank()) {
            return otherwise;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }
}
