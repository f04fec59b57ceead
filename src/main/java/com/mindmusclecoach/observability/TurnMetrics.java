package com.mindmusclecoach.observability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one turn measured, and the dimensions it is told by (locale, routine): collected while the turn runs, written
 * as one record when it ends (see {@link Metrics}). Never holds who the user is. One thread's, not shared.
 */
public final class TurnMetrics {

    /** Beyond this many values of one metric in a turn, more are dropped (EMF takes at most 100 a record). */
    static final int MAX_VALUES = 100;

    private final Map<Metric, List<Double>> values = new EnumMap<>(Metric.class);
    private String locale;
    private String routine;

    public void add(Metric metric, double value) {
        List<Double> list = values.computeIfAbsent(metric, m -> new ArrayList<>(2));
        if (list.size() < MAX_VALUES) {
            list.add(value);
        }
    }

    public void count(Metric metric) {
        add(metric, 1);
    }

    /** The request's locale ("en-US"); null or blank is left unset. */
    public void locale(String value) {
        if (value != null && !value.isBlank()) {
            locale = value;
        }
    }

    /** The routine being trained (its catalogue id, e.g. "squat_focus"); null or blank is left unset. */
    public void routine(String value) {
        if (value != null && !value.isBlank()) {
            routine = value;
        }
    }

    public String locale() {
        return locale;
    }

    public String routine() {
        return routine;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values measured, in {@link Metric} order; each list in the order added. */
    public Map<Metric, List<Double>> values() {
        return Collections.unmodifiableMap(values);
    }
}
