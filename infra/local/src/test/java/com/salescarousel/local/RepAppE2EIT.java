package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.local.LocalApi.Res;
import com.salescarousel.testing.DynamoDbFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The rep's app, finished (issue 10), over HTTP against the local cloud: concurrent touches are all
 * kept, undo recomputes the prospect, duplicates and every bad field are named, a sent template is
 * logged as `sent` with its subject, and its answer reaches the rep.
 */
class RepAppE2EIT {
    /** Tuesday 24 November 2026, 09:00 in London. */
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static LocalCloud cloud;
    private static LocalApi api;
    private static DynamoDbClient ddb;
    private static String ada, adaId, bob;

    @BeforeAll
    static void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, NOW, null));
        api = new LocalApi(cloud.url());
        ddb = DynamoDbFixture.client(cloud.dynamoDbEndpoint());
        var a = api.call("POST", "/local/login", null, "{\"email\":\"ada@example.com\",\"name\":\"Ada Lovelace\",\"timeZone\":\"Europe/London\"}");
        ada = a.str("token");
        adaId = a.str("repId");
        bob = api.login("{\"email\":\"bob@example.com\",\"name\":\"Bob\"}");
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static Res call(String method, String path, String token, String body, String... headers) throws Exception {
        return api.call(method, path, token, body, headers);
    }

    private static String create(String token, String json) throws Exception {
        Res r = call("POST", "/api/prospects", token, json);
        assertEquals(201, r.status(), r.raw().body());
        return r.str("id");
    }

    private static Res touch(String id, String json) throws Exception {
        Res r = call("POST", "/api/prospects/" + id + "/touches", ada, json);
        assertEquals(201, r.status(), r.raw().body());
        return r;
    }

    private static Map<String, Object> prospect(String id) throws Exception {
        return call("GET", "/api/prospects/" + id, ada, null).body();
    }

    private static int weekCounter(String week, String name) {
        var item = ddb.getItem(b -> b.tableName(LocalCloud.TABLE).consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS("REP#" + adaId), "SK", AttributeValue.fromS("STATS#" + week)))).item();
        return item == null || !item.containsKey(name) ? 0 : Integer.parseInt(item.get(name).n());
    }

    @Test
    void fortyTouches_fromTwentyClientsAtOnce_areAllKept() throws Exception {
        String id = create(ada, "{\"name\":\"Busy Bee\",\"tier\":\"active\"}");
        int before = weekCounter("2026-W48", "touches");
        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Integer>>> answers = new ArrayList<>();
        try {
            for (int c = 0; c < 20; c++) {
                int client = c;
                answers.add(clients.submit(() -> {
                    LocalApi own = new LocalApi(cloud.url());
                    go.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int n = 0; n < 2; n++) {
                        statuses.add(own.call("POST", "/api/prospects/" + id + "/touches", ada,
                                "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"idempotencyKey\":\"client-" + client + "-touch-" + n + "\"}").status());
                    }
                    return statuses;
                }));
            }
            long started = System.nanoTime();
            go.countDown();
            List<Integer> all = new ArrayList<>();
            for (var f : answers) all.addAll(f.get());
            System.out.printf("40 touches from 20 clients at once: %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
            assertEquals(List.of(201), all.stream().distinct().toList(), "every touch is stored; none is a 409 (or a 503)");
        } finally {
            clients.shutdownNow();
        }
        var p = prospect(id);
        assertEquals(40, ((Number) p.get("touchCount")).intValue());
        assertEquals(40, ((Number) p.get("touchesSinceResponse")).intValue());
        assertEquals(41, ((Number) p.get("version")).intValue(), "one version per touch, no lost update");
        assertEquals(40, call("GET", "/api/prospects/" + id + "/touches", ada, null).list("items").size());
        assertEquals(before + 40, weekCounter("2026-W48", "touches"));
    }

    @Test
    void aSecondProspectWithTheSameEmail_anyCase_is409_namingEmail_andTheExistingProspect() throws Exception {
        String mo = create(ada, "{\"name\":\"Mo Ahmad\",\"email\":\"Mo.Ahmad@Example.COM\"}");
        Res dup = call("POST", "/api/prospects", ada, "{\"name\":\"Mo\",\"email\":\"mo.ahmad@example.com\"}");
        assertEquals(409, dup.status());
        assertEquals("https://salescarousel.dev/problems/duplicate", dup.str("type"));
        assertEquals(Set.of("email"), dup.invalid());
        assertEquals(mo, dup.str("existingId"));

        String other = create(ada, "{\"name\":\"Ann\",\"email\":\"ann@example.com\"}");
        Res moved = call("PATCH", "/api/prospects/" + other, ada, "{\"email\":\"MO.AHMAD@example.com\"}", "If-Match", "1");
        assertEquals(409, moved.status());
        assertEquals(mo, moved.str("existingId"));
        assertEquals("ann@example.com", prospect(other).get("email"));
        create(bob, "{\"name\":\"Mo Ahmad\",\"email\":\"mo.ahmad@example.com\"}"); // another rep's list is another list

        assertEquals(204, call("DELETE", "/api/prospects/" + mo, ada, null).status());
        create(ada, "{\"name\":\"Mo again\",\"email\":\"mo.ahmad@example.com\"}");
    }

    @Test
    void everyBadField_isNamedAtOnce_onCreateAndOnPatch() throws Exception {
        Res created = call("POST", "/api/prospects", ada, "{\"name\":\"X\",\"email\":\"nope\",\"tier\":\"gold\"}");
        assertEquals(400, created.status());
        assertEquals(Set.of("email", "tier"), created.invalid());
        String id = create(ada, "{\"name\":\"Grace\"}");
        Res patched = call("PATCH", "/api/prospects/" + id, ada, "{\"email\":\"nope\",\"tier\":\"gold\"}", "If-Match", "1");
        assertEquals(400, patched.status());
        assertEquals(Set.of("email", "tier"), patched.invalid());
    }

    @Test
    void aLongNote_isRefusedWithAMessage_neverCut() throws Exception {
        String id = create(ada, "{\"name\":\"Grace\"}");
        Res r = call("POST", "/api/prospects/" + id + "/touches", ada,
                "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"note\":\"" + "n".repeat(2001) + "\"}");
        assertEquals(400, r.status());
        assertEquals("must be at most 2000 characters", r.list("invalid-params").get(0).get("reason"));
        assertEquals(0, call("GET", "/api/prospects/" + id + "/touches", ada, null).list("items").size());
    }

    @Test
    void notInterested_movesToNurture_andUndoRestoresThePropsectExactly() throws Exception {
        String id = create(ada, "{\"name\":\"Tim\",\"company\":\"CERN\",\"tier\":\"working\"}");
        var first = touch(id, "{\"channel\":\"call\",\"outcome\":\"replied\",\"note\":\"call me in spring\",\"at\":\"2026-11-20T10:00:00Z\"}");
        var before = prospect(id);
        var no = touch(id, "{\"channel\":\"meeting\",\"outcome\":\"not_interested\",\"note\":\"budget gone\"}");
        var moved = no.map("prospect");
        assertEquals("nurture", moved.get("tier"));
        assertEquals("2027-02-24", moved.get("nextDueOn"), "Tuesday 24 Nov + P3M");

        Res undone = call("DELETE", "/api/prospects/" + id + "/touches/" + no.map("touch").get("id"), ada, null);
        assertEquals(200, undone.status(), undone.raw().body());
        var after = undone.map("prospect");
        for (String f : List.of("tier", "nextDueOn", "cadenceDueOn", "lastTouchAt", "lastTouchOn", "lastTouchNote", "touchCount",
                "touchesSinceResponse", "status", "name", "company")) {
            assertEquals(before.get(f), after.get(f), f);
        }
        assertEquals(((Number) before.get("version")).intValue() + 2, ((Number) after.get("version")).intValue());
        assertEquals(List.of(first.map("touch").get("id")),
                call("GET", "/api/prospects/" + id + "/touches", ada, null).list("items").stream().map(t -> t.get("id")).toList());
        assertEquals(404, call("DELETE", "/api/prospects/" + id + "/touches/" + no.map("touch").get("id"), ada, null).status());
    }

    @Test
    void undoOfAnOlderTouch_recountsFromTheTouchesThatRemain_andANoteCanBeEdited() throws Exception {
        String id = create(ada, "{\"name\":\"Linus\",\"tier\":\"active\"}");
        var reply = touch(id, "{\"channel\":\"email\",\"outcome\":\"replied\",\"at\":\"2026-11-20T10:00:00Z\"}");
        touch(id, "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"at\":\"2026-11-23T10:00:00Z\"}");
        var last = touch(id, "{\"channel\":\"call\",\"outcome\":\"left_message\",\"note\":\"voicemail\"}").map("prospect");
        assertEquals(2, ((Number) last.get("touchesSinceResponse")).intValue());

        var after = call("DELETE", "/api/prospects/" + id + "/touches/" + reply.map("touch").get("id"), ada, null).map("prospect");
        assertEquals(2, ((Number) after.get("touchCount")).intValue());
        assertEquals(2, ((Number) after.get("touchesSinceResponse")).intValue(), "no response left");
        assertEquals(last.get("nextDueOn"), after.get("nextDueOn"), "the latest touch still decides: Tuesday + P7D");
        assertEquals("2026-12-01", after.get("nextDueOn"));

        String latestId = (String) call("GET", "/api/prospects/" + id + "/touches", ada, null).list("items").get(0).get("id");
        Res noted = call("PATCH", "/api/prospects/" + id + "/touches/" + latestId, ada, "{\"note\":\"voicemail; try Friday\"}");
        assertEquals(200, noted.status(), noted.raw().body());
        assertEquals("voicemail; try Friday", noted.map("touch").get("note"));
        assertEquals("voicemail; try Friday", prospect(id).get("lastTouchNote"));
        var agendaEntry = call("GET", "/api/agenda?date=2026-12-01", ada, null).list("due").stream()
                .filter(e -> id.equals(e.get("id"))).findFirst().orElseThrow();
        assertEquals("voicemail; try Friday", agendaEntry.get("lastNote"));
    }

    @Test
    void todaysProgress_countsDueTouchesDone() throws Exception {
        String rep = api.login("{\"email\":\"progress@example.com\",\"name\":\"Pat\",\"timeZone\":\"Europe/London\"}");
        List<String> ids = new ArrayList<>();
        for (String n : List.of("One", "Two", "Three")) ids.add(create(rep, "{\"name\":\"" + n + "\"}"));
        Res agenda = call("GET", "/api/agenda", rep, null);
        assertEquals(0, agenda.integer("done"));
        assertEquals(3, agenda.list("due").size());
        Res t = call("POST", "/api/prospects/" + ids.get(0) + "/touches", rep, "{\"channel\":\"call\",\"outcome\":\"no_answer\"}");
        call("POST", "/api/prospects/" + ids.get(1) + "/touches", rep, "{\"channel\":\"call\",\"outcome\":\"no_answer\"}");
        agenda = call("GET", "/api/agenda", rep, null);
        assertEquals(2, agenda.integer("done"), "2 of 3 done");
        assertEquals(1, agenda.list("due").size());
        call("DELETE", "/api/prospects/" + ids.get(0) + "/touches/" + t.map("touch").get("id"), rep, null);
        agenda = call("GET", "/api/agenda", rep, null);
        assertEquals(1, agenda.integer("done"), "undone: 1 of 3");
        assertEquals(2, agenda.list("due").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSentTemplate_isLoggedAsSentWithItsSubject_andTheAnswerReachesTheRep() throws Exception {
        String id = create(ada, "{\"name\":\"Grace Hopper\",\"company\":\"Navy\",\"email\":\"grace@navy.example\"}");
        Res tpl = call("POST", "/api/templates", ada,
                "{\"name\":\"Follow-up\",\"subject\":\"{{prospect.firstName}}, about {{prospect.company}}\",\"bodyText\":\"Hi\\n\\n{{relevantInfo}}\\n\\n{{rep.name}}\"}");
        assertEquals(201, tpl.status(), tpl.raw().body());
        Res queued = call("POST", "/api/prospects/" + id + "/send", ada, "{\"templateId\":\"" + tpl.str("id") + "\",\"relevantInfo\":\"COBOL turns 67\"}");
        assertEquals(202, queued.status(), queued.raw().body());
        assertTrue(cloud.drainSendQueue(Duration.ofSeconds(30)));

        var touches = call("GET", "/api/prospects/" + id + "/touches", ada, null).list("items");
        assertEquals(1, touches.size());
        assertEquals("email", touches.get(0).get("channel"));
        assertEquals("sent", touches.get(0).get("outcome"));
        assertEquals("Grace, about Navy", touches.get(0).get("note"), "the subject actually sent");
        assertNull(prospect(id).get("lastResponseAt"));
        assertEquals(1, ((Number) prospect(id).get("touchesSinceResponse")).intValue(), "sent is not a response");

        var mails = cloud.ses().outbox().stream().filter(m -> m.to().contains("grace@navy.example")).toList();
        assertEquals(1, mails.size());
        var mail = mails.get(0);
        assertEquals("\"Ada Lovelace\" <carousel@localhost>", mail.from(), "the system's verified sender, in the rep's name");
        assertEquals(List.of("ada@example.com"), mail.replyTo());
        assertEquals("ada@example.com", mail.headers().get("Reply-To"));
        assertEquals("\"Ada Lovelace\" <carousel@localhost>", mail.headers().get("From"));
        var outbox = (List<Map<String, Object>>) (List<?>) com.salescarousel.json.Json.object("{\"l\":" + new String(
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(cloud.url().resolve("/local/outbox?to=grace@navy.example")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body()) + "}").get("l");
        assertEquals("ada@example.com", ((Map<String, Object>) outbox.get(0).get("headers")).get("Reply-To"), "as GET /local/outbox shows it");
    }
}
