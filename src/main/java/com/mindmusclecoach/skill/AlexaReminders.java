package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mindmusclecoach.progress.UserProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The Alexa Reminders API over the JDK's HTTP client (as {@link AlexaSettingsTimeZones} reads the Settings API): the
 * request's access token as the bearer, and a timeout of {@value #TIMEOUT_MILLIS} ms per call, so a slow API costs
 * the turn a little time rather than Alexa's whole wait for the response.
 */
public final class AlexaReminders implements Reminders {

    static final long TIMEOUT_MILLIS = 2_000;
    static final String PATH = "/v1/alerts/reminders";
    /** One reminder's path as a trace shows it. */
    private static final String REMINDER = PATH + "/{alertToken}";
    private static final Logger LOG = LoggerFactory.getLogger(AlexaReminders.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeout;
    private final HttpClient http;

    public AlexaReminders() {
        this(Duration.ofMillis(TIMEOUT_MILLIS));
    }

    AlexaReminders(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Result create(String apiEndpoint, String accessToken, String reminderJson) {
        if (!usable(apiEndpoint, accessToken)) {
            return Result.of(Outcome.UNAUTHORIZED);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(apiEndpoint + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(reminderJson, StandardCharsets.UTF_8)), accessToken, PATH);
        if (response == null) {
            return Result.of(Outcome.DOWN);
        }
        Outcome outcome = outcome(response.statusCode());
        if (outcome != Outcome.DONE) {
            LOG.info("reminder not created: the Reminders API answered {}", response.statusCode());
            return Result.of(outcome == Outcome.GONE ? Outcome.REFUSED : outcome);
        }
        try {
            JsonNode token = JSON.readTree(response.body()).path("alertToken");
            if (token.isTextual() && !token.asText().isBlank()) {
                if (token.asText().length() <= UserProgress.MAX_REMINDER_TOKEN_CHARS) {
                    return new Result(Outcome.DONE, token.asText());
                }
                LOG.warn("reminder created with an alert token too long to keep ({} characters)", token.asText().length());
                return new Result(Outcome.DONE, null);
            }
        } catch (IOException | RuntimeException unreadable) {
            LOG.info("reminder created, but its answer is unreadable: {}", unreadable.toString());
        }
        LOG.warn("the Reminders API answered {} without an alert token", response.statusCode());
        return Result.of(Outcome.DOWN);
    }

    /** One reminder's address on the API, by its alert token. */
    private static URI reminder(String apiEndpoint, String alertToken) {
        return URI.create(apiEndpoint + PATH + "/" + URLEncoder.encode(alertToken, StandardCharsets.UTF_8));
    }

    @Override
    public Result delete(String apiEndpoint, String accessToken, String alertToken) {
        if (!usable(apiEndpoint, accessToken)) {
            return Result.of(Outcome.UNAUTHORIZED);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(reminder(apiEndpoint, alertToken)).DELETE(), accessToken,
                REMINDER);
        if (response == null) {
            return Result.of(Outcome.DOWN);
        }
        if (response.statusCode() / 100 != 2) {
            LOG.info("reminder not deleted: the Reminders API answered {}", response.statusCode());
        }
        return Result.of(outcome(response.statusCode()));
    }

    @Override
    public Reading read(String apiEndpoint, String accessToken, String alertToken) {
        if (!usable(apiEndpoint, accessToken)) {
            return Reading.of(Outcome.UNAUTHORIZED);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(reminder(apiEndpoint, alertToken)).GET(), accessToken,
                REMINDER);
        if (response == null) {
            return Reading.of(Outcome.DOWN);
        }
        Outcome outcome = outcome(response.statusCode());
        if (outcome != Outcome.DONE) {
            LOG.info("reminder not read: the Reminders API answered {}", response.statusCode());
            return Reading.of(outcome);
        }
        try {
            return new Reading(Outcome.DONE, scheduleOf(JSON.readTree(response.body())).orElse(null));
        } catch (IOException | RuntimeException unreadable) {
            LOG.info("reminder read, but its answer is unreadable: {}", unreadable.toString());
            return Reading.of(Outcome.DONE);
        }
    }

    /**
     * The weekly schedule a reminder's {@code trigger} names: its recurrence rule, or else (older reminders) the
     * recurrence's {@code byDay} with the time of {@code scheduledTime}.
     */
    static java.util.Optional<WeeklySchedule> scheduleOf(JsonNode reminder) {
        JsonNode recurrence = reminder.path("trigger").path("recurrence");
        for (JsonNode rule : recurrence.path("recurrenceRules")) {
            java.util.Optional<WeeklySchedule> schedule = WeeklySchedule.fromRule(rule.asText(""));
            if (schedule.isPresent()) {
                return schedule;
            }
        }
        java.util.List<String> days = new java.util.ArrayList<>();
        recurrence.path("byDay").forEach(day -> days.add(day.asText("")));
        String time = reminder.path("trigger").path("scheduledTime").asText("");
        if (days.isEmpty() || time.length() < 16) {
            return java.util.Optional.empty();
        }
        return WeeklySchedule.fromToken(String.join(",", days) + "@" + time.substring(11, 16));
    }

    private static boolean usable(String apiEndpoint, String accessToken) {
        return apiEndpoint != null && !apiEndpoint.isBlank() && accessToken != null && !accessToken.isBlank();
    }

    /** The answer, or null when there was none in time (or no connection). */
    private HttpResponse<String> send(HttpRequest.Builder request, String accessToken, String route) {
        try {
            return AlexaApi.send(http, request, timeout, accessToken, route);
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("Reminders API unreachable: {}", e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static Outcome outcome(int status) {
        if (status / 100 == 2) {
            return Outcome.DONE;
        }
        return switch (status) {
            case 401 -> Outcome.UNAUTHORIZED;
            case 403 -> Outcome.NOT_PERMITTED;
            case 404 -> Outcome.GONE;
            case 429 -> Outcome.BUSY;
            default -> status >= 500 ? Outcome.DOWN : Outcome.REFUSED;
        };
    }
}
