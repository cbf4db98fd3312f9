package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The morning carousel on the local cloud, through HTTP only: the schedule, the queue, the sender
 * and SES as the product runs them, with SES faults injected.
 */
class MorningCarouselE2EIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private LocalCloud cloud;
    private String token;

    @BeforeEach
    void start() throws Exception {
        // Monday 2026-11-23, 08:00 in New York.
        cloud = LocalCloud.start(new Options(0, null, Instant.parse("2026-11-23T13:00:00Z"), null));
        signIn();
    }

    /** Tokens last 12 hours on the local clock, as a working day: moving the clock means signing in again. */
    private void signIn() throws Exception {
        token = (String) call("POST", "/local/login", null, "{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"timeZone\":\"America/New_York\"}").get("token");
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String method, String path, String auth, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(cloud.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", "Bearer " + auth);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.check(r); // every /api response must be what openapi.yaml says
        Map<String, Object> out = new HashMap<>();
        if (r.body().startsWith("{")) out.putAll(Json.object(r.body()));
        else if (r.body().startsWith("[")) out.put("list", Json.object("{\"l\":" + r.body() + "}").get("l"));
        out.put("_status", r.statusCode());
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outbox(String to) throws Exception {
        return (List<Map<String, Object>>) call("GET", "/local/outbox?to=" + to, null, null).get("list");
    }

    private String prospect(String json) throws Exception {
        return (String) call("POST", "/api/prospects", token, json).get("id");
    }

    private String template(boolean relevantInfo) throws Exception {
        return (String) call("POST", "/api/templates", token, "{\"name\":\"News\",\"subject\":\"{{prospect.firstName}}: {{prospect.company}}\","
                + "\"bodyText\":\"Hi {{prospect.firstName}}, " + (relevantInfo ? "{{relevantInfo}}" : "thinking of you") + "\","
                + "\"bodyHtml\":\"<p>Hi {{prospect.firstName}}</p>" + (relevantInfo ? "<p>{{relevantInfo}}</p>" : "") + "\"}").get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> sendRecord(String id) throws Exception {
        var items = (List<Map<String, Object>>) call("GET", "/api/outbox", token, null).get("items");
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
    }

    /**
     * A working week: prospects in every tier, touches on some days, the 07:00 run each morning.
     * Each digest must list exactly the prospects the cadence rules say are due, overdue first.
     */
    @Test
    @SuppressWarnings("unchecked")
    void simulatedWeek_eachMorningsDigestMatchesTheCadenceRules() throws Exception {
        Map<String, String> tierOf = new LinkedHashMap<>();
        Map<String, LocalDate> dueOn = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        String[][] people = {{"Ann", "active"}, {"Ben", "active"}, {"Cat", "working"}, {"Dan", "working"}, {"Eve", "nurture"}, {"Fay", "nurture"}};
        for (String[] p : people) {
            String id = prospect("{\"name\":\"" + p[0] + "\",\"company\":\"" + p[0] + " Inc\",\"tier\":\"" + p[1] + "\"}");
            tierOf.put(id, p[1]);
            names.put(id, p[0]);
            dueOn.put(id, LocalDate.of(2026, 11, 23));
        }
        Map<String, Period> cadence = Map.of("active", Period.ofDays(7), "working", Period.ofMonths(1), "nurture", Period.ofMonths(3));
        int digests = 0, touches = 0, expectedDigests = 0;
        List<String> ids = new ArrayList<>(tierOf.keySet());
        for (int d = 0; d < 7; d++) {
            LocalDate day = LocalDate.of(2026, 11, 23).plusDays(d);
            Instant seven = day.atTime(7, 0).atZone(NY).toInstant();
            var run = call("POST", "/local/scheduler/run?at=" + seven, null, null);
            assertEquals(true, run.get("drained"));
            List<String> expectedDue = ids.stream().filter(id -> !dueOn.get(id).isAfter(day)).toList();
            var mails = outbox("ada@example.com").stream().filter(m -> ((String) m.get("at")).startsWith(seven.toString().substring(0, 13))).toList();
            if (!expectedDue.isEmpty()) expectedDigests++;
            if (expectedDue.isEmpty()) {
                assertTrue(mails.isEmpty(), "no digest when nothing is due on " + day);
            } else {
                assertEquals(1, mails.size(), "one digest on " + day);
                digests++;
                String text = (String) mails.get(0).get("text");
                long overdue = expectedDue.stream().filter(id -> dueOn.get(id).isBefore(day)).count();
                assertEquals("Today: " + overdue + " overdue, " + (expectedDue.size() - overdue) + " due", mails.get(0).get("subject"));
                for (String id : ids) assertEquals(expectedDue.contains(id), text.contains("/#/prospect/" + id), names.get(id) + " on " + day);
            }
            // The rep works part of the list at 10:00: every other due prospect gets a call.
            cloud.clock().set(day.atTime(10, 0).atZone(NY).toInstant());
            signIn();
            for (int i = 0; i < expectedDue.size(); i += 2) {
                String id = expectedDue.get(i);
                var logged = call("POST", "/api/prospects/" + id + "/touches", token, "{\"channel\":\"call\",\"outcome\":\"no_answer\"}");
                assertEquals(201, logged.get("_status"));
                touches++;
                LocalDate next = Cadence.nextDue(day, cadence.get(tierOf.get(id)), true);
                dueOn.put(id, next);
                assertEquals(next.toString(), ((Map<String, Object>) logged.get("prospect")).get("nextDueOn"));
            }
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) assertFalse(dueOn.values().stream().anyMatch(x -> x.getDayOfWeek() == DayOfWeek.SATURDAY));
        }
        assertEquals(expectedDigests, digests);
        assertTrue(digests >= 3 && touches >= 6, "the week exercised overdue carry-over and several touches");
        System.out.printf("simulated week: %d digests, %d touches logged, %d e-mails in the outbox%n", digests, touches, outbox("ada@example.com").size());
    }

    @Test
    void sesThrottlingAnd5xx_areRetried_oneMailGoesOut() throws Exception {
        String id = prospect("{\"name\":\"Grace Hopper\",\"company\":\"Navy\",\"email\":\"grace@navy.example\",\"tier\":\"working\"}");
        String tpl = template(true);
        cloud.ses().failNext(4, 429, "TooManyRequestsException");
        cloud.ses().failNext(1, 500, "InternalFailure");
        var queued = call("POST", "/api/prospects/" + id + "/send", token, "{\"templateId\":\"" + tpl + "\",\"relevantInfo\":\"COBOL turns 67\"}");
        assertEquals(202, queued.get("_status"));
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        assertEquals(1, outbox("grace@navy.example").size());
        var record = sendRecord((String) queued.get("id"));
        assertEquals("sent", record.get("status"));
        assertTrue(((Number) record.get("attempts")).intValue() >= 2, "throttled, handed back to the queue, then sent");
        assertEquals(1, ((Number) call("GET", "/api/prospects/" + id, token, null).get("touchCount")).intValue());
    }

    @Test
    void connectionDroppedAfterSesAccepted_isUncertain_neverSentTwice() throws Exception {
        String id = prospect("{\"name\":\"Grace Hopper\",\"company\":\"Navy\",\"email\":\"grace@navy.example\",\"tier\":\"working\"}");
        cloud.ses().acceptThenDropConnection();
        var queued = call("POST", "/api/prospects/" + id + "/send", token, "{\"templateId\":\"" + template(false) + "\"}");
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        assertEquals(1, outbox("grace@navy.example").size(), "it went out once");
        assertEquals("uncertain", sendRecord((String) queued.get("id")).get("status"));
        assertEquals(0, ((Number) call("GET", "/api/prospects/" + id, token, null).get("touchCount")).intValue());
        assertEquals("2026-11-23", call("GET", "/api/prospects/" + id, token, null).get("nextDueOn"), "still visibly due");
    }

    @Test
    void duplicateSqsDelivery_sendsOnce() throws Exception {
        String id = prospect("{\"name\":\"Grace Hopper\",\"company\":\"Navy\",\"email\":\"grace@navy.example\"}");
        var queued = call("POST", "/api/prospects/" + id + "/send", token, "{\"templateId\":\"" + template(false) + "\"}");
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        // SQS delivers at least once: deliver the very same message again, twice.
        try (SqsClient sqs = SqsClient.builder().endpointOverride(cloud.sqsEndpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build()) {
            String url = sqs.getQueueUrl(b -> b.queueName(LocalCloud.SEND_QUEUE)).queueUrl();
            String body = Json.write(Map.of("repId", LocalTokens.subjectFor("ada@example.com"), "sendId", queued.get("id")));
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
        }
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        assertEquals(1, outbox("grace@navy.example").size());
        assertEquals(1, ((Number) call("GET", "/api/prospects/" + id, token, null).get("touchCount")).intValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void injectionInNamesAndInfo_isEscapedInHtml_andCannotAddHeaders() throws Exception {
        String id = prospect("{\"name\":\"Eve <img src=x onerror=alert(1)>\",\"company\":\"<script>alert(2)</script>\",\"email\":\"eve@evil.example\"}");
        var queued = call("POST", "/api/prospects/" + id + "/send", token,
                "{\"templateId\":\"" + template(true) + "\",\"relevantInfo\":\"Bcc: victim@example.com\\r\\n<b>bold</b>\"}");
        assertEquals(202, queued.get("_status"));
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        var mail = outbox("eve@evil.example").get(0);
        String subject = (String) mail.get("subject");
        assertFalse(subject.contains("\r") || subject.contains("\n"));
        String html = (String) mail.get("html");
        assertFalse(html.contains("<img") || html.contains("<script>") || html.contains("<b>bold"));
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
        Map<String, Object> headers = (Map<String, Object>) mail.get("headers");
        // The outbox shows the From and Reply-To SES writes from the request, then ours: nothing injected (no Bcc).
        assertEquals(List.of("From", "Reply-To", "List-Unsubscribe", "List-Unsubscribe-Post"), new ArrayList<>(headers.keySet()));
        assertEquals("ada@example.com", headers.get("Reply-To"));
        assertTrue(((List<String>) mail.get("bcc")).isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void unsubscribeAndBounce_stopFurtherMail() throws Exception {
        String grace = prospect("{\"name\":\"Grace\",\"email\":\"grace@navy.example\"}");
        String tpl = template(false);
        call("POST", "/api/prospects/" + grace + "/send", token, "{\"templateId\":\"" + tpl + "\"}");
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        String link = ((String) ((Map<String, Object>) outbox("grace@navy.example").get(0).get("headers")).get("List-Unsubscribe")).replaceAll("[<>]", "");
        String path = URI.create(link).getPath();
        assertEquals(200, call("GET", path, null, null).get("_status"), "a GET only shows the confirm page");
        assertEquals(202, call("POST", "/api/prospects/" + grace + "/send", token, "{\"templateId\":\"" + tpl + "\"}").get("_status"));
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        assertEquals(2, outbox("grace@navy.example").size());
        assertEquals(200, call("POST", path, null, "List-Unsubscribe=One-Click").get("_status"));
        assertEquals(409, call("POST", "/api/prospects/" + grace + "/send", token, "{\"templateId\":\"" + tpl + "\"}").get("_status"));
        assertEquals(404, call("POST", path.substring(0, path.length() - 3) + "abc", null, "").get("_status"), "a forged token");

        // A permanent bounce arrives from SES through SNS on the send queue.
        String linus = prospect("{\"name\":\"Linus\",\"email\":\"linus@bounce.example\"}");
        try (SqsClient sqs = SqsClient.builder().endpointOverride(cloud.sqsEndpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build()) {
            String url = sqs.getQueueUrl(b -> b.queueName(LocalCloud.SEND_QUEUE)).queueUrl();
            String event = Json.write(Map.of("eventType", "Bounce", "bounce", Map.of("bounceType", "Permanent",
                    "bouncedRecipients", List.of(Map.of("emailAddress", "linus@bounce.example")))));
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(Json.write(Map.of("Type", "Notification", "Message", event))));
        }
        assertTrue(cloud.drainSendQueue(java.time.Duration.ofSeconds(30)));
        assertEquals(409, call("POST", "/api/prospects/" + linus + "/send", token, "{\"templateId\":\"" + tpl + "\"}").get("_status"));
        assertEquals(0, outbox("linus@bounce.example").size());
    }

    @Test
    void autoSendTier_sendsItsTemplateOncePerMorning() throws Exception {
        String boss = (String) call("POST", "/local/login", null, "{\"email\":\"boss@example.com\",\"role\":\"manager\"}").get("token");
        String tpl = template(false);
        var put = call("PUT", "/api/tiers", boss, "{\"tiers\":[{\"key\":\"active\",\"label\":\"Active\",\"cadence\":\"P7D\"},"
                + "{\"key\":\"working\",\"label\":\"Working\",\"cadence\":\"P1M\"},{\"key\":\"nurture\",\"label\":\"Nurture\",\"cadence\":\"P3M\"},"
                + "{\"key\":\"long-shot\",\"label\":\"Long shot\",\"cadence\":\"P6W\",\"autoSendTemplateId\":\"" + tpl + "\"}]}");
        assertEquals(200, put.get("_status"));
        String id = prospect("{\"name\":\"Maybe Someday\",\"email\":\"someday@example.com\",\"tier\":\"long-shot\"}");
        Instant tomorrowSeven = LocalDate.of(2026, 11, 24).atTime(7, 0).atZone(NY).toInstant();
        call("POST", "/local/scheduler/run?at=" + tomorrowSeven, null, null);
        call("POST", "/local/scheduler/run?at=" + tomorrowSeven.plusSeconds(600), null, null);
        signIn();
        assertEquals(1, outbox("someday@example.com").size());
        var p = call("GET", "/api/prospects/" + id, token, null);
        assertEquals(1, ((Number) p.get("touchCount")).intValue());
        assertEquals("2027-01-05", p.get("nextDueOn"), "six weeks after the automatic touch");
        Map<String, Long> kinds = outbox("ada@example.com").stream().collect(Collectors.groupingBy(m -> (String) m.get("subject"), Collectors.counting()));
        assertEquals(Map.of("Today: 1 overdue, 0 due", 1L), kinds);
    }
}
