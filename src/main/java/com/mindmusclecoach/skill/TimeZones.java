package com.mindmusclecoach.skill;

import java.time.ZoneId;
import java.util.Optional;

/** Finds the time zone set on the user's device, so training days and streaks follow the user's midnight. */
@FunctionalInterface
public interface TimeZones {

    /** Never knows a zone: training days are UTC days. */
    TimeZones NONE = (apiEndpoint, deviceId, accessToken) -> Optional.empty();

    /** The device's zone, or empty when it cannot be known now; never throws. */
    Optional<ZoneId> lookUp(String apiEndpoint, String deviceId, String accessToken);
}
