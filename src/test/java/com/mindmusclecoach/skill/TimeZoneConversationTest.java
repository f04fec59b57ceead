package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.workout.Catalogue;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Training days follow the device's time zone, read once per session from a stand-in Alexa Settings API. */
class TimeZoneConversationTest {

    private static final String USER = "amzn1.ask.account.LOSANGELES";

    private HttpServer settingsApi;
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private String endpoint;

    @BeforeEach
    void startSettingsApi() throws Exception {
        settingsApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        settingsApi.createContext("/v2/devices/", exchange -> {
            lookups.incrementAndGet();
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = exchange.getRequestURI().getPath().endsWith("/settings/System.timeZone")
                    ? "\"America/Los_Angeles\"".getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        settingsApi.start();
        endpoint = "http://127.0.0.1:" + settingsApi.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        settingsApi.stop(0);
    }

    private ObjectNode fixture(String name) {
        return Requests.withApiEndpoint(Requests.fixture(name), endpoint);
    }

    @Test
    void trainingDays_shouldFollowTheDevicesMidnight_notUtc() {
        CountingProgressRepository storage = new CountingProgressRepository();
        // 21:00 in Los Angeles on November 2nd, already November 3rd in UTC.
        MutableClock clock = new MutableClock(Instant.parse("2026-11-03T05:00:00Z"));
        Echo user = Echo.inProcess(
                CoachSkill.create(CatalogueFile.standard(), storage, null, clock, new AlexaSettingsTimeZones()), USER);

        user.send(fixture("launch"));
        user.send(fixture("start-bicep-focus"));
        user.send(fixture("ready"));
        user.send(fixture("rate-4"));
        user.send(fixture("stop"));
        clock.advance(Duration.ofHours(20)); // 17:00 on November 3rd in Los Angeles
        user.send(fixture("launch"));
        user.send(fixture("no"));
        user.send(fixture("start-squat-focus"));
        user.send(fixture("ready"));
        user.send(fixture("rate-4"));

        UserProgress progress = storage.find(USER).map(StoredProgress::progress).orElseThrow();
        assertThat(progress.days()).extracting(d -> d.day())
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
        assertThat(progress.currentStreak(LocalDate.of(2026, 11, 3))).isEqualTo(2);
        assertThat(lookups.get()).as("once per session").isEqualTo(2);
        assertThat(authorization.get()).isEqualTo("Bearer test-token");
    }

    @Test
    void theDevicesZone_shouldBeAskedOncePerSession_withTheDeviceAndTheRequestsToken() {
        TimeZones timeZones = org.mockito.Mockito.mock(TimeZones.class);
        org.mockito.Mockito.when(timeZones.lookUp(org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString()))
                .thenReturn(java.util.Optional.of(java.time.ZoneId.of("America/Los_Angeles")));
        Echo user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), new CountingProgressRepository(),
                null, new MutableClock(Instant.parse("2026-11-03T05:00:00Z")), timeZones), USER);

        user.send(fixture("launch"));
        user.send(fixture("start-bicep-focus"));
        user.send(fixture("ready"));
        user.send(fixture("rate-4"));
        user.send(fixture("stop"));
        user.send(fixture("launch"));

        org.mockito.Mockito.verify(timeZones, org.mockito.Mockito.times(2))
                .lookUp(endpoint, "amzn1.ask.device.TESTDEVICE", "test-token");
        org.mockito.Mockito.verifyNoMoreInteractions(timeZones);
    }

    @Test
    void unknownZone_shouldCountUtcDays_withoutFailingTheTurn() {
        settingsApi.stop(0);
        CountingProgressRepository storage = new CountingProgressRepository();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-03T05:00:00Z"));
        Echo user = Echo.inProcess(
                CoachSkill.create(CatalogueFile.standard(), storage, null, clock, new AlexaSettingsTimeZones()), USER);

        user.send(fixture("start-bicep-focus"));
        user.send(fixture("ready"));
        assertThat(user.send(fixture("rate-4")).speech()).startsWith("A four.");

        assertThat(storage.find(USER).map(StoredProgress::progress).orElseThrow().days())
                .extracting(d -> d.day()).containsExactly(LocalDate.of(2026, 11, 3));
    }
}
