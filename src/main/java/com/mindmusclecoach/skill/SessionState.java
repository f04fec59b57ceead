package com.mindmusclecoach.skill;

import com.amazon.ask.attributes.AttributesManager;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the workout between turns in Alexa session attributes. Attributes come back from the device, so
 * anything unreadable starts a fresh session instead of failing the turn.
 */
final class SessionState {

    static final String KEY = "workout";
    static final String TURN = "turn";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SessionState() {
    }

    static WorkoutSession read(AttributesManager attributes) {
        Object stored = attributes.getSessionAttributes().get(KEY);
        if (stored == null) {
            return WorkoutSession.choosing();
        }
        try {
            WorkoutSession session = MAPPER.convertValue(stored, WorkoutSession.class);
            return session == null || session.phase() == null ? WorkoutSession.choosing() : session;
        } catch (IllegalArgumentException unreadable) {
            return WorkoutSession.choosing();
        }
    }

    /** How many turns this session has had, counting the one being answered. */
    static int turn(AttributesManager attributes) {
        Object stored = attributes.getSessionAttributes().get(TURN);
        return stored instanceof Number n ? Math.max(0, n.intValue()) + 1 : 1;
    }

    static void write(AttributesManager attributes, WorkoutSession session, int turn) {
        Map<String, Object> all = new HashMap<>(attributes.getSessionAttributes());
        all.put(KEY, MAPPER.convertValue(session, Map.class));
        all.put(TURN, turn);
        attributes.setSessionAttributes(all);
    }
}
