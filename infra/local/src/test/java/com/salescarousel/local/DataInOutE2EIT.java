package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import com.salescarousel.local.LocalApi.Res;
import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.IcsFeeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 11 end to end over HTTP against the local cloud on DynamoDB Local: imports (also after a
 * dropped connection), the export round trip between two reps, the calendar feed as a calendar app
 * fetches it (no token), time away in the morning run, and erasure down to the table's items.
 */
class DataInOutE2EIT {
    /** Monday 30 November 2026, 06:00 UTC. */
    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");
    private static LocalCloud cloud;
    private static LocalApi api;
    private static DynamoDbClient ddb;

    @BeforeAll
    static void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, START, null));
        api = new LocalApi(cloud.url());
        ddb = DynamoDbFixture.client(cloud.dynamoDbEndpoint());
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = DataInOutE2EIT.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String login(String who) throws Exception {
        return api.login("{\"email\":\"" + who + "@example.com\",\"name\":\"" + who + "\",\"timeZone\":\"UTC\"}");
    }

    private static Res importCsv(String token, String csv, boolean dryRun) throws Exception {
        return api.call("POST", "/api/imports?dryRun=" + dryRun, token, csv, "Content-Type", "text/csv; charset=utf-8");
    }

    private static List<Map<String, Object>> prospects(String token) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            Res page = api.call("GET", "/api/prospects?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), token, null);
            all.addAll(page.list("items"));
            cursor = page.str("cursor");
        } while (cursor != null);
        return all;
    }

    private static List<String> itemsOf(String repId) {
        List<String> out = new ArrayList<>();
        ddb.queryPaginator(q -> q.tableName(LocalCloud.TABLE).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("REP#" + repId)))).items()
                .forEach(i -> out.add(i.get("SK").s() + " " + i));
        return out;
    }

    /** The rep's id, from the token's subject (as the authorizer would read it). */
    private static String repId(String token) throws Exception {
        return (String) api.call("GET", "/api/me", token, null).body().get("id");
    }

    @Test
    void import_droppedConnection_thenRetry_storesEveryRowOnce() throws Exception {
        String token = login("dropper");
        String csv = fixture("excel-de-bom-semicolon.csv");
        // Send the whole request, then hang up without reading the answer: the phone lost its signal.
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket(cloud.url().getHost(), cloud.url().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/imports?dryRun=false HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }
        Res retry = importCsv(token, csv, false);
        assertEquals(200, retry.status(), retry.raw().body());
        Res again = importCsv(token, csv, false);
        assertEquals(0, again.integer("created"), "the third time, everything is there already");
        assertEquals(List.of("Jürgen Müller", "Anna Schmidt", "Luc Dubois"), prospects(token).stream().map(p -> p.get("name")).toList(),
                "each good row stored once, whichever request stored it");
    }

    @Test
    void export_thenImportIntoAnotherRep_sameProspects() throws Exception {
        String ada = login("exporter"), bob = login("importer");
        assertEquals(5, importCsv(ada, fixture("quoted-newlines-emoji-rtl.csv"), false).integer("created"));
        assertEquals(3, api.call("POST", "/api/imports", ada, fixture("android-contacts.vcf"), "Content-Type", "text/vcard").integer("created"));
        Res export = api.call("GET", "/api/exports/prospects.csv", ada, null);
        assertEquals(200, export.status());
        assertEquals("8", export.raw().headers().firstValue("x-rows").orElseThrow());
        assertFalse(export.raw().headers().firstValue("link").isPresent(), "one page");
        Res back = importCsv(bob, export.raw().body(), false);
        assertEquals(8, back.integer("created"), back.raw().body());
        var fields = List.of("name", "company", "email", "phone", "title", "tier", "tags", "notes", "source", "referredBy", "nextDueOn");
        assertEquals(prospects(ada).stream().map(p -> fields.stream().map(p::get).toList()).toList(),
                prospects(bob).stream().map(p -> fields.stream().map(p::get).toList()).toList());
    }

    @Test
    void calendarFeed_fetchedWithoutAToken_rotates() throws Exception {
        String token = login("calendar");
        importCsv(token, "Name,Company,Tier\nGrace Hopper,US Navy,active\nAda Lovelace,Engines,working\n", false);
        String url = api.call("POST", "/api/calendar", token, null).str("url");
        assertTrue(url.startsWith(cloud.url().toString().replaceAll("/$", "") + "/cal/"), url);
        var feed = api.call("GET", url.substring(url.indexOf("/cal/")), null, null);
        assertEquals(200, feed.status());
        assertEquals("text/calendar; charset=utf-8", feed.raw().headers().firstValue("content-type").orElseThrow());
        var events = IcsFeeds.parse(feed.raw().body());
        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(e -> e.day().toString().equals("2026-11-30") && e.url().contains("/#/prospect/")), events.toString());
        String rotated = api.call("POST", "/api/calendar", token, null).str("url");
        assertEquals(404, api.call("GET", url.substring(url.indexOf("/cal/")), null, null).status());
        assertEquals(200, api.call("GET", rotated.substring(rotated.indexOf("/cal/")), null, null).status());
    }

    @Test
    void erase_leavesNothingInTheTableThatNamesThePerson() throws Exception {
        String token = login("eraser");
        importCsv(token, "Name,Email,Notes\nGrace Hopper,grace@navy.example,met at the fair\nBystander,by@example.com,\n", false);
        String id = (String) prospects(token).get(0).get("id");
        assertEquals(201, api.call("POST", "/api/prospects/" + id + "/touches", token,
                "{\"channel\":\"call\",\"outcome\":\"replied\",\"note\":\"yes\",\"idempotencyKey\":\"e2e-erase-0001\"}").status());
        assertEquals(204, api.call("DELETE", "/api/prospects/" + id, token, null).status());
        for (String item : itemsOf(repId(token))) {
            assertFalse(item.contains(id), "an orphan: " + item);
            assertFalse(item.contains("navy.example") || item.contains("Grace"), "personal data left: " + item);
        }
        assertEquals(404, api.call("GET", "/api/prospects/" + id, token, null).status());
    }

    /** Away on Monday: the 07:00 run sends that rep no digest; the rep next to them gets theirs. */
    @Test
    void timeAway_noDigest_andTheAgendaIsEmpty() throws Exception {
        String away = login("away-rep"), here = login("here-rep");
        importCsv(away, "Name\nSomeone Due\n", false);
        importCsv(here, "Name\nSomeone Due\n", false);
        var put = api.call("PUT", "/api/me", away, "{\"away\":{\"from\":\"2026-11-30\",\"to\":\"2026-12-04\"},\"digestHour\":7}");
        assertEquals(200, put.status(), put.raw().body());
        api.call("PUT", "/api/me", here, "{\"digestHour\":7}");
        assertEquals(0, api.call("GET", "/api/agenda", away, null).list("due").size(), "nothing due while away");
        api.call("POST", "/local/scheduler/run?at=2026-11-30T07:00:00Z", null, null);
        var mails = Json.object("{\"l\":" + api.call("GET", "/local/outbox", null, null).raw().body() + "}").get("l");
        String all = mails.toString();
        assertTrue(all.contains("here-rep@example.com"), "the rep at work gets the digest");
        assertFalse(all.contains("away-rep@example.com"), "the rep away gets none");
        assertEquals(1, api.call("GET", "/api/agenda?date=2026-12-07", away, null).list("due").size(), "due the Monday after");
    }
}
