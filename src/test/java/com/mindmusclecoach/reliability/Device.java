package com.mindmusclecoach.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.testkit.Echo;

/**
 * Delegates to {@link Echo}, the tests' one conversation driver, checked as {@link Checks#echo} checks. Kept only for
 * {@code StorageFaultTest}, which is being changed elsewhere; new code uses {@link Checks#echo}, and this goes once
 * that test does.
 */
final class Device {

    private final Echo echo;

    Device(com.mindmusclecoach.testkit.Transport transport, String userId) {
        echo = Checks.echo(transport, userId);
    }

    Turn say(ObjectNode request) {
        return new Turn(echo.say(request));
    }

    /** {@link com.mindmusclecoach.testkit.Turn}, with the speech read as {@link com.mindmusclecoach.testkit.Turn#heard}. */
    record Turn(com.mindmusclecoach.testkit.Turn turn) {

        String ssml() {
            return turn.ssml();
        }

        String speech() {
            return turn.heard();
        }

        JsonNode workout() {
            return turn.workout();
        }
    }
}
