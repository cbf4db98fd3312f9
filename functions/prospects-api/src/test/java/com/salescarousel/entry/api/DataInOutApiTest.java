package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.IcsFeeds;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 through the handler on the in-memory stores: imports of real-world files, re-imports,
 * export round trips, vCards, the calendar feed, time-away settings and erasure.
 */
class DataInOutApiTest {
    /** Monday 30 November 2026, 09:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UnsubscribeTokens TOKENS = new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    private InMemoryStores stores;
    private ProspectsApi api;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        api = DaggerInMemoryProspectsApiComponent.factory().create(stores, new RecordingSendQueue(), TOKENS, PushSettings.OFF, new TestClock(NOW))
                .prospectsApi();
    }

    static String fixture(String name) {
        try (InputStream in = DataInOutApiTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static APIGatewayV2HTTPEvent.RequestContext event(String rep, String method) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).build());
        if (rep != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT
                    .builder().withClaims(Map.of("sub", rep, "custom:org", "acme", "email", rep + "@example.com", "name", rep)).build()).build());
        }
        return context.build();
    }

    APIGatewayV2HTTPResponse call(String rep, String method, String path, Map<String, String> headers, String body) {
        var context = event(rep, method);
        int q = path.indexOf('?');
        Map<String, String> query = new HashMap<>();
        if (q >= 0) for (String kv : path.substring(q + 1).split("&")) query.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        return api.handle(APIGatewayV2HTTPEvent.builder().withRawPath(q < 0 ? path : path.substring(0, q)).withQueryStringParameters(query)
                .withHeaders(headers).withBody(body).withIsBase64Encoded(false).withRequestContext(context).build());
    }

    APIGatewayV2HTTPResponse importFile(String rep, String type, String body, boolean dryRun) {
        return call(rep, "POST", "/api/imports?dryRun=" + dryRun, Map.of("content-type", type), body);
    }

    static Map<String, Object> json(APIGatewayV2HTTPResponse r) {
        return Json.object(r.getBody());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("rows");
    }

    @SuppressWarnings("unchecked")
    static List<String> errorNames(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("errors")).stream().map(e -> (String) e.get("name")).toList();
    }

    private List<Map<String, Object>> prospectsOf(String rep) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var body = json(call(rep, "GET", "/api/prospects?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), Map.of(), null));
            all.addAll(rows(Map.of("rows", body.get("items"))));
            cursor = (String) body.get("cursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void excelGermanFile_dryRunAnswersEveryRow_andWritesNothing() {
        int before = stores.itemsOf("ada");
        var r = importFile("ada", "text/csv; charset=utf-8", fixture("excel-de-bom-semicolon.csv"), true);
        assertEquals(200, r.getStatusCode(), r.getBody());
        var report = json(r);
        assertEquals(true, report.get("dryRun"));
        assertEquals(List.of(1, 2, 3, 4, 6), rows(report).stream().map(x -> ((Number) x.get("row")).intValue()).toList());
        assertEquals(List.of("created", "created", "created", "error", "duplicate"), rows(report).stream().map(x -> x.get("status")).toList());
        assertEquals(List.of("phone", "email", "tier", "lastContacted"), errorNames(rows(report).get(3)), "every bad field, in the API's names");
        assertEquals(1, ((Number) rows(report).get(4).get("duplicateOfRow")).intValue(), "the same address, in other case, as row 1");
        assertEquals(List.of(3, 1, 1), List.of(report.get("created"), report.get("duplicates"), report.get("errors")).stream()
                .map(n -> ((Number) n).intValue()).toList());
        assertNull(rows(report).get(0).get("id"), "a dry run makes no ids");
        assertTrue(stores.itemsOf("ada") <= before + 1, "nothing but the first-seen profile was written");
        assertEquals(0, prospectsOf("ada").size());
    }

    @Test
    void realImport_setsDueDaysFromLastContacted_andTheSameFileTwiceCreatesNothingNew() {
        String csv = fixture("excel-de-bom-semicolon.csv");
        var first = json(importFile("ada", "text/csv", csv, false));
        assertEquals(3, ((Number) first.get("created")).intValue());
        Map<String, Map<String, Object>> byName = new HashMap<>();
        prospectsOf("ada").forEach(p -> byName.put((String) p.get("name"), p));
        var juergen = byName.get("Jürgen Müller");
        assertEquals("nurture", juergen.get("tier"), "the label 'Nurture' is the tier");
        assertEquals(List.of("Bayern", "Maschinenbau"), juergen.get("tags"));
        assertEquals("2026-11-20", juergen.get("lastTouchOn"));
        // 20 Nov + P3M = Saturday 20 Feb 2027, a weekend: Monday 22 Feb.
        assertEquals("2027-02-22", juergen.get("nextDueOn"));
        assertEquals(TODAY.toString(), byName.get("Anna Schmidt").get("nextDueOn"), "1 Oct + P1M is past: due today, not overdue");
        assertEquals(TODAY.toString(), byName.get("Luc Dubois").get("nextDueOn"));

        var again = json(importFile("ada", "text/csv", csv, false));
        assertEquals(0, ((Number) again.get("created")).intValue());
        assertEquals(4, ((Number) again.get("duplicates")).intValue());
        assertEquals(rows(first).get(0).get("id"), rows(again).get(0).get("id"), "answered with the prospect the first run made");
        assertEquals(3, prospectsOf("ada").size());
    }

    /** Rows without an address are recognised by their content: a retry after a dropped connection adds nothing. */
    @Test
    void reImport_ofRowsWithoutEmail_isIdempotentToo() {
        String csv = "Name,Company\nNo Mail One,A\nNo Mail Two,B\nNo Mail One,A\n";
        var first = json(importFile("ada", "text/csv", csv, false));
        assertEquals(3, ((Number) first.get("created")).intValue(), "two identical rows are two people");
        var again = json(importFile("ada", "text/csv", csv, false));
        assertEquals(List.of("duplicate", "duplicate", "duplicate"), rows(again).stream().map(x -> x.get("status")).toList());
        assertEquals(3, prospectsOf("ada").size());
    }

    @Test
    void emojiRtlAndQuotedNewlines_import_asWritten() {
        var report = json(importFile("ada", "text/csv", fixture("quoted-newlines-emoji-rtl.csv"), false));
        assertEquals(List.of("created", "created", "created", "created", "created", "error"), rows(report).stream().map(x -> x.get("status")).toList());
        assertEquals(List.of("name"), errorNames(rows(report).get(5)));
        var names = prospectsOf("ada").stream().map(p -> p.get("name")).toList();
        assertEquals(List.of("Zoë Ng 🚀", "محمد الأحمد", "דנה לוי", "Eve Formula", "Solo-Lastname"), names, "in file order");
        var zoe = prospectsOf("ada").get(0);
        assertEquals("Loves 🚀 launches.\nSecond line of the note.\nThird, with a comma.", zoe.get("notes"));
        assertEquals(List.of("emoji", "startup"), zoe.get("tags"));
    }

    @Test
    void limits_tooManyRows413_tooBig413_wrongType415_badDryRun400_emptyBody400() {
        StringBuilder csv = new StringBuilder("Name\n");
        for (int i = 0; i <= 5000; i++) csv.append("Person ").append(i).append('\n');
        var many = importFile("ada", "text/csv", csv.toString(), true);
        assertEquals(413, many.getStatusCode());
        assertTrue(json(many).get("detail").toString().contains("5000"), many.getBody());
        var big = importFile("ada", "text/csv", "Name,Notes\n" + "x,".repeat(1) + "y".repeat(ImportsResource.MAX_BYTES) + "\n", true);
        assertEquals(413, big.getStatusCode());
        assertTrue(json(big).get("detail").toString().contains(String.valueOf(ImportsResource.MAX_BYTES)), big.getBody());
        assertEquals(415, importFile("ada", "application/json", "{}", true).getStatusCode());
        var bad = call("ada", "POST", "/api/imports?dryRun=maybe", Map.of("content-type", "text/csv"), "Name\nA\n");
        assertEquals(400, bad.getStatusCode());
        assertTrue(bad.getBody().contains("dryRun"));
        assertEquals(400, importFile("ada", "text/csv", "", true).getStatusCode());
        byte[] latin1 = "Name\nRené\n".getBytes(StandardCharsets.ISO_8859_1);
        var notUtf8 = api.handle(APIGatewayV2HTTPEvent.builder().withRawPath("/api/imports").withHeaders(Map.of("content-type", "text/csv"))
                .withBody(java.util.Base64.getEncoder().encodeToString(latin1)).withIsBase64Encoded(true)
                .withRequestContext(event("ada", "POST")).build());
        assertEquals(400, notUtf8.getStatusCode(), "Latin-1 bytes sent as UTF-8 are refused, not guessed");
        assertTrue(notUtf8.getBody().contains("CSV UTF-8"), notUtf8.getBody());
        var named = api.handle(APIGatewayV2HTTPEvent.builder().withRawPath("/api/imports").withQueryStringParameters(Map.of("dryRun", "true"))
                .withHeaders(Map.of("content-type", "text/csv; charset=windows-1252"))
                .withBody(java.util.Base64.getEncoder().encodeToString(latin1)).withIsBase64Encoded(true).withRequestContext(event("ada", "POST")).build());
        assertEquals(200, named.getStatusCode(), "with its charset named, it is read: " + named.getBody());
    }

    @Test
    void fiveThousandRows_goInAs152Batches_andAgainAsNone() {
        StringBuilder csv = new StringBuilder("Name,Email,Company,Tier,Last contacted\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.com,Company ").append(i % 97).append(',')
                    .append(i % 3 == 0 ? "nurture" : "working").append(",2026-").append(1 + i % 11).append("-1").append(i % 9).append('\n');
        }
        var report = json(importFile("ada", "text/csv", csv.toString(), false));
        assertEquals(5000, ((Number) report.get("created")).intValue());
        assertEquals(152, stores.imports().batches(), "33 rows a transaction");
        var again = json(importFile("ada", "text/csv", csv.toString(), false));
        assertEquals(5000, ((Number) again.get("duplicates")).intValue());
        assertEquals(152, stores.imports().batches(), "nothing left to write");
    }

    /** Export from one rep, import into another: the same prospects, and no cell a spreadsheet would run. */
    @Test
    void exportRoundTrip_intoAnotherRep_sameProspects_noFormulaExecutes() throws IOException {
        importFile("ada", "text/csv", fixture("quoted-newlines-emoji-rtl.csv"), false);
        importFile("ada", "text/csv", fixture("excel-de-bom-semicolon.csv"), false);
        var export = call("ada", "GET", "/api/exports/prospects.csv", Map.of(), null);
        assertEquals(200, export.getStatusCode());
        assertEquals("text/csv; charset=utf-8", export.getHeaders().get("content-type"));
        assertTrue(export.getHeaders().get("content-disposition").startsWith("attachment"));
        String csv = export.getBody();
        assertTrue(csv.startsWith("\uFEFF"), "a BOM for Excel");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1))).getRecords();
        for (CSVRecord rec : records) {
            for (String cell : rec) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet would run: " + cell);
            }
        }
        assertTrue(csv.contains("'=HYPERLINK("), "the formula is kept as text");
        assertTrue(csv.contains("'+1 415 555 0100"), "a phone starting with + too");

        var back = json(importFile("bob", "text/csv", csv, false));
        assertEquals(8, ((Number) back.get("created")).intValue(), back.toString());
        Function<Map<String, Object>, List<Object>> same = p -> List.of(String.valueOf(p.get("name")), String.valueOf(p.get("company")),
                String.valueOf(p.get("email")), String.valueOf(p.get("phone")), String.valueOf(p.get("title")), p.get("tier"), p.get("tags"),
                String.valueOf(p.get("notes")), String.valueOf(p.get("source")), String.valueOf(p.get("referredBy")),
                String.valueOf(p.get("lastTouchOn")), String.valueOf(p.get("nextDueOn")));
        assertEquals(prospectsOf("ada").stream().map(same).toList(), prospectsOf("bob").stream().map(same).toList());
        assertTrue(((List<?>) back.get("ignoredColumns")).contains("Id"), "the export's own columns are ignored on the way in");
    }

    @Test
    void vcard_ofAProspect_opensInAContactsApp() {
        importFile("ada", "text/vcard", fixture("iphone-contacts.vcf"), false);
        var grace = prospectsOf("ada").get(0);
        var r = call("ada", "GET", "/api/prospects/" + grace.get("id") + "/vcard", Map.of(), null);
        assertEquals(200, r.getStatusCode());
        assertEquals("text/vcard; charset=utf-8", r.getHeaders().get("content-type"));
        assertTrue(r.getHeaders().get("content-disposition").contains("Grace%20Hopper.vcf"), r.getHeaders().toString());
        VCard card = Ezvcard.parse(r.getBody()).first();
        assertEquals("3.0", card.getVersion().getVersion());
        assertEquals("Grace Hopper", card.getFormattedName().getValue());
        assertEquals("Hopper", card.getStructuredName().getFamily());
        assertEquals("grace@navy.example", card.getEmails().get(0).getValue());
        assertEquals("+1 (555) 010-0001", card.getTelephoneNumbers().get(0).getText(), "the phone's non-breaking hyphen made plain on import");
        assertEquals("US Navy", card.getOrganization().getValues().get(0));
        assertEquals(404, call("bob", "GET", "/api/prospects/" + grace.get("id") + "/vcard", Map.of(), null).getStatusCode(), "not Bob's");
    }

    @Test
    void androidVcards_import() {
        var report = json(importFile("ada", "text/x-vcard", fixture("android-contacts.vcf"), false));
        assertEquals(3, ((Number) report.get("created")).intValue(), report.toString());
        assertEquals(List.of("José Müller", "Chidi Okafor", "李小龙"), prospectsOf("ada").stream().map(p -> p.get("name")).toList());
    }

    @Test
    void calendarFeed_sixtyDays_readByIcal4j_andRotationRetiresTheOldUrl() {
        importFile("ada", "text/csv", fixture("excel-de-bom-semicolon.csv"), false);
        var made = call("ada", "POST", "/api/calendar", Map.of("host", "127.0.0.1:8787"), null);
        assertEquals(200, made.getStatusCode());
        String url = (String) json(made).get("url");
        assertTrue(url.matches("http://127\\.0\\.0\\.1:8787/cal/[A-Za-z0-9_-]{43}\\.ics"), url);
        assertEquals(url.replace("http://", "webcal://"), json(made).get("webcal"));
        String path = url.substring(url.indexOf("/cal/"));
        var feed = call(null, "GET", path, Map.of("host", "127.0.0.1:8787"), null);
        assertEquals(200, feed.getStatusCode(), feed.getBody());
        assertEquals("text/calendar; charset=utf-8", feed.getHeaders().get("content-type"));
        var events = IcsFeeds.parse(feed.getBody());
        // Anna and Luc are due today; Jürgen on 22 February, beyond the 60 days.
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.stream().allMatch(e -> e.day().equals(TODAY)));
        assertTrue(events.stream().anyMatch(e -> e.summary().equals("Touch: Anna Schmidt (Schmidt; Partner)")), events.toString());
        assertTrue(events.get(0).url().startsWith("http://127.0.0.1:8787/#/prospect/"));

        String old = path;
        String rotated = ((String) json(call("ada", "POST", "/api/calendar", Map.of("host", "127.0.0.1:8787"), null)).get("url"));
        assertEquals(404, call(null, "GET", old, Map.of(), null).getStatusCode(), "the old URL is gone");
        assertEquals(200, call(null, "GET", rotated.substring(rotated.indexOf("/cal/")), Map.of(), null).getStatusCode());
        assertEquals(404, call(null, "GET", "/cal/not-a-token.ics", Map.of(), null).getStatusCode());
        assertEquals(404, call(null, "GET", "/cal/" + "A".repeat(43) + ".ics", Map.of(), null).getStatusCode());
    }

    @Test
    void settings_timeAwayCapacityHolidays_roundTrip_andEveryBadFieldNamed() {
        var put = call("ada", "PUT", "/api/me", Map.of(),
                "{\"away\":{\"from\":\"2026-12-21\",\"to\":\"2027-01-01\"},\"dailyCapacity\":8,\"holidays\":\"de-by\"}");
        assertEquals(200, put.getStatusCode(), put.getBody());
        var me = json(call("ada", "GET", "/api/me", Map.of(), null));
        assertEquals(Map.of("from", "2026-12-21", "to", "2027-01-01"), me.get("away"));
        assertEquals(8, ((Number) me.get("dailyCapacity")).intValue());
        assertEquals("DE-BY", me.get("holidays"));
        assertEquals(200, call("ada", "PUT", "/api/me", Map.of(), "{\"name\":\"Ada L\"}").getStatusCode());
        assertEquals("DE-BY", json(call("ada", "GET", "/api/me", Map.of(), null)).get("holidays"), "not sent: kept");
        var cleared = json(call("ada", "PUT", "/api/me", Map.of(), "{\"away\":null,\"dailyCapacity\":null,\"holidays\":null}"));
        assertNull(cleared.get("away"));
        assertNull(cleared.get("dailyCapacity"));
        assertNull(cleared.get("holidays"));
        var bad = call("ada", "PUT", "/api/me", Map.of(), "{\"away\":{\"from\":\"2026-12-21\",\"to\":\"2026-12-01\"},\"dailyCapacity\":0,\"holidays\":\"XX\"}");
        assertEquals(400, bad.getStatusCode());
        assertTrue(bad.getBody().contains("away.to") && bad.getBody().contains("dailyCapacity") && bad.getBody().contains("holidays"), bad.getBody());
    }

    /** Five nurture prospects due today with room for two: two stay, three move to the next working days. */
    @Test
    void agenda_respectsDailyCapacity_andTimeAway() {
        StringBuilder csv = new StringBuilder("Name,Tier\n");
        for (int i = 0; i < 5; i++) csv.append("Nurture ").append(i).append(",nurture\n");
        importFile("ada", "text/csv", csv.toString(), false);
        call("ada", "PUT", "/api/me", Map.of(), "{\"dailyCapacity\":2}");
        var today = json(call("ada", "GET", "/api/agenda", Map.of(), null));
        assertEquals(2, ((List<?>) today.get("due")).size(), today.toString());
        var tomorrow = json(call("ada", "GET", "/api/agenda?date=2026-12-01", Map.of(), null));
        assertEquals(4, ((List<?>) tomorrow.get("overdue")).size() + ((List<?>) tomorrow.get("due")).size(), "two more on Tuesday");

        call("ada", "PUT", "/api/me", Map.of(), "{\"dailyCapacity\":null,\"away\":{\"from\":\"2026-11-30\",\"to\":\"2026-12-04\"}}");
        var away = json(call("ada", "GET", "/api/agenda", Map.of(), null));
        assertEquals(0, ((List<?>) away.get("due")).size(), "nothing due while away");
        var back = json(call("ada", "GET", "/api/agenda?date=2026-12-07", Map.of(), null));
        assertEquals(5, ((List<?>) back.get("due")).size(), "the backlog is due the Monday after");
    }

    @Test
    void erase_viaDelete_leavesNoItemNamingThePerson() {
        importFile("ada", "text/csv", "Name,Email\nGrace Hopper,grace@navy.example\nBystander,by@example.com\n", false);
        String id = (String) prospectsOf("ada").get(0).get("id");
        var touch = call("ada", "POST", "/api/prospects/" + id + "/touches", Map.of(),
                "{\"channel\":\"call\",\"outcome\":\"replied\",\"note\":\"she said yes\",\"idempotencyKey\":\"touch-key-0001\"}");
        assertEquals(201, touch.getStatusCode(), touch.getBody());
        assertEquals(204, call("ada", "DELETE", "/api/prospects/" + id, Map.of(), null).getStatusCode());
        for (String item : stores.itemsOf("ada", null)) {
            assertFalse(item.contains(id), "an orphan: " + item);
            assertFalse(item.contains("navy.example"), "the address survives: " + item);
        }
        assertEquals(404, call("ada", "DELETE", "/api/prospects/" + id, Map.of(), null).getStatusCode());
        assertEquals(1, prospectsOf("ada").size());
    }
}
