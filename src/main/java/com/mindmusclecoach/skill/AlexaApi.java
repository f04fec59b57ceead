package com.mindmusclecoach.skill;

import com.mindmusclecoach.observability.Subsegment;
import com.mindmusclecoach.observability.Tracing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One call to an Alexa API (Settings, Reminders) with the request's access token as the bearer; in a traced turn an
 * X-Ray subsegment named by the API's host, whose URL names the ids in the path instead of showing them.
 */
final class AlexaApi {

    private AlexaApi() {
    }

    /**
     * @param route the request's path as the trace shows it, each id replaced by its name ({@code {deviceId}})
     */
    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, Duration timeout, String accessToken,
                                     String route) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(timeout).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json").build();
        URI uri = built.uri();
        try (Subsegment call = Tracing.subsegment(String.valueOf(uri.getHost()), "remote")
                .request(built.method(), uri.getScheme() + "://" + uri.getRawAuthority() + route)) {
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                call.response(response.statusCode());
                return response;
            } catch (IOException | InterruptedException | RuntimeException failed) {
                call.failed(failed);
                throw failed;
            }
        }
    }
}
