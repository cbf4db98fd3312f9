package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Warm signals end to end on the local cloud, over HTTP: a manager rotates the hook's secret, a
 * "marketing tool" posts signed signals, the signal-intake function works them off its queue, the
 * sender alerts the owner. Every /api and /hooks answer is checked against openapi.yaml.
 */
class SignalsE2EIT {
    /** Monday 23 November 2026, 09:00 in New York. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T14:00:00Z");

    private LocalCloud cloud;
    private LocalApi api;
    private String manager;
    private Map<String, String> reps; // e-mail -> token
    private List<String> repsInTurn; // e-mails in round-robin order (by rep id)
    private String secret;
    private String hookPath;

    @BeforeEach
    void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, MONDAY, null));
        api = new LocalApi(cloud.url());
        manager = login("mo@acme.example", "manager");
        reps = new java.util.LinkedHashMap<>();
        List<String[]> ids = new ArrayList<>();
        for (String email : List.of("ada@acme.example", "bob@acme.example")) {
            LocalApi.Res r = api.call("POST", "/local/login", null, who(email, "rep"));
            reps.put(email, r.str("token"));
            ids.add(new String[] {r.str("repId"), email});
        }
        ids.sort((a, b) -> a[0].compareTo(b[0]));
        repsInTurn = ids.stream().map(a -> a[1]).toList();
        LocalApi.Res rotated = api.call("POST", "/api/org/webhook-secret", manager, null);
        assertEquals(200, rotated.status(), rotated.raw().body());
        secret = rotated.str("secret");
        hookPath = URI.create(rotated.str("url")).getPath();
        assertEquals("/hooks/signals/acme", hookPath);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private static String who(String email, String role) {
        return "{\"email\":\"" + email + "\",\"role\":\"" + role + "\",\"org\":\"acme\",\"timeZone\":\"America/New_York\"}";
    }

    private String login(String email, String role) throws Exception {
        return api.login(who(email, role));
    }

    /** HMAC-SHA256 of "<t>.<body>" as openssl computes it, independently of the code under test. */
    static String sign(String key, long t, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private long now() {
        return cloud.clock().instant().getEpochSecond();
    }

    private LocalApi.Res post(String body) throws Exception {
        return api.call("POST", hookPath, null, body, "Carousel-Signature", sign(secret, now(), body));
    }

    private static String event(String id, String type, String email) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"email\":\"" + email + "\",\"name\":\"Lead " + id + "\"}";
    }

    private void drain() {
        assertTrue(cloud.drainSignalQueue(Duration.ofSeconds(30)));
        assertTrue(cloud.drainSendQueue(Duration.ofSeconds(30)));
    }

    private List<Map<String, Object>> prospectsOf(String email) throws Exception {
        return api.call("GET", "/api/prospects", reps.get(email), null).list("items");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outbox(String to) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(cloud.url().resolve("/local/outbox?to=" + to)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return (List<Map<String, Object>>) Json.object("{\"l\":" + r.body() + "}").get("l");
    }

    @Test
    void unsignedRequests_are401_andWriteNothing() throws Exception {
        String body = event("evt-bad-0001", "demo_request", "grace@navy.example");
        String globex = new LocalApi(cloud.url()).call("POST", "/api/org/webhook-secret",
                api.login("{\"email\":\"gm@globex.example\",\"role\":\"manager\",\"org\":\"globex\"}"), null).str("secret");
        String altered = body.replace("demo_request", "demo_requesu");
        long t = now();
        List<String[]> cases = List.of(
                new String[] {"bad", "t=" + t + ",v1=" + "00".repeat(32), body},
                new String[] {"expired", sign(secret, t - 301, body), body},
                new String[] {"future beyond the window", sign(secret, t + 301, body), body},
                new String[] {"another org's secret", sign(globex, t, body), body},
                new String[] {"body altered by one byte", sign(secret, t, body), altered});
        for (String[] c : cases) {
            LocalApi.Res r = api.call("POST", hookPath, null, c[2], "Carousel-Signature", c[1]);
            assertEquals(401, r.status(), c[0] + ": " + r.raw().body());
        }
        assertEquals(401, api.call("POST", hookPath, null, body).status(), "no signature at all");
        drain();
        for (String email : reps.keySet()) assertEquals(List.of(), prospectsOf(email), email);
        assertEquals(200, post(body).status() == 202 ? 200 : 0, "the same event, signed, is then taken");
    }

    @Test
    void newLeads_goToTheRepsInTurn_aRetryIs200_andARedeliveryRecordsNothingTwice() throws Exception {
        for (int i = 1; i <= 3; i++) {
            LocalApi.Res r = post(event("evt-lead-000" + i, "ebook_download", "lead" + i + "@else.example"));
            assertEquals(202, r.status(), r.raw().body());
            assertEquals("accepted", r.str("status"));
        }
        LocalApi.Res retry = post(event("evt-lead-0001", "ebook_download", "lead1@else.example"));
        assertEquals(200, retry.status());
        assertEquals("duplicate", retry.str("status"));
        drain();
        String first = repsInTurn.get(0), second = repsInTurn.get(1);
        assertEquals(List.of("lead1@else.example", "lead3@else.example"), prospectsOf(first).stream().map(p -> p.get("email")).toList());
        assertEquals(List.of("lead2@else.example"), prospectsOf(second).stream().map(p -> p.get("email")).toList());
        Map<String, Object> lead = prospectsOf(second).get(0);
        assertEquals("ebook_download", lead.get("source"));
        assertEquals("active", lead.get("tier"));
        assertEquals("2026-11-23", lead.get("nextDueOn"));

        // SQS delivers the message a second time: the event id makes it a no-op.
        try (SqsClient sqs = com.salescarousel.wiring.AwsEndpoint.local(cloud.sqsEndpoint()).configure(SqsClient.builder()).build()) {
            String url = sqs.getQueueUrl(b -> b.queueName(LocalCloud.SIGNAL_QUEUE)).queueUrl();
            String message = "{\"org\":\"acme\",\"id\":\"evt-lead-0002\",\"type\":\"ebook_download\",\"email\":\"lead2@else.example\","
                    + "\"name\":\"Lead evt-lead-0002\",\"at\":\"" + cloud.clock().instant() + "\",\"receivedAt\":\"" + cloud.clock().instant() + "\"}";
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(message));
        }
        drain();
        assertEquals(1, prospectsOf(second).size());
        var signals = api.call("GET", "/api/prospects/" + lead.get("id") + "/signals", reps.get(second), null).list("items");
        assertEquals(1, signals.size());
        assertEquals("webhook", signals.get(0).get("source"));
    }

    @Test
    void becomingSalesReady_putsThemFirst_alertsTheOwnerOnce_andThirtyQuietDaysClearIt() throws Exception {
        String ada = reps.get("ada@acme.example");
        api.call("POST", "/api/prospects", ada, "{\"name\":\"Zed\",\"company\":\"Zeta\",\"tier\":\"active\"}");
        String grace = api.call("POST", "/api/prospects", ada, "{\"name\":\"Grace Hopper\",\"company\":\"Navy\",\"email\":\"Grace@Navy.example\","
                + "\"tier\":\"nurture\"}").str("id");
        assertEquals(202, post(event("evt-ready-0001", "ebook_download", "grace@navy.example")).status());
        assertEquals(202, post(event("evt-ready-0002", "newsletter_click", "GRACE@navy.example")).status());
        String third = event("evt-ready-0003", "webinar_attended", "grace@navy.example");
        assertEquals(202, post(third).status());
        drain();

        LocalApi.Res agenda = api.call("GET", "/api/agenda", ada, null);
        Map<String, Object> top = agenda.list("due").get(0);
        assertEquals(grace, top.get("id"), "first in the agenda: first tier, sales-ready before Zed");
        assertEquals(List.of("signal", "cadence"), top.get("reasons"));
        assertEquals(true, top.get("salesReady"));
        LocalApi.Res p = api.call("GET", "/api/prospects/" + grace, ada, null);
        assertEquals("active", p.str("tier"));
        assertEquals(true, p.body().get("salesReady"));

        List<Map<String, Object>> alerts = outbox("ada@acme.example");
        assertEquals(1, alerts.size(), "no push subscription: one e-mail alert");
        assertTrue(String.valueOf(alerts.get(0).get("subject")).startsWith("Sales ready: Grace Hopper (Navy)"), alerts.get(0).toString());
        assertTrue(String.valueOf(alerts.get(0).get("text")).contains("Webinar attended, Newsletter click, E-book download"), alerts.get(0).toString());
        var sent = api.call("GET", "/api/outbox", ada, null).list("items");
        assertEquals("alert", sent.get(0).get("kind"));
        assertEquals("sent", sent.get(0).get("status"));

        assertEquals(200, post(third).status());
        drain();
        assertEquals(1, outbox("ada@acme.example").size(), "alerted exactly once");
        var timeline = api.call("GET", "/api/prospects/" + grace + "/timeline", ada, null).list("items");
        assertEquals(3, timeline.size());
        assertTrue(timeline.stream().allMatch(i -> "signal".equals(i.get("kind"))));

        // 31 days later, without a new signal, she is no longer sales-ready (nothing had to run).
        cloud.clock().set(MONDAY.plus(Duration.ofDays(31)));
        ada = login("ada@acme.example", "rep");
        assertEquals(false, api.call("GET", "/api/prospects/" + grace, ada, null).body().get("salesReady"));
        Map<String, Object> later = api.call("GET", "/api/agenda", ada, null).list("overdue").stream()
                .filter(e -> grace.equals(e.get("id"))).findFirst().orElseThrow();
        assertEquals(false, later.get("salesReady"));
        assertEquals(List.of("cadence"), later.get("reasons"));
    }

    @Test
    void aBodyOver64KB_is413() throws Exception {
        String big = "{\"id\":\"evt-big-0001\",\"type\":\"other\",\"email\":\"g@n.example\",\"detail\":\"" + "x".repeat(70_000) + "\"}";
        assertEquals(413, post(big).status());
        drain();
        for (String email : reps.keySet()) assertEquals(List.of(), prospectsOf(email), email);
    }
}
