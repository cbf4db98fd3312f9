package com.salescarousel.bench;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.digest.DigestSchedule;
import com.salescarousel.digest.MorningRun;
import com.salescarousel.entry.sender.SesSettings;
import com.salescarousel.entry.sender.TouchSenderComponent;
import com.salescarousel.entry.sender.TouchSenderHandler;
import com.salescarousel.json.Json;
import com.salescarousel.local.LocalSes;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Send;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Idempotency;
import com.salescarousel.template.DynamoDbTemplateStore;
import com.salescarousel.template.Template;
import com.salescarousel.template.Templates;
import com.salescarousel.wiring.Settings;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sender's measured pace. LocalSes (the local cloud's SES v2 endpoint) is given a MaxSendRate;
 * the production MorningRun queues 200 sends (10 digests, 190 auto-send touches); the production
 * touch-sender graph (TouchSenderComponent: Sender + SesMailer, which reads MaxSendRate from
 * GetAccount and paces to it) delivers them through TouchSenderHandler in SQS-sized batches of
 * 10, failed messages coming back a second later as SQS would redeliver them. Printed: mails per
 * second as SES accepted them, against the account's rate, and every SES answer by status.
 * Runs: one container at 14/s; two containers at once (each paces on its own); one container
 * against a rate it cannot reach (1000/s), which shows the sender's own ceiling on this machine.
 *
 * <p>Usage: {@code SenderPaceBench [RATExCONTAINERS ...]}, default {@code 14x1 14x2 1000x1}.
 */
public final class SenderPaceBench {
    static final int REPS = 10, TOUCHES_PER_REP = 19, BATCH = 10;
    static final long REDELIVER_AFTER_MS = 1000;

    record Message(String repId, String sendId, long notBeforeNanos) {}

    public static void main(String[] args) throws Exception {
        BenchSupport.quietLogs();
        // RATExCONTAINERS: the account's MaxSendRate, and how many sender containers run at once.
        List<String> runs = args.length == 0 ? List.of("14x1", "14x2", "1000x1") : List.of(args);
        System.out.println("Sender pace: TouchSenderHandler (production graph: Sender + SesMailer) -> LocalSes (SES v2 endpoint)");
        try (LocalDynamoDb local = LocalDynamoDb.start(null); LocalSes ses = LocalSes.start(null, Clock.systemUTC())) {
            DynamoDbClient ddb = BenchSupport.client(local.endpoint());
            int n = 0;
            for (String r : runs) {
                String[] p = r.split("x");
                double rate = Double.parseDouble(p[0]);
                ses.maxSendRate(rate);
                run(ddb, local.endpoint(), ses, rate, Integer.parseInt(p[1]), "Carousel-pace-" + (++n));
            }
        }
    }

    static void run(DynamoDbClient ddb, URI ddbEndpoint, LocalSes ses, double rate, int containers, String table) throws Exception {
        List<Message> queued = queueSends(ddb, table);
        ses.clear();
        SesCalls.snapshotAndReset();

        // One production graph per "container", as Lambda would start them; each reads GetAccount once and,
        // like the template's SENDER_CONCURRENCY, paces to its share of the rate.
        var mail = new MailSettings("Sales Carousel <carousel@localhost>", "http://127.0.0.1", "carousel-bench");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        List<Deque<Message>> lanes = new ArrayList<>();
        List<TouchSenderHandler> handlers = new ArrayList<>();
        for (int i = 0; i < containers; i++) {
            handlers.add(new TouchSenderHandler(TouchSenderComponent.create(Settings.local(table, ddbEndpoint), mail,
                    new UnsubscribeTokens(secret), new SesSettings("us-east-1", Optional.of(ses.endpoint()), containers),
                    com.salescarousel.push.PushSettings.OFF, Clock.systemUTC())));
            lanes.add(new ArrayDeque<>());
        }
        for (int i = 0; i < queued.size(); i++) lanes.get(i % containers).add(queued.get(i));

        AtomicInteger batches = new AtomicInteger(), redeliveries = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < containers; i++) {
            TouchSenderHandler handler = handlers.get(i);
            Deque<Message> lane = lanes.get(i);
            threads.add(Thread.ofPlatform().name("container-" + i).start(() -> deliver(handler, lane, batches, redeliveries)));
        }
        for (Thread t : threads) t.join();
        double wall = (System.nanoTime() - t0) / 1e9;

        List<Instant> accepted = ses.outbox().stream().map(m -> Instant.parse(m.at())).sorted().toList();
        long distinctTo = ses.outbox().stream().map(m -> String.join(",", m.to()) + "|" + m.subject()).distinct().count();
        Map<String, Integer> calls = SesCalls.snapshotAndReset();
        double span = (accepted.get(accepted.size() - 1).toEpochMilli() - accepted.get(0).toEpochMilli()) / 1000.0;
        int maxInSecond = 0;
        for (int i = 0, j = 0; i < accepted.size(); i++) {
            while (accepted.get(i).toEpochMilli() - accepted.get(j).toEpochMilli() >= 1000) j++;
            maxInSecond = Math.max(maxInSecond, i - j + 1);
        }
        Map<Send.Status, Integer> statuses = statuses(ddb, table, queued);

        System.out.printf("%n== MaxSendRate %.0f/s, %d sender container(s) at once, %d queued sends (%d digests, %d touches) ==%n",
                rate, containers, queued.size(), REPS, queued.size() - REPS);
        System.out.printf("accepted by SES: %d mails (distinct recipient+subject: %d); send records: %s%n", accepted.size(), distinctTo, statuses);
        System.out.printf("measured pace: %.2f mails/s between first and last acceptance (%d mails in %.2f s); "
                        + "%.2f mails/s over the whole delivery incl. GetAccount and DynamoDB work (%.2f s)%n",
                (accepted.size() - 1) / span, accepted.size(), span, accepted.size() / wall, wall);
        System.out.printf("account MaxSendRate: %.1f/s -> measured/max = %.0f%%; most mails accepted in any 1 s window: %d%n",
                rate, 100 * ((accepted.size() - 1) / span) / rate, maxInSecond);
        System.out.printf("SES answers: %s; handler batches: %d; messages handed back for redelivery: %d%n", calls, batches.get(),
                redeliveries.get());
        ddb.deleteTable(b -> b.tableName(table));
    }

    /** What Lambda's SQS poller does for one container: batches of 10, failures back after a while. */
    private static void deliver(TouchSenderHandler handler, Deque<Message> lane, AtomicInteger batches, AtomicInteger redeliveries) {
        while (true) {
            List<Message> batch = new ArrayList<>();
            synchronized (lane) {
                if (lane.isEmpty()) return;
                long now = System.nanoTime();
                List<Message> later = new ArrayList<>();
                while (!lane.isEmpty() && batch.size() < BATCH) {
                    Message m = lane.poll();
                    (m.notBeforeNanos() <= now ? batch : later).add(m);
                }
                Collections.reverse(later);
                later.forEach(lane::addFirst);
            }
            if (batch.isEmpty()) {
                sleep(50);
                continue;
            }
            SQSEvent event = new SQSEvent();
            Map<String, Message> byId = new HashMap<>();
            List<SQSEvent.SQSMessage> records = new ArrayList<>();
            for (Message m : batch) {
                SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
                r.setMessageId(m.sendId());
                r.setBody(Json.write(Map.of("repId", m.repId(), "sendId", m.sendId())));
                records.add(r);
                byId.put(m.sendId(), m);
            }
            event.setRecords(records);
            batches.incrementAndGet();
            var response = handler.handleRequest(event, null);
            long again = System.nanoTime() + REDELIVER_AFTER_MS * 1_000_000;
            for (var failure : response.getBatchItemFailures()) {
                Message m = byId.get(failure.getItemIdentifier());
                redeliveries.incrementAndGet();
                synchronized (lane) {
                    lane.addLast(new Message(m.repId(), m.sendId(), again));
                }
            }
        }
    }

    /** Ten reps (UTC, 07:00), each with 19 prospects due today in an auto-send tier; MorningRun queues their sends. */
    static List<Message> queueSends(DynamoDbClient ddb, String table) throws Exception {
        CarouselTable.ensure(ddb, table);
        Clock clock = Clock.systemUTC();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var profiles = new DynamoDbProfileStore(ddb, enhanced, table);
        var prospects = new DynamoDbProspectStore(ddb, enhanced, table, new Idempotency(ddb, table, clock));
        var tiers = new DynamoDbTierStore(ddb, table);
        Template t = new Templates(new DynamoDbTemplateStore(ddb, table), clock).create("acme", new Templates.Draft("Checking in",
                "{{prospect.firstName}}, a quick note", "Hi {{prospect.firstName}}, checking in on {{prospect.company}}. {{rep.name}}",
                "<p>Hi {{prospect.firstName}}, checking in on {{prospect.company}}.</p><p>{{rep.name}}</p>"));
        tiers.put("acme", new Tiers(List.of(new Tier("active", "Active", Period.ofDays(7), t.id()),
                new Tier("working", "Working", "P1M"), new Tier("nurture", "Nurture", "P3M"))));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            RepProfile rep = new RepProfile(String.format(Locale.ROOT, "rep-%02d", r), "Rep " + r, "rep" + r + "@example.com", "acme",
                    "rep", RepProfile.DEFAULT_ZONE, 7, false);
            profiles.put(rep);
            for (int i = 0; i < TOUCHES_PER_REP; i++) {
                int serial = r * 100 + i;
                Prospect p = Prospect.builder().repId(rep.repId()).id(String.format(Locale.ROOT, "01JPACE%019d", serial))
                        .name("Pat " + serial).company("Company " + serial).email("pat" + serial + "@company" + serial + ".example")
                        .tier("active").status(ProspectStatus.OPEN).createdOn(today.minusDays(14))
                        .createdAt(today.minusDays(14).atStartOfDay().toInstant(ZoneOffset.UTC)).nextDueOn(today).version(1).build();
                items.add(DynamoDbProspectStore.SCHEMA.itemToMap(p, true));
            }
        }
        BenchSupport.load(ddb, table, items, 2);
        List<Message> out = new ArrayList<>();
        var morning = new MorningRun(profiles, prospects, tiers, new DynamoDbSendStore(ddb, table),
                (repId, sendId) -> out.add(new Message(repId, sendId, 0)), clock);
        var result = morning.run(DigestSchedule.moment(today, 7, RepProfile.DEFAULT_ZONE));
        if (result.digestsQueued() != REPS || result.touchesQueued() != REPS * TOUCHES_PER_REP) {
            throw new IllegalStateException("MorningRun queued " + result);
        }
        return out;
    }

    static Map<Send.Status, Integer> statuses(DynamoDbClient ddb, String table, List<Message> sent) {
        var store = new DynamoDbSendStore(ddb, table);
        Map<Send.Status, Integer> out = new java.util.TreeMap<>();
        for (Message m : sent) {
            store.find(m.repId(), m.sendId()).ifPresent(s -> out.merge(s.status(), 1, Integer::sum));
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
