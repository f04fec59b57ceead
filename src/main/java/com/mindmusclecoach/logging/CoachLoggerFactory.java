package com.mindmusclecoach.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Hands slf4j the skill's loggers (bound by org.slf4j.impl.StaticLoggerBinder, slf4j 1.7's way). */
public final class CoachLoggerFactory implements ILoggerFactory {

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, CoachLogger::new);
    }
}
