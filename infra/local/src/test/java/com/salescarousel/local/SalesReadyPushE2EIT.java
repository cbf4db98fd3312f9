package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    private static WebPushTesting pushService;

    private LocalCloud cloud;
    private LocalApi api;

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
        // Monday 09:00 in New York; the push service is on loopback.
        cloud = LocalCloud.start(new Options(0, null, Instant.parse("2026-11-23T14:00:00Z"), null, true));
        api = new LocalApi(cloud.url());
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    /** A browser's subscription, stored through the API; its client hash reads the device's pushes back. */
    @SuppressWarnings("unchecked")
    private String subscribe(String token) throws Exception {
        Map<String, Object> sub = pushService.subscribe(api.call("GET", "/api/push", token, null).str("publicKey"));
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
        List<Object> received = pushService.notifications(phone);
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            received = pushService.notifications(phone);
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
        assertEquals(1, pushService.notifications(phone).size());
    }
}
