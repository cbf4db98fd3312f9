package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The morning digest as Web Push, against a real push service (npm web-push-testing 1.2.2, which
 * decrypts and checks the VAPID signature like a browser vendor's service): subscribe the way a
 * browser would, store the subscription through the API, run the morning, read the notification
 * back; an expired subscription (410) is removed.
 */
class PushE2EIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebPushTesting pushService;

    private LocalCloud cloud;
    private String token;

    @BeforeAll
    static void startPushService() throws Exception {
        pushService = WebPushTesting.start();
    }

    @AfterAll
    static void stopPushService() {
        if (pushService != null) pushService.close();
    }

    @BeforeEach
    void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, Instant.parse("2026-11-23T13:00:00Z"), null, true)); // Monday, 08:00 in New York; push service on loopback
        token = (String) call("POST", "/local/login", null, "{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"timeZone\":\"America/New_York\"}").get("token");
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return pushService.post(path, json);
    }

    private Map<String, Object> call(String method, String path, String auth, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(cloud.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", "Bearer " + auth);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.check(r); // every /api response must be what openapi.yaml says
        Map<String, Object> out = new java.util.HashMap<>(r.body().startsWith("{") ? Json.object(r.body()) : Map.of());
        out.put("_status", r.statusCode());
        return out;
    }

    /** What a browser's pushManager.subscribe({applicationServerKey}) returns, from the test push service. */
    private Map<String, Object> browserSubscribes(String applicationServerKey) throws Exception {
        return pushService.subscribe(applicationServerKey);
    }

    private List<Object> notifications(String clientHash) throws Exception {
        return pushService.notifications(clientHash);
    }

    @SuppressWarnings("unchecked")
    private String register(Map<String, Object> sub) throws Exception {
        Map<String, Object> keys = (Map<String, Object>) sub.get("keys");
        var put = call("PUT", "/api/push/subscription", token, Json.write(Map.of("endpoint", sub.get("endpoint"),
                "p256dh", keys.get("p256dh"), "auth", keys.get("auth"))));
        assertEquals(204, put.get("_status"), put.toString());
        return (String) sub.get("clientHash");
    }

    @Test
    void morningDigest_arrivesAsAPush_thatOpensToday_andAnExpiredDeviceIsRemoved() throws Exception {
        var key = call("GET", "/api/push", token, null);
        String publicKey = (String) key.get("publicKey");
        assertEquals(0L, ((Number) key.get("subscriptions")).longValue());
        String phone = register(browserSubscribes(publicKey));
        String laptop = register(browserSubscribes(publicKey));
        assertEquals(2L, ((Number) call("GET", "/api/push", token, null).get("subscriptions")).longValue());
        assertEquals(201, call("POST", "/api/prospects", token, "{\"name\":\"Grace Hopper\",\"company\":\"Navy\"}").get("_status"));
        assertEquals(200, post("/expire-subscription/" + laptop, "").statusCode());

        // Tuesday 07:00 in New York: Grace (due Monday) is overdue.
        var run = call("POST", "/local/scheduler/run?at=2026-11-24T12:00:00Z", null, null);
        assertEquals(1L, ((Number) run.get("digestsQueued")).longValue(), run.toString());

        List<Object> received = notifications(phone);
        assertEquals(1, received.size(), "one digest push on the phone: " + received);
        String message = String.valueOf(received.get(0));
        // The service decrypted it with the phone's keys and accepted the VAPID signature.
        assertTrue(message.contains("Today: 1 overdue, 0 due") && message.contains("/#/today") && message.contains("Grace Hopper"), message);
        assertEquals(List.of(), notifications(laptop));
        token = (String) call("POST", "/local/login", null, "{\"email\":\"ada@example.com\"}").get("token");
        assertEquals(1L, ((Number) call("GET", "/api/push", token, null).get("subscriptions")).longValue(),
                "the push service said 410 for the laptop, so its subscription is gone");

        // Running the same morning again pushes nothing twice.
        call("POST", "/local/scheduler/run?at=2026-11-24T12:05:00Z", null, null);
        assertEquals(1, notifications(phone).size());
    }

    @Test
    void badSubscriptions_areRefusedNamingTheField_andNothingIsStored() throws Exception {
        var r = call("PUT", "/api/push/subscription", token, "{\"endpoint\":\"http://evil.example/steal\",\"p256dh\":\"AAAA\",\"auth\":\"x\"}");
        assertEquals(400, r.get("_status"));
        String params = String.valueOf(r.get("invalid-params"));
        assertTrue(params.contains("endpoint") && params.contains("p256dh") && params.contains("auth"), params);
        assertEquals(0L, ((Number) call("GET", "/api/push", token, null).get("subscriptions")).longValue());
        assertEquals(404, call("DELETE", "/api/push/subscription", token, "{\"endpoint\":\"https://push.example/none\"}").get("_status"));
        assertEquals(401, call("GET", "/api/push", null, null).get("_status"));
    }
}
