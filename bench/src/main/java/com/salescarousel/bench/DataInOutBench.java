package com.salescarousel.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.entry.api.ProspectsApi;
import com.salescarousel.entry.api.ProspectsApiComponent;
import com.salescarousel.json.Json;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.testing.TestClock;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 11's figures: importing 5,000 rows (time, write and read units, calls) and exporting 10,000
 * prospects (time, size, memory), both through the production API graph ({@code ProspectsApi.handle}
 * on HTTP API v2 events, as Lambda calls it) on DynamoDB Local in memory. Plus the largest file the
 * import route takes. A measurement that prints figures, not a test.
 */
public final class DataInOutBench {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");
    /** Lambda's synchronous invocation payload limit, request and response (6 MB). */
    private static final int LAMBDA_PAYLOAD = 6 * 1024 * 1024;

    private DataInOutBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int exported = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        BenchSupport.quietLogs();
        try (LocalDynamoDb local = LocalDynamoDb.start(null)) {
            DynamoDbClient ddb = BenchSupport.client(local.endpoint());
            String table = "Carousel";
            CarouselTable.ensure(ddb, table);
            ProspectsApi api = ProspectsApiComponent.create(new Settings(table, "us-east-1", Optional.of(local.endpoint())),
                    new QueueSettings(NOWHERE + "/000000000000/none", "us-east-1", Optional.of(NOWHERE)),
                    new UnsubscribeTokens("bench-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF, new TestClock(NOW))
                    .prospectsApi();
            importRun(api, rows);
            System.out.println();
            exportRun(api, ddb, table, exported);
            System.out.println();
            largestFile(api);
        }
    }

    // ---- import ---------------------------------------------------------------------------------

    /** Realistic rows: names, companies, addresses, phones, titles, three tiers, tags, a note, a last-contact day. */
    static String csv(int rows, int noteLength) {
        StringBuilder b = new StringBuilder("\uFEFFName;Company;Email;Phone;Title;Tier;Tags;Notes;Last contacted\r\n");
        String[] tiers = {"active", "working", "nurture"};
        String note = "Met at the Berlin trade fair; interested in the spring catalogue. ".repeat(noteLength / 66 + 1).substring(0, noteLength);
        for (int i = 0; i < rows; i++) {
            b.append(String.format(Locale.ROOT, "Person %05d Müller;Company %04d GmbH;person%05d@company%04d.example;+49 30 %07d;Head of Purchasing;%s;"
                            + "\"fair; spring\";\"%s\";%02d.%02d.2026\r\n",
                    i, i % 997, i, i % 997, i, tiers[i % 3], note, 1 + i % 28, 1 + i % 11));
        }
        return b.toString();
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> query, String contentType, String body) {
        return event("rep-bench", method, path, query, contentType, body);
    }

    private static APIGatewayV2HTTPEvent event(String rep, String method, String path, Map<String, String> query, String contentType, String body) {
        var claims = Map.of("sub", rep, "custom:org", "acme", "email", rep + "@example.com", "name", "Bench");
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build())
                .build();
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) headers.put("content-type", contentType);
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withQueryStringParameters(query).withHeaders(headers)
                .withBody(body).withIsBase64Encoded(false).withRequestContext(context).build();
    }

    private static void importRun(ProspectsApi api, int rows) {
        String file = csv(rows, 100);
        int bytes = file.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("Import of %,d rows (CSV, Excel style: BOM, ';', quoted fields, 100-character notes): %,d bytes (%,.0f bytes/row)%n",
                rows, bytes, (double) bytes / rows);
        for (String run : List.of("dry run", "import", "same file again")) {
            DynamoDbCalls.reset();
            long t0 = System.nanoTime();
            APIGatewayV2HTTPResponse r = api.handle(event("POST", "/api/imports", Map.of("dryRun", String.valueOf(run.equals("dry run"))),
                    "text/csv; charset=utf-8", file));
            double s = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> report = Json.object(r.getBody());
            System.out.printf("  %-16s HTTP %d in %5.2f s: created %s, duplicates %s, errors %s%n", run, r.getStatusCode(), s,
                    report.get("created"), report.get("duplicates"), report.get("errors"));
            System.out.printf("  %-16s %s%n", "", DynamoDbCalls.line());
        }
        System.out.println("  (write units: a TransactWriteItems item costs 2 units per KB; 'computed' applies that to the items sent;"
                + " reads are as DynamoDB Local reports them)");
    }

    // ---- export ---------------------------------------------------------------------------------

    private static void exportRun(ProspectsApi api, DynamoDbClient ddb, String table, int count) throws Exception {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Prospect p = Prospect.builder().repId("rep-export").org("acme").id(String.format(Locale.ROOT, "01JEXPORT%017d", i))
                    .name("Person " + i + " Müller").company("Company " + (i % 997) + " GmbH").email("person" + i + "@example.com")
                    .phone(String.format(Locale.ROOT, "+49 30 %07d", i)).title("Head of Purchasing").tier(i % 3 == 0 ? "nurture" : "working")
                    .tags(List.of("fair", "spring")).notes("Met at the Berlin trade fair; interested in the spring catalogue. \"Call in Q1\"")
                    .source("trade fair").createdOn(LocalDate.of(2026, 1, 1)).createdAt(NOW).lastTouchOn(LocalDate.of(2026, 11, 1 + i % 28))
                    .cadenceDueOn(LocalDate.of(2026, 12, 1 + i % 28)).touchCount(i % 9).version(1).build();
            items.add(DynamoDbProspectStore.SCHEMA.itemToMap(p, true));
        }
        BenchSupport.load(ddb, table, items, 4);
        DynamoDbCalls.reset();
        System.out.printf("Export of %,d prospects of one rep (GET /api/exports/prospects.csv, the production graph)%n", count);
        for (int run = 1; run <= 2; run++) {
            System.gc();
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocated0 = threads.getCurrentThreadAllocatedBytes();
            long heap0 = usedHeap();
            long t0 = System.nanoTime();
            int pages = 0, bodyBytes = 0, rowsOut = 0;
            long peak = 0;
            String cursor = null;
            do {
                APIGatewayV2HTTPResponse r = api.handle(event("rep-export", "GET", "/api/exports/prospects.csv",
                        cursor == null ? Map.of() : Map.of("cursor", cursor), null, null));
                pages++;
                bodyBytes += r.getBody().getBytes(StandardCharsets.UTF_8).length;
                rowsOut += Integer.parseInt(r.getHeaders().get("x-rows"));
                peak = Math.max(peak, usedHeap() - heap0);
                // What Lambda sends back: the response object as JSON, which must stay under 6 MB.
                int envelope = Json.write(Map.of("statusCode", r.getStatusCode(), "headers", r.getHeaders(), "body", r.getBody()))
                        .getBytes(StandardCharsets.UTF_8).length;
                System.out.printf("  run %d page %d: %,d rows, body %,d bytes, Lambda response JSON %,d bytes (%.0f%% of 6 MB)%n", run, pages,
                        Integer.parseInt(r.getHeaders().get("x-rows")), r.getBody().getBytes(StandardCharsets.UTF_8).length, envelope,
                        100.0 * envelope / LAMBDA_PAYLOAD);
                cursor = r.getHeaders().get("x-next-cursor");
            } while (cursor != null);
            double s = (System.nanoTime() - t0) / 1e9;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocated0;
            System.gc();
            System.out.printf("  run %d: %,d rows in %d page(s), %,d bytes, %.2f s; allocated %.0f MB, heap growth while answering up to %.0f MB,"
                    + " live after GC %.0f MB%n", run, rowsOut, pages, bodyBytes, s, allocated / 1e6, peak / 1e6, usedHeap() / 1e6);
            System.out.printf("  run %d reads: %s%n", run, DynamoDbCalls.line());
            DynamoDbCalls.reset();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    // ---- the largest file ----------------------------------------------------------------------

    private static void largestFile(ProspectsApi api) {
        int typicalRow = csv(1000, 100).getBytes(StandardCharsets.UTF_8).length / 1000;
        int limit = 4 * 1024 * 1024;
        System.out.printf("Largest import in one request: the route takes up to %,d bytes (4 MiB); base64-encoded by API Gateway that is %,d bytes,"
                + " under Lambda's %,d-byte event limit with %,d bytes for the rest of the event%n", limit, (limit + 2) / 3 * 4, LAMBDA_PAYLOAD,
                LAMBDA_PAYLOAD - (limit + 2) / 3 * 4);
        // 5,000 rows of equal length that fill 4 MiB exactly: a name and a long note each.
        String header = "Name;Notes\r\n";
        int perRow = (limit - header.length()) / 5_000;
        StringBuilder fits = new StringBuilder(header);
        for (int i = 0; i < 5_000; i++) {
            String start = String.format(Locale.ROOT, "Person %05d;", i);
            int pad = perRow - start.length() - 2 + (i < (limit - header.length()) % 5_000 ? 1 : 0);
            fits.append(start).append("n".repeat(pad)).append("\r\n");
        }
        for (String[] c : new String[][] {{"4 MiB", fits.toString()}, {"4 MiB + 1 byte", fits + "x"}}) {
            long t0 = System.nanoTime();
            var r = api.handle(event("POST", "/api/imports", Map.of("dryRun", "true"), "text/csv", c[1]));
            Map<String, Object> body = Json.object(r.getBody());
            System.out.printf("  %-15s (%,d bytes, 5,000 rows): HTTP %d in %.2f s %s%n", c[0], c[1].getBytes(StandardCharsets.UTF_8).length,
                    r.getStatusCode(), (System.nanoTime() - t0) / 1e9,
                    r.getStatusCode() == 200 ? "(dry run: " + body.get("created") + " rows checked)" : "- " + body.get("detail"));
        }
        System.out.printf("  A row of the import above is %d bytes on average, so 5,000 of them take %.1f MB; the 4 MiB limit allows"
                + " 5,000 rows of up to %d bytes each.%n", typicalRow, 5000 * typicalRow / 1e6, limit / 5000);
    }

}
