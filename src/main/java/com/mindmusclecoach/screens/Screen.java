package com.mindmusclecoach.screens;

import java.util.Map;

/**
 * What a screen shows for one response: which APL document under {@code src/main/resources/apl} and the
 * datasources it binds as {@code payload}. Values are strings, numbers, lists and maps, ready for JSON.
 *
 * @param document the document's file name without {@code .json}
 */
public record Screen(String document, Map<String, Object> datasources) {

    public Screen {
        datasources = Map.copyOf(datasources);
    }
}
