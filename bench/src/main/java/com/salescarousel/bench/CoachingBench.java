package com.salescarousel.bench;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.local.LocalCloud;
import com.salescarousel.local.Options;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.stats.Coaching;
import com.salescarousel.stats.DynamoDbStatsStore;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Idempotency;
import com.salescarousel.team.DynamoDbMemberStore;
import com.salescarousel.team.Managers;
import com.salescarousel.team.TeamReport;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.DynamoDbTouchStore;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Issue 12's figures. (1) The read cost of the team view for a manager of REPS reps over 12 weeks:
 * the production {@link TeamReport} on the production DynamoDB stores, against DynamoDB Local with
 * {@code ReturnConsumedCapacity}. (2) Its latency through the local cloud ({@code GET /api/team/stats}).
 * (3) The write units the counters add: to a touch, a new prospect and a tier move. Prints figures.
 *
 * <p>Usage: {@code CoachingBench [prospectsPerRep ...]}, default {@code 200 1000}; {@code -Dbench.reps=50}.
 */
public final class CoachingBench {
    static final int REPS = Integer.getInteger("bench.reps", 50);
    static final LocalDate DAY = LocalDate.parse("2026-11-24");
    static final ZoneId UTC = ZoneId.of("UTC");
    static final int HISTORY_WEEKS = 52;

    public static void main(String[] args) throws Exception {
        BenchSupport.quietLogs();
        int[] sizes = args.length == 0 ? new int[] {200, 1000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        try (LocalDynamoDb local = LocalDynamoDb.start(null)) {
            CapacityMeter meter = new CapacityMeter();
            TransactMeter tx = new TransactMeter();
            DynamoDbClient ddb = BenchSupport.client(local.endpoint(), meter, tx);
            System.out.printf("Team view read cost: a manager of %d reps, 12 weeks (DynamoDB Local 3.1, in memory; %d weeks of week items per rep)%n",
                    REPS, HISTORY_WEEKS);
            for (int perRep : sizes) teamView(ddb, meter, perRep);
            writes(ddb, meter, tx);
        }
        for (int perRep : sizes) latency(perRep);
    }

    /** The org's manager and reps (profiles and memberships, as a first sign-in writes them), their prospects and weeks. */
    static Caller seed(DynamoDbClient ddb, String table, int perRep) throws Exception {
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var profiles = new DynamoDbProfileStore(ddb, enhanced, table);
        RepProfile manager = new RepProfile("manager-0", "Maya", "maya@example.com", "bench", "manager", UTC, 7, true);
        profiles.createIfAbsent(manager);
        List<RepProfile> reps = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            RepProfile rep = new RepProfile(String.format(Locale.ROOT, "rep-%03d", r), "Rep " + r, "rep" + r + "@example.com", "bench", "rep",
                    UTC, 7, true);
            profiles.createIfAbsent(rep);
            reps.add(rep);
        }
        // ReadUnitsBench's production-shaped prospects (it spreads N over 100 reps): perRep each, 5% due.
        List<Map<String, AttributeValue>> items = ReadUnitsBench.prospects(reps, new ReadUnitsBench.Scenario(perRep * 100, perRep * 5));
        BenchSupport.load(ddb, table, items, 4);
        Random rnd = new Random(perRep);
        for (RepProfile rep : reps) {
            for (int w = 0; w < HISTORY_WEEKS; w++) {
                LocalDate day = DAY.minusWeeks(w);
                Update u = DynamoDbStatsStore.counters(table, rep.repId(), new WeekTally(WeekTally.isoWeek(day), weekCounters(rnd)));
                ddb.updateItem(b -> b.tableName(u.tableName()).key(u.key()).updateExpression(u.updateExpression())
                        .expressionAttributeNames(u.expressionAttributeNames()).expressionAttributeValues(u.expressionAttributeValues()));
                new DynamoDbStatsStore(ddb, enhanced, table).note(rep.repId(), day, rnd.nextInt(12));
            }
        }
        System.out.printf("%n== %d prospects per rep (%,d in all, avg item %.0f B) ==%n", perRep, items.size(),
                items.stream().mapToLong(CapacityMeter::size).average().orElse(0));
        return new Caller(manager.repId(), manager.email(), manager.name(), "bench", true);
    }

    /** A busy week's counters: every channel, outcome and tier, the due verdicts, responses, added, moves. */
    static Map<String, Integer> weekCounters(Random rnd) {
        Map<String, Integer> c = new HashMap<>();
        int touches = 0;
        for (Channel ch : Channel.values()) {
            int n = rnd.nextInt(15);
            c.put("channel_" + ch.wire(), n);
            touches += n;
        }
        for (Outcome o : Outcome.values()) c.put("outcome_" + o.wire(), rnd.nextInt(15));
        for (String t : List.of("active", "working", "nurture")) c.put("tier_" + t, rnd.nextInt(20));
        c.putAll(Map.of("touches", touches, "dueOnTime", rnd.nextInt(30), "dueLate", rnd.nextInt(10), "early", rnd.nextInt(5),
                "responses", rnd.nextInt(8), "meetings", rnd.nextInt(3), "added", rnd.nextInt(10), "tierMoves", rnd.nextInt(4)));
        return c;
    }

    static void teamView(DynamoDbClient ddb, CapacityMeter meter, int perRep) throws Exception {
        String table = "Carousel-coaching-" + perRep;
        CarouselTable.ensure(ddb, table);
        Caller manager = seed(ddb, table, perRep);
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var clock = new TestClock(DAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        var members = new DynamoDbMemberStore(enhanced, table);
        var report = new TeamReport(new Managers(members), members, new DynamoDbProfileStore(ddb, enhanced, table),
                new Coaching(new DynamoDbStatsStore(ddb, enhanced, table), new DynamoDbTierStore(ddb, table), clock));
        report.of(manager, UTC, 12); // warm the classes and the emulator once
        meter.reset();
        long t0 = System.nanoTime();
        var rows = report.of(manager, UTC, 12);
        double ms = (System.nanoTime() - t0) / 1e6;
        var ops = meter.snapshot();
        // A Query is billed by the size of the items it reads, projection or not: the prospects' full sizes, per rep.
        Map<String, Long> bytesPerRep = new HashMap<>();
        ddb.scanPaginator(b -> b.tableName(table)).items().forEach(i -> {
            if (i.get("SK").s().startsWith("PROSPECT#")) bytesPerRep.merge(i.get("PK").s(), CapacityMeter.size(i), Long::sum);
        });
        double prospectsComputed = bytesPerRep.values().stream().mapToDouble(b -> CapacityMeter.units(b, false)).sum();
        System.out.printf("TeamReport.of(manager, 12 weeks): %d rows in %.0f ms (in process, %d members read 8 at a time)%n", rows.size(), ms,
                rows.size());
        double reported = 0;
        for (var e : ops.entrySet()) {
            var o = e.getValue();
            reported += o.reportedUnits;
            System.out.printf("  %-26s %5d requests  %7.1f RCU reported  %6d items  %,10d bytes returned%n", e.getKey(), o.requests,
                    o.reportedUnits, o.itemsReturned, o.bytesReturned);
        }
        System.out.printf("  total %.1f RCU reported by DynamoDB Local; the prospect Queries by DynamoDB's rule (full item sizes, "
                + "eventually consistent): %.1f RCU%n", reported, prospectsComputed);
    }

    /** What the counters add to a touch, a new prospect and a tier move (TransactWriteItems, ReturnConsumedCapacity=INDEXES). */
    static void writes(DynamoDbClient ddb, CapacityMeter meter, TransactMeter tx) {
        String table = "Carousel-coaching-writes";
        CarouselTable.ensure(ddb, table);
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var clock = new TestClock(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        var idem = new Idempotency(ddb, table, clock);
        var prospects = new DynamoDbProspectStore(ddb, enhanced, table, idem);
        var tiers = new DynamoDbTierStore(ddb, table);
        var book = new ProspectBook(prospects, tiers, clock);
        var log = new TouchLog(prospects, new DynamoDbTouchStore(ddb, enhanced, table, idem), tiers, clock);
        RepProfile rep = new RepProfile("rep-w", "Rep", "rep@example.com", "bench", "rep", UTC, 7, true);
        int n = 20;
        List<Prospect> ps = new ArrayList<>();
        tx.reset();
        for (int i = 0; i < n; i++) {
            ps.add(book.add(rep, new ProspectDraft("Prospect " + i, "Company " + i + " Ltd", "p" + i + "@example.com", "+1 555 0100",
                    "Buyer", "working", "event", null, List.of("q4"), "Met at the fair."), null));
        }
        double create = tx.units / n;
        tx.reset();
        for (Prospect p : ps) log.log(rep, p.id(), new TouchRequest(Channel.CALL, Outcome.LEFT_MESSAGE, "voicemail", null, null));
        double touch = tx.units / n;
        tx.reset();
        meter.reset();
        for (Prospect p : ps) {
            Prospect now = prospects.find(rep.repId(), p.id()).orElseThrow();
            book.change(rep, p.id(), now.version(), new ProspectChange(Set.of("tier"),
                    new ProspectDraft(null, null, null, null, null, "active", null, null, null, null), null, null));
        }
        double move = tx.units / n;
        // The same kind of move as stage one wrote it, a plain conditional PutItem (no counter), for comparison.
        for (Prospect p : ps) {
            Prospect now = prospects.find(rep.repId(), p.id()).orElseThrow();
            prospects.replace(Carousel.movedTo(now, Tiers.defaults().of("nurture"), true).toBuilder().version(now.version() + 1).build());
        }
        double plainMove = meter.snapshot().getOrDefault("PutItem", new CapacityMeter.Op()).reportedUnits / n;
        var week = ddb.getItem(b -> b.tableName(table).key(Map.of("PK", AttributeValue.fromS("REP#rep-w"),
                "SK", AttributeValue.fromS("STATS#" + WeekTally.isoWeek(DAY))))).item();
        Prospect sample = prospects.find(rep.repId(), ps.get(0).id()).orElseThrow();
        long prospectBytes = CapacityMeter.size(DynamoDbProspectStore.SCHEMA.itemToMap(sample, true));
        long weekBytes = CapacityMeter.size(week);
        System.out.printf("%nWrite units (TransactWriteItems, DynamoDB Local's ReturnConsumedCapacity; %d of each, averaged)%n", n);
        System.out.printf("  week item after them: %d attributes, %d B -> its update in a transaction costs 2 x ceil(%d/1024) = %d WCU%n",
                week.size(), weekBytes, weekBytes, 2 * (int) Math.ceil(weekBytes / 1024.0));
        System.out.printf("  touch (touch + prospect + week counters): %.1f WCU per touch, of which the counters %d%n", touch,
                2 * (int) Math.ceil(weekBytes / 1024.0));
        System.out.printf("  new prospect (prospect + 'added'): %.1f WCU (prospect item %d B)%n", create, prospectBytes);
        System.out.printf("  tier move (prospect + 'tierMoves' in one transaction): %.1f WCU; the same move as a plain PutItem "
                + "without the counter (stage one): %.1f WCU%n", move, plainMove);
        System.out.printf("  (reported by DynamoDB Local for %d of %d transactions)%n", tx.reported, tx.requests);
    }

    /** The local cloud's answer time for GET /api/team/stats (HTTP, production handler, DynamoDB Local underneath). */
    static void latency(int perRep) throws Exception {
        try (LocalCloud cloud = LocalCloud.start(new Options(0, null, DAY.atTime(10, 0).toInstant(ZoneOffset.UTC), null))) {
            HttpClient http = HttpClient.newHttpClient();
            var login = http.send(HttpRequest.newBuilder(cloud.url().resolve("/local/login")).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"maya@example.com\",\"name\":\"Maya\",\"role\":\"manager\",\"org\":\"bench\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String token = login.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            seed(BenchSupport.client(cloud.dynamoDbEndpoint()), LocalCloud.TABLE, perRep);
            List<Double> ms = new ArrayList<>();
            int size = 0;
            int members = 0;
            for (int i = 0; i < 12; i++) {
                long t0 = System.nanoTime();
                var r = http.send(HttpRequest.newBuilder(URI.create(cloud.url() + "/api/team/stats?weeks=12"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
                size = r.body().length();
                members = r.body().split("\"repId\"", -1).length - 1;
                if (i >= 2) ms.add((System.nanoTime() - t0) / 1e6); // two warm-up calls
            }
            ms.sort(null);
            System.out.printf("%nLocal cloud, GET /api/team/stats?weeks=12, %d members (%d reps x %d prospects): median %.0f ms, min %.0f, "
                    + "max %.0f (10 calls after 2 warm-ups; %,d B of JSON)%n", members, REPS, perRep, ms.get(ms.size() / 2), ms.get(0),
                    ms.get(ms.size() - 1), size);
        }
    }

    /** Asks TransactWriteItems for its consumed capacity and sums it. */
    static final class TransactMeter implements ExecutionInterceptor {
        double units;
        int requests;
        int reported;

        void reset() {
            units = 0;
            requests = 0;
            reported = 0;
        }

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            if (context.request() instanceof TransactWriteItemsRequest t) {
                return t.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build();
            }
            return context.request();
        }

        @Override
        public synchronized void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (!(context.response() instanceof TransactWriteItemsResponse r)) return;
            requests++;
            if (r.hasConsumedCapacity() && !r.consumedCapacity().isEmpty()) {
                reported++;
                r.consumedCapacity().forEach(c -> units += c.capacityUnits() == null ? 0 : c.capacityUnits());
            }
        }
    }
}
