package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import com.salescarousel.local.LocalApi.Res;
import com.salescarousel.testing.DynamoDbFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * End to end over HTTP against the running local cloud, as the app and curl use it: two reps,
 * real tokens, the production handler, DynamoDB Local underneath.
 */
class LocalCloudE2EIT {
    private static LocalCloud cloud;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DynamoDbClient ddb;
    private static String ada, bob, adaId;

    @BeforeAll
    static void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, java.time.Instant.parse("2026-11-24T09:00:00Z"), null));
        ddb = DynamoDbFixture.client(cloud.dynamoDbEndpoint());
        var a = call("POST", "/local/login", null, "{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"timeZone\":\"Europe/London\"}");
        ada = a.str("token");
        adaId = a.str("repId");
        bob = call("POST", "/local/login", null, "{\"email\":\"bob@example.com\",\"name\":\"Bob\",\"org\":\"other\"}").str("token");
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    static Res call(String method, String path, String token, String body, String... headers) throws IOException, InterruptedException {
        return new LocalApi(cloud.url()).call(method, path, token, body, headers);
    }

    private static Res create(String token, String json) throws Exception {
        return call("POST", "/api/prospects", token, json);
    }

    private static int adaItems() {
        return DynamoDbFixture.itemsOf(ddb, LocalCloud.TABLE, adaId);
    }

    @Test
    void noToken_badToken_forgedToken_are401() throws Exception {
        assertEquals(401, call("GET", "/api/agenda", null, null).status());
        assertEquals(401, call("GET", "/api/agenda", "not.a.jwt", null).status());
        String forged = ada.substring(0, ada.length() - 4) + (ada.endsWith("AAAA") ? "BBBB" : "AAAA");
        Res r = call("GET", "/api/agenda", forged, null);
        assertEquals(401, r.status());
        assertEquals("application/problem+json", r.raw().headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void prospect_createReadListUpdateDelete() throws Exception {
        Res created = create(ada, "{\"name\":\"Grace Hopper\",\"company\":\"Navy\",\"email\":\"grace@navy.example\",\"tier\":\"working\",\"tags\":[\"cobol\"]}");
        assertEquals(201, created.status());
        String id = created.str("id");
        assertEquals("2026-11-24", created.str("nextDueOn"));
        assertEquals("\"1\"", created.raw().headers().firstValue("etag").orElseThrow());

        Res read = call("GET", "/api/prospects/" + id, ada, null);
        assertEquals(200, read.status());
        assertEquals("Grace Hopper", read.str("name"));
        assertTrue(read.body().containsKey("phone") && read.body().get("phone") == null, "absent fields are null, not missing");

        assertTrue(call("GET", "/api/prospects?q=hopper", ada, null).list("items").stream().anyMatch(p -> id.equals(p.get("id"))));

        Res updated = call("PATCH", "/api/prospects/" + id, ada, "{\"tier\":\"active\",\"company\":null}", "If-Match", "\"1\"");
        assertEquals(200, updated.status(), updated.raw().body());
        assertEquals(2, updated.integer("version"));
        assertEquals("active", updated.str("tier"));
        assertNull(updated.body().get("company"));
        assertEquals("2026-12-01", updated.str("nextDueOn"), "never touched: creation day + the new cadence");

        Res stale = call("PATCH", "/api/prospects/" + id, ada, "{\"name\":\"Stale\"}", "If-Match", "1");
        assertEquals(409, stale.status());
        assertEquals("Grace Hopper", call("GET", "/api/prospects/" + id, ada, null).str("name"));

        Res noVersion = call("PATCH", "/api/prospects/" + id, ada, "{\"name\":\"X\"}");
        assertEquals(428, noVersion.status());
        assertEquals(Set.of("If-Match"), noVersion.invalid());

        assertEquals(204, call("DELETE", "/api/prospects/" + id, ada, null).status());
        assertEquals(404, call("GET", "/api/prospects/" + id, ada, null).status());
        assertEquals(404, call("DELETE", "/api/prospects/" + id, ada, null).status());
    }

    @Test
    void create_replayedIdempotencyKey_is200WithTheFirst_andNoOpPatchKeepsTheVersion() throws Exception {
        Res first = create(ada, "{\"name\":\"Offline add\",\"tags\":[\"a\"],\"idempotencyKey\":\"pwa-create-0001\"}");
        assertEquals(201, first.status());
        int items = adaItems();
        Res again = create(ada, "{\"name\":\"Offline add\",\"tags\":[\"a\"],\"idempotencyKey\":\"pwa-create-0001\"}");
        assertEquals(200, again.status());
        assertEquals(first.str("id"), again.str("id"));
        assertEquals(items, adaItems());
        String id = first.str("id");
        Res noop = call("PATCH", "/api/prospects/" + id, ada, "{\"status\":\"open\"}", "If-Match", "1");
        assertEquals(1, noop.integer("version"), "nothing changed, so no new version for other devices to trip on");
        Res cleared = call("PATCH", "/api/prospects/" + id, ada, "{\"tags\":\"\"}", "If-Match", "1");
        assertEquals(200, cleared.status(), cleared.raw().body());
        assertEquals(List.of(), cleared.body().get("tags"));
    }

    @Test
    void anotherRepsProspect_isNotFoundForEveryVerb() throws Exception {
        String id = create(ada, "{\"name\":\"Ada's secret lead\"}").str("id");
        int before = adaItems();
        assertEquals(404, call("GET", "/api/prospects/" + id, bob, null).status());
        assertEquals(404, call("PATCH", "/api/prospects/" + id, bob, "{\"name\":\"mine now\"}", "If-Match", "1").status());
        assertEquals(404, call("POST", "/api/prospects/" + id + "/touches", bob, "{\"channel\":\"call\",\"outcome\":\"no_answer\"}").status());
        assertEquals(404, call("GET", "/api/prospects/" + id + "/touches", bob, null).status());
        assertEquals(404, call("DELETE", "/api/prospects/" + id, bob, null).status());
        assertFalse(call("GET", "/api/prospects?limit=100", bob, null).list("items").stream().anyMatch(p -> id.equals(p.get("id"))));
        assertEquals(before, adaItems());
        assertEquals("Ada's secret lead", call("GET", "/api/prospects/" + id, ada, null).str("name"));
    }

    @Test
    void touch_movesProspectOffTodaysAgenda_andReplayWritesNothing() throws Exception {
        String id = create(ada, "{\"name\":\"Linus\",\"tier\":\"active\"}").str("id");
        assertTrue(agendaIds(ada, null, "due").contains(id));

        String touch = "{\"channel\":\"call\",\"outcome\":\"left_message\",\"note\":\"voicemail\",\"idempotencyKey\":\"e2e-touch-0001\"}";
        Res logged = call("POST", "/api/prospects/" + id + "/touches", ada, touch);
        assertEquals(201, logged.status(), logged.raw().body());
        assertEquals("2026-12-01", logged.map("prospect").get("nextDueOn"));
        assertEquals(1, ((Number) logged.map("prospect").get("touchesSinceResponse")).intValue());
        assertFalse(agendaIds(ada, null, "due").contains(id));
        assertTrue(agendaIds(ada, "2026-12-01", "due").contains(id));

        int items = adaItems();
        Res replay = call("POST", "/api/prospects/" + id + "/touches", ada, touch);
        assertEquals(200, replay.status());
        assertEquals(logged.map("touch").get("id"), replay.map("touch").get("id"));
        assertEquals(items, adaItems());
        Res history = call("GET", "/api/prospects/" + id + "/touches", ada, null);
        assertEquals(1, history.list("items").size());
        assertEquals("voicemail", history.list("items").get(0).get("note"));

        Res future = call("POST", "/api/prospects/" + id + "/touches", ada,
                "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"at\":\"2030-01-01T00:00:00Z\"}");
        assertEquals(400, future.status());
        assertEquals(Set.of("at"), future.invalid());
        assertEquals(items, adaItems());
    }

    @Test
    void lostDeal_isDueForAReferralAsk_thenThatTouchMovesItToNurture() throws Exception {
        String id = create(ada, "{\"name\":\"Tim\",\"company\":\"CERN\",\"tier\":\"working\"}").str("id");
        String today = (String) call("GET", "/api/agenda", ada, null).body().get("date");
        Res touched = call("POST", "/api/prospects/" + id + "/touches", ada, "{\"channel\":\"meeting\",\"outcome\":\"not_interested\"}");
        assertFalse(agendaIds(ada, null, "due").contains(id));
        Res lost = call("PATCH", "/api/prospects/" + id, ada, "{\"status\":\"lost\"}",
                "If-Match", "\"" + touched.map("prospect").get("version") + "\"");
        assertEquals(200, lost.status(), lost.raw().body());
        assertEquals("lost", lost.str("status"));
        assertEquals("working", lost.str("tier"), "not moved yet: the referral ask comes first");
        assertEquals(today, lost.str("nextDueOn"));
        assertTrue(agendaIds(ada, null, "due").contains(id), "back on today's agenda for the ask");
        Res asked = call("POST", "/api/prospects/" + id + "/touches", ada, "{\"channel\":\"call\",\"outcome\":\"replied\",\"note\":\"referred us to Robert\"}");
        assertEquals(201, asked.status(), asked.raw().body());
        assertEquals("nurture", asked.map("prospect").get("tier"));
        assertTrue(((String) asked.map("prospect").get("nextDueOn")).compareTo(java.time.LocalDate.parse(today).plusMonths(3).toString()) >= 0,
                asked.raw().body());
    }

    /** The hosted-UI stand-in checks PKCE like Cognito: a wrong verifier and a reused code are refused. */
    @Test
    void hostedUiSignIn_codeWithPkce_isSingleUse_andChecksTheVerifier() throws Exception {
        String verifier = "a".repeat(20) + "-verifier-" + "b".repeat(30);
        String challenge = LocalHostedUi.s256(verifier);
        String redirect = cloud.url() + "/";
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        java.util.function.Function<String, HttpRequest> form = body -> HttpRequest.newBuilder(URI.create(cloud.url() + "/local/oauth2/authorize"))
                .header("content-type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        String authorize = "client_id=carousel-local&redirect_uri=" + java.net.URLEncoder.encode(redirect, java.nio.charset.StandardCharsets.UTF_8)
                + "&state=s1&code_challenge_method=S256&code_challenge=" + challenge + "&email=pkce%40example.com&name=Pat";
        HttpResponse<String> back = noRedirects.send(form.apply(authorize), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, back.statusCode());
        String location = back.headers().firstValue("location").orElseThrow();
        assertTrue(location.startsWith(redirect + "?code=") && location.endsWith("&state=s1"), location);
        String code = location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));
        java.util.function.BiFunction<String, String, Res> token = (c, v) -> {
            try {
                var r = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.url() + "/local/oauth2/token")).header("content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=carousel-local&code=" + c
                                + "&code_verifier=" + v + "&redirect_uri=" + java.net.URLEncoder.encode(redirect, java.nio.charset.StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Res(r.statusCode(), Json.object(r.body()), r);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Res wrong = token.apply(code, "x".repeat(50));
        assertEquals(400, wrong.status());
        assertEquals("invalid_grant", wrong.str("error"));
        assertEquals("invalid_grant", token.apply(code, verifier).str("error"), "the code was spent by the failed attempt");

        String second = noRedirects.send(form.apply(authorize), HttpResponse.BodyHandlers.ofString()).headers().firstValue("location").orElseThrow();
        String code2 = second.substring(second.indexOf("code=") + 5, second.indexOf("&state"));
        Res ok = token.apply(code2, verifier);
        assertEquals(200, ok.status(), ok.raw().body());
        assertEquals(200, call("GET", "/api/me", ok.str("id_token"), null).status());
        assertEquals("invalid_grant", token.apply(code2, verifier).str("error"), "single use");
        assertEquals(400, noRedirects.send(HttpRequest.newBuilder(URI.create(cloud.url() + "/local/oauth2/authorize?client_id=carousel-local&redirect_uri=https%3A%2F%2Fevil.example%2F&code_challenge_method=S256&code_challenge=" + challenge)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a foreign redirect URI is refused");
    }

    @Test
    void agenda_followsTheClock_overdueThenDue() throws Exception {
        Res me = call("GET", "/api/me", ada, null);
        assertEquals("Europe/London", me.str("timeZone"));
        String early = create(ada, "{\"name\":\"Early bird\",\"tier\":\"active\"}").str("id");
        Res a = call("GET", "/api/agenda?date=2026-11-27", ada, null);
        assertTrue(a.list("overdue").stream().anyMatch(e -> early.equals(e.get("id")) && ((Number) e.get("daysOverdue")).intValue() == 3));
        assertEquals(400, call("GET", "/api/agenda?date=tomorrow", ada, null).status());
    }

    @Test
    void badInput_is400NamingTheField_andWritesNothing() throws Exception {
        int before = adaItems();
        Res malformed = create(ada, "{\"name\": \"Grace\", ");
        assertEquals(400, malformed.status());
        assertEquals(Set.of("body"), malformed.invalid());
        assertEquals(Set.of("name", "tags"), create(ada, "{\"name\":[1],\"tags\":\"not-a-list\"}").invalid());
        Res tier = create(ada, "{\"name\":\"Grace\",\"tier\":\"platinum\"}");
        assertEquals(400, tier.status());
        assertEquals(Set.of("tier"), tier.invalid());
        assertEquals(Set.of("email"), create(ada, "{\"name\":\"Grace\",\"email\":\"grace-at-navy\"}").invalid());
        assertEquals(Set.of("name"), create(ada, "{\"company\":\"Navy\"}").invalid());
        assertEquals(Set.of("digestHour", "timeZone"), call("PUT", "/api/me", ada, "{\"digestHour\":25,\"timeZone\":\"Mars/Olympus\"}").invalid());
        assertEquals(Set.of("tier"), call("GET", "/api/prospects?tier=platinum", ada, null).invalid(), "a misspelt filter is named, not an empty list");
        assertEquals(before, adaItems());
        assertEquals(413, create(ada, "{\"name\":\"" + "x".repeat(70_000) + "\"}").status());
        assertEquals(before, adaItems());
    }

    @Test
    void list_paginatesWithOpaqueCursor() throws Exception {
        String token = call("POST", "/local/login", null, "{\"email\":\"pager@example.com\"}").str("token");
        for (int i = 0; i < 5; i++) assertEquals(201, create(token, "{\"name\":\"Page " + i + "\"}").status());
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Res page = call("GET", "/api/prospects?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), token, null);
            page.list("items").forEach(p -> names.add((String) p.get("name")));
            cursor = page.str("cursor");
            pages++;
        } while (cursor != null);
        assertEquals(List.of("Page 0", "Page 1", "Page 2", "Page 3", "Page 4"), names);
        assertEquals(3, pages);
        assertEquals(Set.of("limit"), call("GET", "/api/prospects?limit=0", token, null).invalid());
        assertEquals(Set.of("cursor"), call("GET", "/api/prospects?cursor=bogus", token, null).invalid());
    }

    @Test
    void tiers_managersChangeThem_repsCannot() throws Exception {
        String boss = call("POST", "/local/login", null, "{\"email\":\"boss@example.com\",\"role\":\"manager\",\"org\":\"local\"}").str("token");
        String body = "{\"tiers\":[{\"key\":\"active\",\"label\":\"Active\",\"cadence\":\"P7D\"},{\"key\":\"working\",\"label\":\"Working\",\"cadence\":\"P1M\"},"
                + "{\"key\":\"nurture\",\"label\":\"Nurture\",\"cadence\":\"P3M\"},{\"key\":\"long-shot\",\"label\":\"Long shot\",\"cadence\":\"P6W\"}]}";
        assertEquals(403, call("PUT", "/api/tiers", ada, body).status());
        Res put = call("PUT", "/api/tiers", boss, body);
        assertEquals(200, put.status(), put.raw().body());
        Res created = create(ada, "{\"name\":\"Maybe someday\",\"tier\":\"long-shot\"}");
        assertEquals(201, created.status(), "ada is in org 'local' too, so the new tier applies to her");
        assertEquals(400, call("PUT", "/api/tiers", boss, "{\"tiers\":[{\"key\":\"active\",\"label\":\"Active\",\"cadence\":\"P7D\"}]}").status());
        assertEquals(List.of("active", "working", "nurture"),
                call("GET", "/api/tiers", bob, null).list("tiers").stream().map(t -> t.get("key")).toList(), "bob's org keeps the defaults");
    }

    @Test
    void app_isServedWithSecurityHeaders_andNoPathTraversal() throws Exception {
        Res index = call("GET", "/", null, null);
        assertEquals(200, index.status());
        assertTrue(index.raw().body().contains("<html"));
        assertTrue(index.raw().headers().firstValue("content-security-policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, call("GET", "/manifest.webmanifest", null, null).status());
        assertNotEquals(200, call("GET", "/..%2f..%2fpom.xml", null, null).status());
        assertEquals(404, call("GET", "/local/nothing", null, null).status());
        assertEquals(404, call("GET", "/README.md", null, null).status());
        assertEquals(404, call("GET", "/test/smoke.mjs", null, null).status());
    }

    private static List<Object> agendaIds(String token, String date, String section) throws Exception {
        Res a = call("GET", "/api/agenda" + (date == null ? "" : "?date=" + date), token, null);
        assertEquals(200, a.status());
        return a.list(section).stream().map(e -> e.get("id")).toList();
    }
}
