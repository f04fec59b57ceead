package com.mindmusclecoach.logging;

import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MarkerIgnoringBase;
import org.slf4j.helpers.MessageFormatter;

/** The skill's slf4j logger: every call ends in {@link LogLines}. */
final class CoachLogger extends MarkerIgnoringBase {

    private static final long serialVersionUID = 1L;

    CoachLogger(String name) {
        this.name = name;
    }

    private void log(LogLevel level, String format, Object[] arguments) {
        if (!LogLines.enabled(level)) {
            return;
        }
        if (arguments == null) {
            LogLines.write(name, level, format, null);
            return;
        }
        FormattingTuple formatted = MessageFormatter.arrayFormat(format, arguments);
        LogLines.write(name, level, formatted.getMessage(), formatted.getThrowable());
    }

    @Override
    public boolean isTraceEnabled() {
        return LogLines.enabled(LogLevel.TRACE);
    }

    @Override
    public void trace(String msg) {
        log(LogLevel.TRACE, msg, null);
    }

    @Override
    public void trace(String format, Object arg) {
        log(LogLevel.TRACE, format, new Object[] {arg});
    }

    @Override
    public void trace(String format, Object arg1, Object arg2) {
        log(LogLevel.TRACE, format, new Object[] {arg1, arg2});
    }

    @Override
    public void trace(String format, Object... arguments) {
        log(LogLevel.TRACE, format, arguments);
    }

    @Override
    public void trace(String msg, Throwable t) {
        if (LogLines.enabled(LogLevel.TRACE)) {
            LogLines.write(name, LogLevel.TRACE, msg, t);
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return LogLines.enabled(LogLevel.DEBUG);
    }

    @Override
    public void debug(String msg) {
        log(LogLevel.DEBUG, msg, null);
    }

    @Override
    public void debug(String format, Object arg) {
        log(LogLevel.DEBUG, format, new Object[] {arg});
    }

    @Override
    public void debug(String format, Object arg1, Object arg2) {
        log(LogLevel.DEBUG, format, new Object[] {arg1, arg2});
    }

    @Override
    public void debug(String format, Object... arguments) {
        log(LogLevel.DEBUG, format, arguments);
    }

    @Override
    public void debug(String msg, Throwable t) {
        if (LogLines.enabled(LogLevel.DEBUG)) {
            LogLines.write(name, LogLevel.DEBUG, msg, t);
        }
    }

    @Override
    public boolean isInfoEnabled() {
        return LogLines.enabled(LogLevel.INFO);
    }

    @Override
    public void info(String msg) {
        log(LogLevel.INFO, msg, null);
    }

    @Override
    public void info(String format, Object arg) {
        log(LogLevel.INFO, format, new Object[] {arg});
    }

    @Override
    public void info(String format, Object arg1, Object arg2) {
        log(LogLevel.INFO, format, new Object[] {arg1, arg2});
    }

    @Override
    public void info(String format, Object... arguments) {
        log(LogLevel.INFO, format, arguments);
    }

    @Override
    public void info(String msg, Throwable t) {
        if (LogLines.enabled(LogLevel.INFO)) {
            LogLines.write(name, LogLevel.INFO, msg, t);
        }
    }

    @Override
    public boolean isWarnEnabled() {
        return LogLines.enabled(LogLevel.WARN);
    }

    @Override
    public void warn(String msg) {
        log(LogLevel.WARN, msg, null);
    }

    @Override
    public void warn(String format, Object arg) {
        log(LogLevel.WARN, format, new Object[] {arg});
    }

    @Override
    public void warn(String format, Object arg1, Object arg2) {
        log(LogLevel.WARN, format, new Object[] {arg1, arg2});
    }

    @Override
    public void warn(String format, Object... arguments) {
        log(LogLevel.WARN, format, arguments);
    }

    @Override
    public void warn(String msg, Throwable t) {
        if (LogLines.enabled(LogLevel.WARN)) {
            LogLines.write(name, LogLevel.WARN, msg, t);
        }
    }

    @Override
    public boolean isErrorEnabled() {
        return LogLines.enabled(LogLevel.ERROR);
    }

    @Override
    public void error(String msg) {
        log(LogLevel.ERROR, msg, null);
    }

    @Override
    public void error(String format, Object arg) {
        log(LogLevel.ERROR, format, new Object[] {arg});
    }

    @Override
    public void error(String format, Object arg1, Object arg2) {
        log(LogLevel.ERROR, format, new Object[] {arg1, arg2});
    }

    @Override
    public void error(String format, Object... arguments) {
        log(LogLevel.ERROR, format, arguments);
    }

    @Override
    public void error(String msg, Throwable t) {
        if (LogLines.enabled(LogLevel.ERROR)) {
            LogLines.write(name, LogLevel.ERROR, msg, t);
        }
    }
}
