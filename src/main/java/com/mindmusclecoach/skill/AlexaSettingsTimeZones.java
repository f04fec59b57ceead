package com.mindmusclecoach.skill;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The Alexa Settings API: {@code GET {apiEndpoint}/v2/devices/{deviceId}/settings/System.timeZone} with the
 * request's access token answers with a zone name such as {@code "America/Los_Angeles"}. Asked once per
 * session, with a short timeout: a slow answer is not worth a late response.
 */
public final class AlexaSettingsTimeZones implements TimeZones {

    static final Duration TIMEOUT = Duration.ofMillis(700);
    private static final Logger LOG = LoggerFactory.getLogger(AlexaSettingsTimeZones.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public Optional<ZoneId> lookUp(String apiEndpoint, String deviceId, String accessToken) {
        if (apiEndpoint == null || deviceId == null || accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(apiEndpoint + "/v2/devices/" + URLEncoder.encode(deviceId, StandardCharsets.UTF_8)
                    + "/settings/System.timeZone");
            HttpResponse<String> response = AlexaApi.send(http, HttpRequest.newBuilder(uri), TIMEOUT, accessToken,
                    "/v2/devices/{deviceId}/settings/System.timeZone");
            if (response.statusCode() != 200) {
                LOG.info("time zone unknown: settings API answered {}", response.statusCode());
                return Optional.empty();
            }
            return Optional.of(ZoneId.of(response.body().strip().replace("\"", "")));
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            LOG.info("time zone unknown: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
