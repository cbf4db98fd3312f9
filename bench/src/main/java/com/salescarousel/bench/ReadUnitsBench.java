package com.salescarousel.bench;

import static com.salescarousel.bench.BenchSupport.n;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.digest.DigestSchedule;
import com.salescarousel.digest.MorningRun;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.SendQueue;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Idempotency;
import com.salescarousel.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 3: "cost must follow due prospects, not table size". Loads a table of N prospects (100
 * reps, six time zones, digest hours 06-09), runs the production MorningRun for every hour of one
 * day on the production DynamoDB stores, and sums the read units DynamoDB Local reports for it;
 * then Scans the same table and sums that. A measurement that prints figures, not a test.
 *
 * <p>Usage: {@code ReadUnitsBench [N:due ...]}, default {@code 10000:200 50000:1000 50000:200}.
 */
public final class ReadUnitsBench {
    static final int REPS = 100;
    static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("America/New_York"),
            ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Sydney"));
    /** A Tuesday with no DST change within a day of it in any of the zones. */
    static final LocalDate DAY = LocalDate.parse(System.getProperty("bench.day", "2026-11-24"));
    static final int LOAD_THREADS = Integer.getInteger("bench.loadThreads", 4);

    record Scenario(int prospects, int due) {}

    record Figures(Scenario s, long itemsInTable, double avgProspectBytes, double loadSeconds, long loadCalls,
                   int reps, int digests, int runs, Map<String, CapacityMeter.Op> morning, double morningSeconds,
                   Map<String, CapacityMeter.Op> scan, double scanSeconds) {
        double morningReported() { return sum(morning, true, true); }
        double morningComputed() { return sum(morning, false, true); }
        double morningWrites() { return sum(morning, true, false); }
        double scanReported() { return sum(scan, true, true); }
        double scanComputed() { return sum(scan, false, true); }
        boolean allReported() {
            return java.util.stream.Stream.concat(morning.entrySet().stream(), scan.entrySet().stream())
                    .filter(e -> isRead(e.getKey())).allMatch(e -> e.getValue().reportedResponses == e.getValue().requests);
        }
    }

    static boolean isRead(String op) {
        return op.startsWith("Query") || op.startsWith("Scan") || op.startsWith("GetItem") || op.startsWith("BatchGetItem");
    }

    static double sum(Map<String, CapacityMeter.Op> ops, boolean reported, boolean reads) {
        double t = 0;
        for (var e : ops.entrySet()) {
            if (isRead(e.getKey()) != reads) continue;
            t += reported ? e.getValue().reportedUnits : e.getValue().computedUnits;
        }
        return t;
    }

    public static void main(String[] args) throws Exception {
        BenchSupport.quietLogs();
        List<Scenario> scenarios = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"10000:200", "50000:1000", "50000:200"} : args) {
            String[] p = a.split(":");
            scenarios.add(new Scenario(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
        }
        System.out.printf("MorningRun read units vs a full Scan (DynamoDB Local %s, in memory; day %s; %d reps in %d zones)%n",
                "3.1" /* ddblocal.version in the root pom */, DAY, REPS, ZONES.size());
        List<Figures> all = new ArrayList<>();
        try (LocalDynamoDb local = LocalDynamoDb.start(null)) {
            CapacityMeter meter = new CapacityMeter();
            DynamoDbClient ddb = BenchSupport.client(local.endpoint(), meter);
            for (Scenario s : scenarios) {
                Figures f = measure(ddb, meter, s);
                all.add(f);
                details(f);
            }
        }
        summary(all);
    }

    static Figures measure(DynamoDbClient ddb, CapacityMeter meter, Scenario s) throws Exception {
        if (s.prospects() % REPS != 0 || s.due() % REPS != 0) throw new IllegalArgumentException("counts must divide by " + REPS);
        String table = "Carousel-bench-" + s.prospects() + "-" + s.due();
        CarouselTable.ensure(ddb, table);
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var clock = new TestClock(DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        var profiles = new DynamoDbProfileStore(ddb, enhanced, table);
        var prospects = new DynamoDbProspectStore(ddb, enhanced, table, new Idempotency(ddb, table, clock));

        List<RepProfile> reps = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            RepProfile rep = new RepProfile(String.format(Locale.ROOT, "rep-%03d", r), "Rep " + r, "rep" + r + "@example.com",
                    "org-" + (r % 10), "rep", ZONES.get(r % ZONES.size()), 6 + (r / ZONES.size()) % 4, true);
            profiles.put(rep); // the production path: profile item plus the zone list
            reps.add(rep);
        }

        List<Map<String, AttributeValue>> items = prospects(reps, s);
        long bytes = items.stream().mapToLong(CapacityMeter::size).sum();
        long t0 = System.nanoTime();
        long calls = BenchSupport.load(ddb, table, items, LOAD_THREADS);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        // The 24 hourly runs that hold every rep's digest moment on DAY (in their own zone).
        Instant first = reps.stream().map(r -> DigestSchedule.moment(DAY, r.digestHour(), r.timeZone())).min(Instant::compareTo)
                .orElseThrow().truncatedTo(ChronoUnit.HOURS);
        for (RepProfile r : reps) {
            Instant m = DigestSchedule.moment(DAY, r.digestHour(), r.timeZone());
            if (!m.isBefore(first.plus(Duration.ofDays(1)))) throw new IllegalStateException("moment outside the 24 runs: " + r);
        }
        AtomicInteger queued = new AtomicInteger();
        SendQueue counting = (repId, sendId) -> queued.incrementAndGet();
        var morning = new MorningRun(profiles, prospects, new DynamoDbTierStore(ddb, table), new DynamoDbSendStore(ddb, table),
                counting, clock);
        meter.reset();
        int repsSeen = 0, digests = 0;
        long m0 = System.nanoTime();
        for (int h = 0; h < 24; h++) {
            Instant at = first.plusSeconds(3600L * h);
            clock.set(at.plusSeconds(5)); // the scheduler fires a few seconds into the hour
            MorningRun.Result r = morning.run(clock.instant());
            repsSeen += r.reps();
            digests += r.digestsQueued();
        }
        double morningSeconds = (System.nanoTime() - m0) / 1e9;
        var morningOps = meter.snapshot();
        if (digests != queued.get()) throw new IllegalStateException("queue saw " + queued + " sends, run reported " + digests);

        meter.reset();
        long s0 = System.nanoTime();
        long scanned = 0;
        for (var page : ddb.scanPaginator(b -> b.tableName(table))) scanned += page.count();
        double scanSeconds = (System.nanoTime() - s0) / 1e9;
        var scanOps = meter.snapshot();

        ddb.deleteTable(b -> b.tableName(table));
        return new Figures(s, scanned, (double) bytes / items.size(), loadSeconds, calls, repsSeen, digests, 24, morningOps,
                morningSeconds, scanOps, scanSeconds);
    }

    /**
     * Production-shaped prospect items (the store's own schema writes the keys, the sparse due
     * index and the search text). Per rep: exactly due/REPS with nextDueOn on or before DAY (three
     * in four on the day, the rest one to three days overdue); of the others about one in ten off the
     * carousel (paused, won, archived: not in the due index), the rest due 1-60 days later.
     */
    static List<Map<String, AttributeValue>> prospects(List<RepProfile> reps, Scenario s) {
        Random rnd = new Random(s.prospects() * 31L + s.due());
        String[] tiers = {"active", "working", "nurture"};
        String[] titles = {"Head of Procurement", "VP Sales", "Operations Manager", "CTO", "Office Manager", "Buyer"};
        ProspectStatus[] off = {ProspectStatus.PAUSED, ProspectStatus.WON, ProspectStatus.ARCHIVED};
        int perRep = s.prospects() / REPS, duePerRep = s.due() / REPS;
        List<Map<String, AttributeValue>> out = new ArrayList<>(s.prospects());
        int serial = 0;
        for (RepProfile rep : reps) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < perRep; i++) order.add(i);
            Collections.shuffle(order, rnd);
            for (int k = 0; k < perRep; k++) {
                int i = order.get(k);
                serial++;
                boolean due = k < duePerRep;
                LocalDate created = DAY.minusDays(30 + rnd.nextInt(300));
                ProspectStatus status = ProspectStatus.OPEN;
                LocalDate next;
                if (due) {
                    next = rnd.nextInt(4) == 0 ? DAY.minusDays(1 + rnd.nextInt(3)) : DAY;
                } else if (rnd.nextInt(10) == 0) {
                    status = off[rnd.nextInt(off.length)];
                    next = null;
                } else {
                    next = DAY.plusDays(1 + rnd.nextInt(60));
                }
                LocalDate lastTouch = created.plusDays(rnd.nextInt(20));
                Prospect p = Prospect.builder().repId(rep.repId())
                        .id(String.format(Locale.ROOT, "01JBENCH%018d", serial))
                        .name("Prospect " + serial + " " + (char) ('A' + i % 26) + "son")
                        .company("Company " + (serial % 5000) + " Ltd")
                        .email("prospect" + serial + "@company" + (serial % 5000) + ".example")
                        .phone(String.format(Locale.ROOT, "+1 555 %07d", serial))
                        .title(titles[rnd.nextInt(titles.length)])
                        .tier(tiers[rnd.nextInt(tiers.length)])
                        .status(status)
                        .source(rnd.nextBoolean() ? "referral" : "event")
                        .tags(rnd.nextBoolean() ? List.of("2026", "q4") : List.of())
                        .notes(rnd.nextInt(3) == 0 ? "Met at the regional trade fair; interested in the spring range, call after budgets." : null)
                        .createdOn(created).createdAt(created.atTime(9, 30).toInstant(ZoneOffset.UTC))
                        .lastTouchOn(lastTouch).lastTouchAt(lastTouch.atTime(15, 0).toInstant(ZoneOffset.UTC))
                        .nextDueOn(next).touchCount(1 + rnd.nextInt(12)).touchesSinceResponse(rnd.nextInt(4))
                        .salesReady(rnd.nextInt(8) == 0).version(1 + rnd.nextInt(12))
                        .build();
                out.add(DynamoDbProspectStore.SCHEMA.itemToMap(p, true));
            }
        }
        return out;
    }

    static void details(Figures f) {
        Scenario s = f.s();
        System.out.printf("%n== %s prospects, %s due on %s (%.2f%%) ==%n", n(s.prospects()), n(s.due()), DAY, 100.0 * s.due() / s.prospects());
        System.out.printf("load: %s items by %s BatchWriteItem calls on %d threads in %.1f s (%,.0f items/s); avg prospect item %.0f B%n",
                n(s.prospects()), n(f.loadCalls()), LOAD_THREADS, f.loadSeconds(), s.prospects() / f.loadSeconds(), f.avgProspectBytes());
        System.out.printf("MorningRun x%d (hourly, one day): %d reps had their morning, %d digests queued, %.1f s%n",
                f.runs(), f.reps(), f.digests(), f.morningSeconds());
        ops("  ", f.morning());
        System.out.printf("Scan (paginated, whole table): %s items, %.1f s%n", n(f.itemsInTable()), f.scanSeconds());
        ops("  ", f.scan());
    }

    static void ops(String indent, Map<String, CapacityMeter.Op> ops) {
        System.out.printf("%s%-22s %9s %12s %12s %10s %10s %12s%n", indent, "operation", "requests", "RCU/WCU rep.", "RCU computed",
                "items", "scanned", "bytes");
        for (var e : ops.entrySet()) {
            var o = e.getValue();
            boolean read = isRead(e.getKey());
            System.out.printf("%s%-22s %9s %12s %12s %10s %10s %12s%n", indent, e.getKey(), n(o.requests),
                    o.reportedResponses == 0 ? "none" : String.format("%,.1f", o.reportedUnits)
                            + (o.reportedResponses < o.requests ? "*" : "") + (read ? "" : " W"),
                    read ? String.format("%,.1f", o.computedUnits) : "-", read ? n(o.itemsReturned) : "-",
                    e.getKey().startsWith("GetItem") || !read ? "-" : n(o.itemsScanned), read ? n(o.bytesReturned) : "-");
        }
    }

    static void summary(List<Figures> all) {
        System.out.printf("%nSummary (read units as DynamoDB Local reports them via ReturnConsumedCapacity=TOTAL; "
                + "'computed' = from returned item sizes, 4 KB units, eventually consistent = half)%n");
        System.out.printf("%-14s %-8s %-9s %-16s %-14s %-16s %-14s %-13s %-12s %s%n", "items in table", "due", "due share",
                "MorningRun RCU", "RCU/due item", "Scan RCU", "Scan/Morning", "Morning comp.", "Scan comp.", "ratio comp.");
        for (Figures f : all) {
            double m = f.morningReported(), sc = f.scanReported();
            System.out.printf("%-14s %-8s %-9s %-16s %-14s %-16s %-14s %-13s %-12s %s%n", n(f.itemsInTable()), n(f.s().due()),
                    String.format("%.2f%%", 100.0 * f.s().due() / f.s().prospects()), String.format("%,.1f", m),
                    String.format("%.3f", m / f.s().due()), String.format("%,.1f", sc), String.format("%,.1fx", sc / m),
                    String.format("%,.1f", f.morningComputed()), String.format("%,.1f", f.scanComputed()),
                    String.format("%,.1fx", f.scanComputed() / f.morningComputed()));
        }
        System.out.printf("MorningRun request counts per scenario: %s%n", all.stream().map(f -> f.morning().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().requests).toList().toString()).toList());
        boolean reported = all.stream().allMatch(Figures::allReported);
        System.out.println(reported
                ? "Every read response carried ConsumedCapacity: the RCU columns are DynamoDB Local's own figures."
                : "Some read responses carried NO ConsumedCapacity (marked *): use the computed columns for those.");
        for (Figures f : all) {
            for (var e : f.morning().entrySet()) {
                var o = e.getValue();
                if (o.emptyResponses > 0 && o.emptyReportedUnits == 0) {
                    System.out.printf("Note (%s prospects): DynamoDB Local reported 0 RCU for the %d of %d %s requests that found nothing; "
                                    + "DynamoDB charges a query that returns nothing the minimum (0.5 RCU eventually consistent), "
                                    + "which the computed column includes.%n", n(f.s().prospects()), o.emptyResponses, o.requests, e.getKey());
                }
            }
        }
        System.out.printf("MorningRun also wrote: %s%n", all.stream().map(f -> String.format("%,.1f WCU", f.morningWrites())).toList());
    }
}
