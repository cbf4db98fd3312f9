package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.prospect.ProspectStore.ProspectFilter;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.Send;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.EventFiles;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API's fast tier: {@link ProspectsApiHandler} fed HTTP API payload 2.0 events from JSON files
 * (as API Gateway sends them, JWT claims included), wired by a test component to the in-memory
 * stores and a recording send queue. No emulator: events in, responses out, then a look at what the
 * stores hold.
 */
class ProspectsApiHandlerTest {
    private static final String ADA = "6b8e0f5a-1111-4c1e-9f00-0000000000ad";
    /** Tuesday 24 November 2026, 09:15 UTC: Ada has no profile yet, so her zone is UTC. */
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final UnsubscribeTokens TOKENS = new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    private InMemoryStores stores;
    private RecordingSendQueue queue;
    private TestClock clock;
    private ProspectsApiHandler handler;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        queue = new RecordingSendQueue();
        clock = new TestClock(NOW);
        handler = new ProspectsApiHandler(DaggerInMemoryProspectsApiComponent.factory()
                .create(stores, queue, TOKENS, PushSettings.OFF, clock));
    }

    /** Sends {@code events/<file>.json}, its {@code ${name}} placeholders filled from name/value pairs. */
    private APIGatewayV2HTTPResponse call(String file, String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.put(namesAndValues[i], namesAndValues[i + 1]);
        return handler.handleRequest(EventFiles.event(APIGatewayV2HTTPEvent.class, "events/" + file + ".json", values), null);
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse r) {
        return Json.object(r.getBody());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> m, String field) {
        return (Map<String, Object>) m.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String field) {
        return (List<Map<String, Object>>) m.get(field);
    }

    private static List<Object> ids(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> e.get("id")).toList();
    }

    private static int number(Map<String, Object> m, String field) {
        return ((Number) m.get(field)).intValue();
    }

    /** A problem document (RFC 9457) with this status, never cached. */
    private static Map<String, Object> problem(APIGatewayV2HTTPResponse r, int status) {
        assertEquals(status, r.getStatusCode(), r.getBody());
        assertEquals("application/problem+json", r.getHeaders().get("content-type"));
        assertEquals("no-store", r.getHeaders().get("cache-control"));
        Map<String, Object> p = body(r);
        assertEquals(status, number(p, "status"));
        assertTrue(((String) p.get("type")).startsWith("https://salescarousel.dev/problems/"), p.toString());
        return p;
    }

    private static Set<Object> invalidFields(APIGatewayV2HTTPResponse r, int status) {
        return Set.copyOf(list(problem(r, status), "invalid-params").stream().map(p -> p.get("name")).toList());
    }

    private String createGrace() {
        var r = call("create-prospect");
        assertEquals(201, r.getStatusCode(), r.getBody());
        return (String) body(r).get("id");
    }

    private Map<String, Object> agendaOn(String date) {
        var r = call("agenda-for-date", "date", date);
        assertEquals(200, r.getStatusCode(), r.getBody());
        return body(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"create-prospect", "create-prospect-base64-stage"})
    void create_is201WithIdNextDueOnAndVersion_andStoresTheProspect(String file) {
        var r = call(file);
        assertEquals(201, r.getStatusCode(), r.getBody());
        var p = body(r);
        String id = (String) p.get("id");
        assertTrue(id.matches("[0-9A-HJKMNP-TV-Z]{26}"), id);
        assertEquals("application/json", r.getHeaders().get("content-type"));
        assertEquals("no-store", r.getHeaders().get("cache-control"));
        assertEquals("/api/prospects/" + id, r.getHeaders().get("location"));
        assertEquals("\"1\"", r.getHeaders().get("etag"));
        assertEquals("Grace Hopper", p.get("name"));
        assertEquals("US Navy", p.get("company"));
        assertEquals("grace@navy.example", p.get("email"));
        assertEquals("working", p.get("tier"));
        assertEquals("open", p.get("status"));
        assertEquals(List.of("cobol"), p.get("tags"));
        assertEquals("2026-11-24", p.get("nextDueOn"), "due the day it is created");
        assertEquals(1, number(p, "version"));
        assertEquals("Grace Hopper", stores.prospects().find(ADA, id).orElseThrow().name());
        assertEquals(4, stores.itemsOf(ADA), "the prospect, the rep's first-seen profile, the hold on Grace's e-mail and the week's counters (added)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "create-prospect-bad-fields; name,email,tier,shoeSize",
        "create-prospect-every-field-bad; name,email,phone,tags[1],notes,tier,shoeSize",
        "create-prospect-malformed; body",
        "create-prospect-unknown-tier; tier"})
    void create_withBadInput_is400NamingEveryBadField_andStoresNoProspect(String file, String fields) {
        var r = call(file);
        assertEquals(Set.of((Object[]) fields.split(",")), invalidFields(r, 400));
        assertEquals("Invalid request", body(r).get("title"));
        assertEquals(List.of(), stores.prospects().list(ADA, new ProspectFilter(null, null), 10, null).items());
    }

    @Test
    void anyRoute_withoutJwtClaims_is401() {
        problem(call("agenda-no-authorizer"), 401);
        assertEquals(0, stores.itemsOf(ADA));
    }

    @Test
    void anotherRepsProspect_is404_exactlyLikeAnUnknownId_andStaysUntouched() {
        String id = createGrace();
        var bobsRead = problem(call("get-prospect-as-bob", "prospectId", id), 404);
        var unknown = problem(call("get-prospect", "prospectId", "01KC0000000000000000000000"), 404);
        var notAnId = problem(call("get-prospect", "prospectId", "not-an-id"), 404);
        assertEquals(unknown.get("title"), bobsRead.get("title"));
        assertEquals(unknown.get("type"), bobsRead.get("type"));
        assertEquals(unknown.get("type"), notAnId.get("type"));
        problem(call("patch-prospect-as-bob", "prospectId", id), 404);
        problem(call("delete-prospect-as-bob", "prospectId", id), 404);
        var mine = call("get-prospect", "prospectId", id);
        assertEquals(200, mine.getStatusCode());
        assertEquals("Grace Hopper", body(mine).get("name"));
        assertEquals(1, number(body(mine), "version"));
    }

    @Test
    void touch_movesTheProspectFromTodaysAgendaToItsNextDueDay() {
        String id = createGrace();
        var today = agendaOn("2026-11-24");
        assertEquals(List.of(id), ids(list(today, "due")));
        assertEquals(List.of(), list(today, "overdue"));

        var r = call("log-touch", "prospectId", id);
        assertEquals(201, r.getStatusCode(), r.getBody());
        assertEquals("\"2\"", r.getHeaders().get("etag"));
        var touch = part(body(r), "touch");
        assertEquals("call", touch.get("channel"));
        assertEquals("left_message", touch.get("outcome"));
        assertEquals("2026-11-24", touch.get("day"));
        var prospect = part(body(r), "prospect");
        // Working tier, P1M: 24 Nov + 1 month = Thursday 24 Dec, a weekday, so it stays.
        assertEquals("2026-12-24", prospect.get("nextDueOn"));
        assertEquals(1, number(prospect, "touchCount"));
        assertEquals(2, number(prospect, "version"));

        assertEquals(List.of(), list(agendaOn("2026-11-24"), "due"), "she has left today's carousel");
        assertEquals(List.of(id), ids(list(agendaOn("2026-12-24"), "due")));
        var later = list(agendaOn("2026-12-28"), "overdue");
        assertEquals(List.of(id), ids(later));
        assertEquals(4, number(later.get(0), "daysOverdue"));
    }

    @Test
    void touch_replayedFromThePhone_is200WithTheFirstTouch_andCountsOnce() {
        String id = createGrace();
        var first = call("log-touch", "prospectId", id);
        clock.advance(Duration.ofMinutes(3));
        var again = call("log-touch", "prospectId", id);
        assertEquals(201, first.getStatusCode());
        assertEquals(200, again.getStatusCode(), again.getBody());
        assertEquals(part(body(first), "touch").get("id"), part(body(again), "touch").get("id"));
        var history = call("touch-history", "prospectId", id);
        assertEquals(1, list(body(history), "items").size());
        assertEquals(1, stores.prospects().find(ADA, id).orElseThrow().touchCount());
        assertEquals(Map.of("call", 1L), stores.metrics().published().stream()
                .map(p -> p.tally().touchesByChannel()).filter(m -> !m.isEmpty()).findFirst().orElseThrow(), "TouchesLogged by channel");
        assertEquals(1, stores.metrics().touches("call"), "the replay counts nothing");
    }

    @Test
    void patch_needsTheVersionItChanges_staleIs409_missingIs428() {
        String id = createGrace();
        var moved = call("patch-prospect", "prospectId", id, "version", "1");
        assertEquals(200, moved.getStatusCode(), moved.getBody());
        assertEquals("active", body(moved).get("tier"));
        // Never touched: the new weekly cadence counts from creation, 24 Nov + 7 days.
        assertEquals("2026-12-01", body(moved).get("nextDueOn"));
        assertEquals("\"2\"", moved.getHeaders().get("etag"));

        assertEquals("Version conflict", problem(call("patch-prospect", "prospectId", id, "version", "1"), 409).get("title"));
        assertEquals(Set.of("If-Match"), invalidFields(call("patch-prospect-without-if-match", "prospectId", id), 428));
        assertEquals(2, stores.prospects().find(ADA, id).orElseThrow().version());
    }

    @Test
    void list_pagesThroughTheRepsProspectsWithAnOpaqueCursor() {
        for (String name : List.of("Ada Byron", "Bea Brown", "Cy Young")) {
            assertEquals(201, call("create-prospect-named", "name", name, "company", "Acme", "tier", "nurture").getStatusCode());
            clock.advance(Duration.ofMillis(5)); // ids sort by creation
        }
        var first = body(call("list-prospects-first-page"));
        assertEquals(List.of("Ada Byron", "Bea Brown"), list(first, "items").stream().map(p -> p.get("name")).toList());
        String cursor = (String) first.get("cursor");
        assertNotNull(cursor);
        assertNotEquals(list(first, "items").get(1).get("id"), cursor, "the cursor is opaque, not an id");
        var next = body(call("list-prospects-next-page", "cursor", cursor));
        assertEquals(List.of("Cy Young"), list(next, "items").stream().map(p -> p.get("name")).toList());
        assertTrue(next.containsKey("cursor"));
        assertNull(next.get("cursor"), "the last page says so");
        assertEquals(Set.of("cursor"), invalidFields(call("list-prospects-next-page", "cursor", "not-a-cursor"), 400));
    }

    @Test
    void putTiers_byARep_is403_andTheTiersStay() {
        assertEquals("Forbidden", problem(call("tiers-put-by-rep"), 403).get("title"));
        var tiers = call("tiers-get");
        assertEquals(200, tiers.getStatusCode());
        assertEquals(List.of("active", "working", "customer", "nurture"), list(body(tiers), "tiers").stream().map(t -> t.get("key")).toList());
    }

    @Test
    void putTiers_byAManager_replacesThem_andTheTeamCanUseTheNewTier() {
        var r = call("tiers-put-by-manager");
        assertEquals(200, r.getStatusCode(), r.getBody());
        // The event's list predates the customer tier: it is kept, before the last tier (DESIGN 7.3).
        assertEquals(List.of("active", "circle", "working", "customer", "nurture"), list(body(r), "tiers").stream().map(t -> t.get("key")).toList());
        assertEquals(List.of("active", "circle", "working", "customer", "nurture"), stores.tiers().of("acme").keys());
        var created = call("create-prospect-named", "name", "Linus", "company", "Kernel", "tier", "circle");
        assertEquals(201, created.getStatusCode(), created.getBody());
        assertEquals("circle", body(created).get("tier"));
    }

    @Test
    void putTemplate_needsTheVersionItReplaces() {
        var created = call("template-create");
        assertEquals(201, created.getStatusCode(), created.getBody());
        String id = (String) body(created).get("id");
        assertEquals("/api/templates/" + id, created.getHeaders().get("location"));
        assertEquals(true, body(created).get("needsRelevantInfo"));

        assertEquals(Set.of("If-Match"), invalidFields(call("template-put-without-if-match", "templateId", id), 428));
        var replaced = call("template-put", "templateId", id, "version", "1");
        assertEquals(200, replaced.getStatusCode(), replaced.getBody());
        assertEquals("News for {{prospect.company}}", body(replaced).get("subject"));
        assertEquals(2, number(body(replaced), "version"));
        problem(call("template-put", "templateId", id, "version", "1"), 409);
        assertEquals(2, stores.templates().find("acme", id).orElseThrow().version());
    }

    @Test
    void sendTouchMail_is202_queuesOneMessage_andARetryQueuesNoSecondMail() {
        String id = createGrace();
        String template = (String) body(call("template-create")).get("id");
        var r = call("send-touch-mail", "prospectId", id, "templateId", template, "relevantInfo", "Your COBOL talk is on our reading list.");
        assertEquals(202, r.getStatusCode(), r.getBody());
        assertEquals("queued", body(r).get("status"));
        assertEquals("touch", body(r).get("kind"));
        String sendId = (String) body(r).get("id");
        assertEquals(List.of(new RecordingSendQueue.Message(ADA, sendId)), queue.messages());
        assertEquals(Send.Status.QUEUED, stores.sends().find(ADA, sendId).orElseThrow().status());

        var again = call("send-touch-mail", "prospectId", id, "templateId", template, "relevantInfo", "Your COBOL talk is on our reading list.");
        assertEquals(sendId, body(again).get("id"));
        assertEquals(1, stores.sends().recent(ADA, 10).size(), "one send record: the sender ignores the queued duplicate");
    }

    @Test
    void sendTouchMail_withBlankRelevantInfo_is400_andNothingIsQueued() {
        String id = createGrace();
        String template = (String) body(call("template-create")).get("id");
        var r = call("send-touch-mail", "prospectId", id, "templateId", template, "relevantInfo", "  ");
        assertEquals(Set.of("relevantInfo"), invalidFields(r, 400));
        assertEquals(List.of(), queue.messages());
        assertEquals(List.of(), stores.sends().recent(ADA, 10));
    }

    @Test
    void unsubscribe_isPublic_andOptsTheAddressOutOfThatOrgOnly() {
        var r = call("unsubscribe-one-click", "token", TOKENS.issue("acme", "grace@navy.example"));
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertTrue(r.getHeaders().get("content-type").startsWith("text/html"));
        assertTrue(r.getBody().contains("grace@navy.example"), r.getBody());
        assertTrue(stores.suppressions().isSuppressed("acme", "grace@navy.example"));
        assertFalse(stores.suppressions().isSuppressed("globex", "grace@navy.example"));
    }

    @Test
    void unsubscribe_withATamperedToken_is404_andSuppressesNobody() {
        String token = TOKENS.issue("acme", "grace@navy.example");
        String tampered = TOKENS.issue("acme", "linus@kernel.example").split("\\.")[0] + "." + token.split("\\.")[1];
        assertEquals(404, call("unsubscribe-one-click", "token", tampered).getStatusCode());
        assertFalse(stores.suppressions().isSuppressed("acme", "linus@kernel.example"));
    }
}
