package org.slf4j.impl;

import com.mindmusclecoach.logging.CoachLoggerFactory;
import org.slf4j.ILoggerFactory;
import org.slf4j.spi.LoggerFactoryBinder;

/**
 * Binds slf4j 1.7 to the skill's own log lines (com.mindmusclecoach.logging): JSON on Lambda, readable text elsewhere.
 * It replaces slf4j-simple; no Log4j anywhere.
 */
public final class StaticLoggerBinder implements LoggerFactoryBinder {

    /** The slf4j API version this binding is compiled against. */
    public static String REQUESTED_API_VERSION = "1.6.99";

    private static final StaticLoggerBinder SINGLETON = new StaticLoggerBinder();

    private final ILoggerFactory factory = new CoachLoggerFactory();

    private StaticLoggerBinder() {
    }

    public static StaticLoggerBinder getSingleton() {
        return SINGLETON;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public String getLoggerFactoryClassStr() {
        return CoachLoggerFactory.class.getName();
    }
}
