package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the HTTP endpoint answers: a status, a JSON body, and any header the status calls for (Allow on a 405). */
record HttpReply(int status, byte[] json, Map<String, String> headers) {

    HttpReply {
        headers = Map.copyOf(headers);
    }

    static HttpReply ok(String json) {
        return new HttpReply(200, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Every answer that is not a 2xx: {@code {"error": message}}, never a page or a stack trace. */
    static HttpReply error(int status, String message) {
        ObjectNode error = JsonSkill.JSON.createObjectNode().put("error", message);
        return new HttpReply(status, error.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    HttpReply withHeader(String name, String value) {
        return new HttpReply(status, json, Map.of(name, value));
    }
}
