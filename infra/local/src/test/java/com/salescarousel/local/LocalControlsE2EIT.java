package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local-only routes as the README's walk-through uses them. */
class LocalControlsE2EIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalCloud cloud;

    @BeforeAll
    static void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, Instant.parse("2026-11-24T09:00:00Z"), null));
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(cloud.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void schedulerRun_aMonthAhead_movesTheClockButKeepsTheTokenValid() throws Exception {
        String token = (String) Json.object(call("POST", "/local/login", null, "{\"email\":\"walk@example.com\"}").body()).get("token");
        var run = call("POST", "/local/scheduler/run?at=2026-12-24T07:00:00Z", null, null);
        assertEquals(200, run.statusCode(), run.body());
        assertEquals("2026-12-24", ((String) Json.object(run.body()).get("clock")).substring(0, 10));
        // Tokens live by real time: a month on the local clock does not sign the rep out.
        var agenda = call("GET", "/api/agenda", token, null);
        assertEquals(200, agenda.statusCode(), agenda.body());
        assertEquals("2026-12-24", Json.object(agenda.body()).get("date"));
    }

    @Test
    void hostedUiToken_withARepeatedParameter_isRefused() throws Exception {
        var r = call("POST", "/local/oauth2/token", null, "client_id=carousel-local&grant_type=refresh_token&grant_type=authorization_code");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("invalid_request"), r.body());
    }

    @Test
    void unknownLocalRoute_is404Problem() throws Exception {
        var r = call("GET", "/local/nothing", null, null);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
    }
}
