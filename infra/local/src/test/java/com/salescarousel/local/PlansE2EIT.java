package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import com.salescarousel.local.LocalApi.Res;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Prospecting plans end to end over HTTP on the local cloud: the routes as managers, reps and
 * another org see them (every answer checked against openapi.yaml), enrolment, Today's step, and the
 * automatic steps through the hourly run, SQS and SES with redelivered messages and throttling.
 */
class PlansE2EIT {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final String TWENTY_TWENTY = "{\"name\":\"20/20\",\"steps\":[{\"offsetDays\":0,\"channel\":\"mail\"},"
            + "{\"offsetDays\":7,\"channel\":\"mail\"},{\"offsetDays\":14,\"channel\":\"call\"}]}";

    private LocalCloud cloud;
    private LocalApi api;
    private String boss, ada, bob, otherBoss;

    @BeforeEach
    void start() throws Exception {
        // Monday 2026-11-23, 08:00 in New York.
        cloud = LocalCloud.start(new Options(0, null, Instant.parse("2026-11-23T13:00:00Z"), null));
        api = new LocalApi(cloud.url());
        signIn();
    }

    /** Tokens last 12 hours on the local clock: moving it means signing in again. */
    private void signIn() throws Exception {
        boss = api.login("{\"email\":\"bea@example.com\",\"name\":\"Bea\",\"role\":\"manager\",\"org\":\"acme\",\"timeZone\":\"America/New_York\"}");
        ada = api.login("{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"org\":\"acme\",\"timeZone\":\"America/New_York\"}");
        bob = api.login("{\"email\":\"bob@example.com\",\"name\":\"Bob\",\"org\":\"globex\"}");
        otherBoss = api.login("{\"email\":\"gil@example.com\",\"name\":\"Gil\",\"role\":\"manager\",\"org\":\"globex\"}");
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private Res call(String method, String path, String token, String body, String... headers) throws Exception {
        return api.call(method, path, token, body, headers);
    }

    private String prospect(String json) throws Exception {
        Res r = call("POST", "/api/prospects", ada, json);
        assertEquals(201, r.status(), r.raw().body());
        return r.str("id");
    }

    private String plan(String json) throws Exception {
        Res r = call("POST", "/api/plans", boss, json);
        assertEquals(201, r.status(), r.raw().body());
        return r.str("id");
    }

    @Test
    void managersWritePlans_repsRead_otherOrgsGet404_repsEditingGet403() throws Exception {
        assertEquals(403, call("POST", "/api/plans", ada, TWENTY_TWENTY).status());
        Res created = call("POST", "/api/plans", boss, TWENTY_TWENTY);
        assertEquals(201, created.status());
        String id = created.str("id");
        assertEquals("/api/plans/" + id, created.raw().headers().firstValue("location").orElseThrow());
        assertEquals(200, call("GET", "/api/plans/" + id, ada, null).status());
        assertEquals(1, call("GET", "/api/plans", ada, null).list("items").size());
        assertEquals(0, call("GET", "/api/plans", bob, null).list("items").size());
        for (String path : List.of("/api/plans/" + id, "/api/plans/" + id + "/stats")) {
            assertEquals(404, call("GET", path, bob, null).status(), path);
        }
        assertEquals(404, call("PUT", "/api/plans/" + id, otherBoss, TWENTY_TWENTY, "If-Match", "\"1\"").status());
        assertEquals(404, call("DELETE", "/api/plans/" + id, otherBoss, null).status());
        assertEquals(404, call("POST", "/api/plans/" + id + "/enrolments", bob, "{\"prospectIds\":[\"01M86N96NHN6H247XZ1GSYCD0Q\"]}").status());
        assertEquals(404, call("GET", "/api/plans/not-a-plan", ada, null).status());
        assertEquals(403, call("PUT", "/api/plans/" + id, ada, TWENTY_TWENTY, "If-Match", "\"1\"").status());
        assertEquals(403, call("DELETE", "/api/plans/" + id, ada, null).status());
        assertEquals(428, call("PUT", "/api/plans/" + id, boss, TWENTY_TWENTY).status());
        Res bad = call("POST", "/api/plans", boss, "{\"name\":\"Bad\",\"steps\":[{\"offsetDays\":5,\"channel\":\"call\"},"
                + "{\"offsetDays\":2,\"channel\":\"email\",\"auto\":true}]}");
        assertEquals(400, bad.status());
        assertEquals(Set.of("steps[1].offsetDays", "steps[1].templateId"), bad.invalid());
        Res edited = call("PUT", "/api/plans/" + id, boss, TWENTY_TWENTY.replace("20/20", "20/20 plan"), "If-Match", "\"1\"");
        assertEquals(200, edited.status());
        assertEquals("20/20 plan", edited.str("name"));
        Res stale = call("PUT", "/api/plans/" + id, boss, TWENTY_TWENTY, "If-Match", "\"1\"");
        assertEquals(409, stale.status());
        assertEquals(2, ((Number) stale.body().get("currentVersion")).intValue());
        assertEquals(204, call("DELETE", "/api/plans/" + id, boss, null).status());
        assertEquals(true, call("GET", "/api/plans/" + id, ada, null).body().get("retired"));
        String p = prospect("{\"name\":\"Ann\"}");
        Res retired = call("POST", "/api/plans/" + id + "/enrolments", ada, "{\"prospectIds\":[\"" + p + "\"]}");
        assertEquals(409, retired.status());
        assertEquals(id, retired.str("planId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void enrolment_todaysStep_progress_409ForAnotherPlan_andTheFigures() throws Exception {
        String a = plan(TWENTY_TWENTY);
        String b = plan(TWENTY_TWENTY.replace("20/20", "Circle"));
        String ann = prospect("{\"name\":\"Ann\",\"tags\":[\"2020\"]}");
        String ben = prospect("{\"name\":\"Ben\",\"tags\":[\"2020\"]}");
        Res enrolled = call("POST", "/api/plans/" + a + "/enrolments", ada, "{\"tag\":\"2020\",\"idempotencyKey\":\"enrol-tag-0001\"}");
        assertEquals(200, enrolled.status(), enrolled.raw().body());
        assertEquals(2, enrolled.integer("enrolled"));
        assertEquals(2, call("POST", "/api/plans/" + a + "/enrolments", ada, "{\"tag\":\"2020\",\"idempotencyKey\":\"enrol-tag-0001\"}")
                .integer("enrolled"), "a repeated call answers as the first, enrolling nobody twice");

        Res conflict = call("POST", "/api/plans/" + b + "/enrolments", ada, "{\"prospectIds\":[\"" + ann + "\"]}");
        assertEquals(409, conflict.status());
        assertEquals("application/problem+json", conflict.raw().headers().firstValue("content-type").orElseThrow());
        Map<String, Object> result = conflict.list("results").get(0);
        assertEquals(List.of("in_another_plan", a), List.of(result.get("outcome"), result.get("planId")));

        // Today: both due for step 1 of 3, by mail.
        var due = call("GET", "/api/agenda", ada, null).list("due");
        assertEquals(Set.of(ann, ben), due.stream().map(e -> e.get("id")).collect(Collectors.toSet()));
        for (var e : due) {
            assertEquals("plan_step", e.get("reason"));
            assertEquals(Map.of("index", 1, "of", 3, "channel", "mail"), Map.of("index", ((Number) ((Map<String, Object>) e.get("step")).get("index")).intValue(),
                    "of", ((Number) ((Map<String, Object>) e.get("step")).get("of")).intValue(), "channel", ((Map<String, Object>) e.get("step")).get("channel")));
        }
        Res touched = call("POST", "/api/prospects/" + ann + "/touches", ada, "{\"channel\":\"mail\",\"outcome\":\"left_message\"}");
        assertEquals(201, touched.status());
        Map<String, Object> plan = (Map<String, Object>) touched.map("prospect").get("plan");
        assertEquals("2026-11-30", plan.get("dueOn"));
        var steps = (List<Map<String, Object>>) plan.get("steps");
        assertEquals(List.of("done", "due", "upcoming"), steps.stream().map(s -> s.get("state")).toList());
        assertEquals(List.of("2026-11-23", "2026-11-30", "2026-12-07"), steps.stream().map(s -> s.get("on")).toList());
        var nextWeek = call("GET", "/api/agenda?date=2026-11-30", ada, null).list("overdue");
        assertTrue(nextWeek.stream().anyMatch(e -> e.get("id").equals(ben)), "Ben's step 1 is a week overdue");

        Res out = call("DELETE", "/api/plans/" + a + "/enrolments/" + ben, ada, null);
        assertEquals(200, out.status());
        assertNull(out.body().get("plan"));
        assertEquals(404, call("DELETE", "/api/plans/" + a + "/enrolments/" + ben, ada, null).status());

        Res stats = call("GET", "/api/plans/" + a + "/stats", boss, null);
        assertEquals(List.of(2, 1, 1, 1), List.of(stats.integer("enrolled"), stats.integer("active"), stats.integer("finished"),
                stats.integer("withdrawn")));
        assertEquals(1, ((Number) stats.list("steps").get(0).get("done")).intValue());
    }

    /**
     * Automatic steps: day 0 and day 2 e-mails, then a call on day 4. Each morning's run fires twice
     * and every step message is delivered again through SQS, and SES throttles; each step still goes
     * out once, as a touch with outcome {@code sent}. A bounced address skips its steps, and its
     * outbox says so.
     */
    @Test
    @SuppressWarnings("unchecked")
    void autoSteps_sqsRedeliveryAndSesThrottling_eachSentOnce_andABouncedAddressSkips() throws Exception {
        String tpl = call("POST", "/api/templates", ada, "{\"name\":\"Hello\",\"subject\":\"{{prospect.firstName}}, a note from {{rep.name}}\","
                + "\"bodyText\":\"Hi {{prospect.firstName}}\"}").str("id");
        String id = plan("{\"name\":\"Auto\",\"steps\":[{\"offsetDays\":0,\"channel\":\"email\",\"templateId\":\"" + tpl + "\",\"auto\":true},"
                + "{\"offsetDays\":2,\"channel\":\"email\",\"templateId\":\"" + tpl + "\",\"auto\":true},{\"offsetDays\":4,\"channel\":\"call\"}]}");
        String grace = prospect("{\"name\":\"Grace Hopper\",\"email\":\"grace@navy.example\"}");
        String alan = prospect("{\"name\":\"Alan Turing\",\"email\":\"alan@bletchley.example\"}");
        String linus = prospect("{\"name\":\"Linus\",\"email\":\"linus@bounce.example\"}");
        bounce("linus@bounce.example");
        assertEquals(3, call("POST", "/api/plans/" + id + "/enrolments", ada,
                "{\"prospectIds\":[\"" + grace + "\",\"" + alan + "\",\"" + linus + "\"]}").integer("enrolled"));

        // Throttled three times per invocation is handed back to SQS (SesMailer backs off within one first).
        cloud.ses().failNext(9, 429, "TooManyRequestsException");
        cloud.ses().failNext(2, 500, "InternalFailure");
        for (LocalDate day = LocalDate.of(2026, 11, 24); !day.isAfter(LocalDate.of(2026, 11, 27)); day = day.plusDays(1)) {
            Instant seven = day.atTime(7, 0).atZone(NY).toInstant();
            assertEquals(true, run(seven).get("drained"));
            assertEquals(true, run(seven.plusSeconds(900)).get("drained"), "the hour's run fired twice");
            redeliverStepMessages();
        }
        signIn();
        assertEquals(2, api.call("GET", "/local/outbox?to=grace@navy.example", null, null).raw().body().split("\"messageId\"").length - 1);
        assertEquals(2, api.call("GET", "/local/outbox?to=alan@bletchley.example", null, null).raw().body().split("\"messageId\"").length - 1);
        assertEquals("[]", api.call("GET", "/local/outbox?to=linus@bounce.example", null, null).raw().body().strip());

        // Grace: steps 1 and 2 sent on Tuesday and Thursday (each two days after the one before), the call due Monday.
        Res g = call("GET", "/api/prospects/" + grace, ada, null);
        Map<String, Object> plan = g.map("plan");
        assertEquals(3, ((Number) ((Map<String, Object>) plan.get("step")).get("index")).intValue());
        assertEquals("2026-11-30", plan.get("dueOn"), "Thursday + 2 days is Saturday: Monday");
        assertEquals(2, g.integer("touchCount"));
        var history = call("GET", "/api/prospects/" + grace + "/touches", ada, null).list("items");
        assertEquals(List.of("sent", "sent"), history.stream().map(t -> t.get("outcome")).toList());
        assertEquals(List.of("2026-11-26", "2026-11-24"), history.stream().map(t -> t.get("day")).toList());
        assertEquals("Grace, a note from Ada", history.get(0).get("note"));

        // Linus: both e-mail steps skipped, no touch; the outbox says why.
        Res l = call("GET", "/api/prospects/" + linus, ada, null);
        assertEquals(0, l.integer("touchCount"));
        assertEquals(List.of("skipped", "skipped", "due"), ((List<Map<String, Object>>) l.map("plan").get("steps")).stream()
                .map(s -> s.get("state")).toList());
        var linusSends = call("GET", "/api/outbox", ada, null).list("items").stream().filter(s -> linus.equals(s.get("prospectId"))).toList();
        assertEquals(2, linusSends.size());
        for (var s : linusSends) {
            assertEquals("suppressed", s.get("status"));
            assertTrue(((String) s.get("detail")).matches("address unsubscribed, bounced or complained; step [12] of 3 of the plan Auto skipped"),
                    (String) s.get("detail"));
        }
        var sent = call("GET", "/api/outbox", ada, null).list("items").stream().filter(s -> "sent".equals(s.get("status"))
                && ((String) s.get("id")).startsWith("STEP-")).toList();
        assertEquals(4, sent.size(), "two steps for each of two prospects, once each");
        assertTrue(sent.stream().anyMatch(s -> ((Number) s.get("attempts")).intValue() >= 2), "throttled, handed back, then sent");

        Res stats = call("GET", "/api/plans/" + id + "/stats", ada, null);
        var steps = stats.list("steps");
        assertEquals(List.of(2, 2, 0), steps.stream().map(s -> ((Number) s.get("done")).intValue()).toList());
        assertEquals(List.of(1, 1, 0), steps.stream().map(s -> ((Number) s.get("skipped")).intValue()).toList());
    }

    private Map<String, Object> run(Instant at) throws Exception {
        Res r = call("POST", "/local/scheduler/run?at=" + at, null, null);
        assertEquals(200, r.status(), r.raw().body());
        return r.body();
    }

    private SqsClient sqs() {
        return SqsClient.builder().endpointOverride(cloud.sqsEndpoint()).region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build();
    }

    /** SQS delivers at least once: every step message again, then the queue is drained. */
    private void redeliverStepMessages() throws Exception {
        signIn();
        var steps = call("GET", "/api/outbox", ada, null).list("items").stream().map(s -> (String) s.get("id"))
                .filter(s -> s.startsWith("STEP-")).toList();
        try (SqsClient sqs = sqs()) {
            String url = sqs.getQueueUrl(b -> b.queueName(LocalCloud.SEND_QUEUE)).queueUrl();
            for (String s : steps) {
                String body = Json.write(Map.of("repId", LocalTokens.subjectFor("ada@example.com"), "sendId", s));
                sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
            }
        }
        assertTrue(cloud.drainSendQueue(Duration.ofSeconds(60)));
    }

    /** A permanent bounce, as SES reports it through SNS on the send queue. */
    private void bounce(String address) throws Exception {
        try (SqsClient sqs = sqs()) {
            String url = sqs.getQueueUrl(b -> b.queueName(LocalCloud.SEND_QUEUE)).queueUrl();
            String event = Json.write(Map.of("eventType", "Bounce", "bounce", Map.of("bounceType", "Permanent",
                    "bouncedRecipients", List.of(Map.of("emailAddress", address)))));
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(Json.write(Map.of("Type", "Notification", "Message", event))));
        }
        assertTrue(cloud.drainSendQueue(Duration.ofSeconds(30)));
    }
}
