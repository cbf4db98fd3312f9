package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Speed to lead: a prospect who turns sales-ready is pushed to the owner's phone at once, through a
 * real push service (npm web-push-testing 1.2.2, which checks VAPID and decrypts as a browser vendor's
 * service does). Signed webhook in, push out, once; no e-mail alert when a device took the push.
 */
class SalesReadyPushE2EIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PUSH_TESTING = "web-push-testing@1.2.2";
    private static Process pushService;
    private static String pushUrl;

    private LocalCloud cloud;
    private LocalApi api;

    @BeforeAll
    static void startPushService() throws Exception {
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "carousel", "push-test");
        if (!Files.isDirectory(dir.resolve("node_modules/web-push-testing"))) {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", PUSH_TESTING).directory(dir.toFile())
                    .inheritIO().start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("npm install " + PUSH_TESTING + " failed");
        }
        Path launcher = Files.createTempFile("push-service", ".js");
        try (InputStream in = SalesReadyPushE2EIT.class.getResourceAsStream("/push-service.js")) {
            Files.write(launcher, in.readAllBytes());
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        pushService = new ProcessBuilder("node", launcher.toString(), dir.toString(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        pushUrl = "http://localhost:" + port;
        for (int i = 0; i < 100; i++) {
            try {
                if (post(pushUrl + "/status", "").statusCode() == 200) return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the push service did not start on " + pushUrl);
    }

    @AfterAll
    static void stopPushService() {
        if (pushService != null) pushService.destroy();
    }

    @BeforeEach
    void start() throws Exception {
        // Monday 09:00 in New York; the push service is on loopback.
        cloud = LocalCloud.start(new Options(0, null, Instant.parse("2026-11-23T14:00:00Z"), null, true));
        api = new LocalApi(cloud.url());
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private List<Object> notifications(String clientHash) throws Exception {
        var r = post(pushUrl + "/get-notifications", "{\"clientHash\":\"" + clientHash + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        return (List<Object>) ((Map<String, Object>) Json.object(r.body()).get("data")).get("messages");
    }

    @SuppressWarnings("unchecked")
    private String subscribe(String token) throws Exception {
        String key = api.call("GET", "/api/push", token, null).str("publicKey");
        var r = post(pushUrl + "/subscribe", "{\"userVisibleOnly\":\"true\",\"applicationServerKey\":\"" + key + "\"}");
        Map<String, Object> sub = (Map<String, Object>) Json.object(r.body()).get("data");
        Map<String, Object> keys = (Map<String, Object>) sub.get("keys");
        assertEquals(204, api.call("PUT", "/api/push/subscription", token, Json.write(Map.of("endpoint", sub.get("endpoint"),
                "p256dh", keys.get("p256dh"), "auth", keys.get("auth")))).status());
        return (String) sub.get("clientHash");
    }

    @Test
    void aDemoRequest_fromAnUnknownLead_isPushedToItsNamedOwner_atOnce_andOnce() throws Exception {
        String manager = api.login("{\"email\":\"mo@acme.example\",\"role\":\"manager\",\"org\":\"acme\"}");
        String ada = api.login("{\"email\":\"ada@acme.example\",\"org\":\"acme\",\"timeZone\":\"America/New_York\"}");
        String phone = subscribe(ada);
        String secret = api.call("POST", "/api/org/webhook-secret", manager, null).str("secret");
        String body = "{\"id\":\"evt-demo-0001\",\"type\":\"demo_request\",\"email\":\"grace@navy.example\",\"name\":\"Grace Hopper\","
                + "\"company\":\"Navy\",\"ownerEmail\":\"ada@acme.example\",\"detail\":\"Wants a demo this week\"}";
        long t = cloud.clock().instant().getEpochSecond();
        var accepted = api.call("POST", "/hooks/signals/acme", null, body, "Carousel-Signature", SignalsE2EIT.sign(secret, t, body));
        assertEquals(202, accepted.status(), accepted.raw().body());

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Object> received = notifications(phone);
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            received = notifications(phone);
        }
        assertEquals(1, received.size(), "one push on the phone: " + received);
        String message = String.valueOf(received.get(0));
        // The service decrypted it with the phone's keys and accepted the VAPID signature.
        assertTrue(message.contains("Sales ready: Grace Hopper (Navy)") && message.contains("Demo request") && message.contains("/#/prospect/"),
                message);
        assertTrue(cloud.drainSignalQueue(Duration.ofSeconds(10)) && cloud.drainSendQueue(Duration.ofSeconds(10)));
        assertEquals(List.of(), cloud.ses().outbox().stream().filter(m -> m.to().contains("ada@acme.example")).toList(),
                "the push was taken: no e-mail alert");
        var sent = api.call("GET", "/api/outbox", ada, null).list("items");
        assertEquals("alert", sent.get(0).get("kind"));
        assertEquals("pushed to 1 device", sent.get(0).get("detail"));

        // The marketing tool retries: nothing new, no second push.
        assertEquals(200, api.call("POST", "/hooks/signals/acme", null, body, "Carousel-Signature", SignalsE2EIT.sign(secret, t + 1, body)).status());
        assertTrue(cloud.drainSignalQueue(Duration.ofSeconds(10)) && cloud.drainSendQueue(Duration.ofSeconds(10)));
        assertEquals(1, notifications(phone).size());
    }
}
