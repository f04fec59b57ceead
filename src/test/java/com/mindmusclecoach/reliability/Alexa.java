package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import com.mindmusclecoach.testkit.Requests;

/**
 * Delegates to {@link Requests}, the tests' one request builder. Kept only for {@code StorageFaultTest}, which is
 * being changed elsewhere; new code uses {@link Requests}, and this goes once that test does.
 */
final class Alexa {

    static final Instant FIXTURE_TIME = Requests.FIXTURE_TIME;

    private Alexa() {
    }

    static ObjectNode launch() {
        return Requests.launch();
    }

    static ObjectNode intent(String name) {
        return Requests.intent(name);
    }

    static ObjectNode intent(String name, String slot, String heard) {
        return Requests.intent(name, slot, heard);
    }

    static ObjectNode startWorkout(String heard, String resolvedId) {
        return Requests.startWorkout(heard, resolvedId);
    }
}
