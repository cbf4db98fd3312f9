package com.salescarousel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.agenda.AgendaEntry;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.problem.Problem;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.DynamoDbTouchStore;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import com.salescarousel.touch.TouchStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The store's behaviour against a real DynamoDB API. Subclasses say which back-end: DynamoDB Local
 * always, LocalStack where a Docker engine exists. Same tests, same assertions.
 */
public abstract class StoreContract {
    protected static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    protected static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");

    protected abstract DynamoDbClient client();

    protected DynamoDbClient ddb;
    protected String table;
    protected TestClock clock;
    protected ProspectStore prospects;
    protected TouchStore touches;
    protected TierStore tiers;
    protected ProspectBook book;
    protected TouchLog log;
    protected Agendas agendas;
    protected RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", NEW_YORK, 7, true);
    protected RepProfile bob = new RepProfile("bob", "Bob", "bob@example.com", "acme", "rep", NEW_YORK, 7, true);

    @BeforeEach
    void freshTable() {
        ddb = client();
        table = DynamoDbFixture.freshTable(ddb);
        clock = new TestClock(MONDAY_9AM_NY);
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var idem = new Idempotency(ddb, table, clock);
        prospects = new DynamoDbProspectStore(ddb, enhanced, table, idem);
        touches = new DynamoDbTouchStore(ddb, enhanced, table, idem);
        tiers = new DynamoDbTierStore(ddb, table);
        book = new ProspectBook(prospects, tiers, clock);
        log = new TouchLog(prospects, touches, tiers, clock);
        agendas = new Agendas(prospects, tiers, clock);
    }

    private Prospect add(RepProfile rep, String name, String tier) {
        return book.add(rep, new ProspectDraft(name, "Co " + name, null, null, null, tier, null, null, null, null), null);
    }

    private static TouchRequest call(Outcome o, String key) {
        return new TouchRequest(Channel.CALL, o, null, null, key);
    }

    @Test
    void create_thenFind_roundTripsEveryField() {
        Prospect p = book.add(ada, new ProspectDraft("Grace Hopper", "Navy", "Grace@Navy.mil", "+1 555 0100", "Rear Admiral",
                "working", "conference", "Ada", List.of("cobol", "compilers"), "met at the booth"), null);
        Prospect read = prospects.find("ada", p.id()).orElseThrow();
        assertEquals(p, read);
        assertEquals(LocalDate.of(2026, 11, 23), read.nextDueOn());
        assertEquals(1, read.version());
    }

    @Test
    void create_withSameIdempotencyKey_storesOneProspect() {
        var d = new ProspectDraft("Grace", null, null, null, null, null, null, null, null, null);
        Prospect first = book.add(ada, d, "offline-create-0001");
        Prospect again = book.add(ada, d, "offline-create-0001");
        assertEquals(first.id(), again.id());
        assertEquals(1, prospects.list("ada", new ProspectStore.ProspectFilter(null, null), 10, null).items().size());
    }

    @Test
    void find_otherRepsProspect_isEmpty() {
        Prospect p = add(ada, "Grace", "active");
        assertTrue(prospects.find("bob", p.id()).isEmpty());
        assertThrows(Problem.class, () -> book.get("bob", p.id()));
    }

    @Test
    void replace_withStaleVersion_throwsAndLeavesTheItem() {
        Prospect p = add(ada, "Grace", "active");
        prospects.replace(p.toBuilder().name("Grace H.").version(2).build());
        assertThrows(com.salescarousel.store.VersionConflict.class, () -> prospects.replace(p.toBuilder().name("Stale").version(2).build()));
        assertEquals("Grace H.", prospects.find("ada", p.id()).orElseThrow().name());
    }

    @Test
    void change_withStaleExpectedVersion_is409AndWritesNothing() {
        Prospect p = add(ada, "Grace", "active");
        var rename = new ProspectChange(Set.of("name"), new ProspectDraft("Grace H.", null, null, null, null, null, null, null, null, null), null, null);
        book.change(ada, p.id(), 1, rename);
        Problem conflict = assertThrows(Problem.class, () -> book.change(ada, p.id(), 1, rename));
        assertEquals(409, conflict.status());
        assertEquals(2, prospects.find("ada", p.id()).orElseThrow().version());
    }

    @Test
    void logTouch_writesTouchProspectAndCountersInOneTransaction() {
        Prospect p = add(ada, "Grace", "active");
        var logged = log.log(ada, p.id(), call(Outcome.LEFT_MESSAGE, null));
        Prospect stored = prospects.find("ada", p.id()).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 30), stored.nextDueOn());
        assertEquals(1, stored.touchCount());
        assertEquals(2, stored.version());
        assertEquals(List.of(logged.touch()), touches.history("ada", p.id(), 10));
        var week = ddb.getItem(b -> b.tableName(table).key(Map.of("PK", AttributeValue.fromS("REP#ada"),
                "SK", AttributeValue.fromS("STATS#2026-W48")))).item();
        assertEquals("1", week.get("touches").n());
        assertEquals("1", week.get("channel_call").n());
        assertEquals("1", week.get("dueOnTime").n());
    }

    @Test
    void logTouch_replayedIdempotencyKey_returnsFirstAndWritesNothing() {
        Prospect p = add(ada, "Grace", "active");
        var first = log.log(ada, p.id(), call(Outcome.NO_ANSWER, "phone-touch-0001"));
        int items = DynamoDbFixture.itemsOf(ddb, table, "ada");
        clock.advance(java.time.Duration.ofMinutes(3));
        var again = log.log(ada, p.id(), call(Outcome.NO_ANSWER, "phone-touch-0001"));
        assertTrue(again.replayed());
        assertEquals(first.touch(), again.touch());
        assertEquals(items, DynamoDbFixture.itemsOf(ddb, table, "ada"));
        assertEquals(1, prospects.find("ada", p.id()).orElseThrow().touchCount());
    }

    /** One key namespace per rep: a key that guarded a touch, or a prospect since deleted, is no replay. */
    @Test
    void idempotencyKey_guardingAnotherWrite_is400OnIdempotencyKey_andWritesNothing() {
        Prospect grace = add(ada, "Grace", "active");
        log.log(ada, grace.id(), call(Outcome.NO_ANSWER, "used-for-a-touch"));
        var linus = new ProspectDraft("Linus", null, null, null, null, null, null, null, null, null);
        int items = DynamoDbFixture.itemsOf(ddb, table, "ada");
        assertRefusedKey(assertThrows(Problem.class, () -> book.add(ada, linus, "used-for-a-touch")));
        assertEquals(items, DynamoDbFixture.itemsOf(ddb, table, "ada"));

        Prospect added = book.add(ada, linus, "used-for-a-create");
        items = DynamoDbFixture.itemsOf(ddb, table, "ada");
        assertRefusedKey(assertThrows(Problem.class, () -> log.log(ada, grace.id(), call(Outcome.NO_ANSWER, "used-for-a-create"))));
        assertEquals(items, DynamoDbFixture.itemsOf(ddb, table, "ada"));
        assertEquals(1, prospects.find("ada", grace.id()).orElseThrow().touchCount());

        book.remove("ada", added.id());
        items = DynamoDbFixture.itemsOf(ddb, table, "ada");
        assertRefusedKey(assertThrows(Problem.class, () -> book.add(ada, linus, "used-for-a-create")));
        assertEquals(items, DynamoDbFixture.itemsOf(ddb, table, "ada"));
    }

    private static void assertRefusedKey(Problem p) {
        assertEquals(400, p.status());
        assertEquals(List.of("idempotencyKey"), p.invalidParams().stream().map(Problem.InvalidParam::name).toList());
    }

    @Test
    void logTouch_fromTwoDevicesAtOnce_losesNeither() throws Exception {
        Prospect p = add(ada, "Grace", "active");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<TouchLog.Logged>> jobs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String key = "device-" + i + "-touch";
                jobs.add(() -> log.log(ada, p.id(), call(Outcome.NO_ANSWER, key)));
            }
            for (Future<TouchLog.Logged> f : pool.invokeAll(jobs)) f.get();
        } finally {
            pool.shutdown();
        }
        Prospect stored = prospects.find("ada", p.id()).orElseThrow();
        assertEquals(4, stored.touchCount());
        assertEquals(4, stored.touchesSinceResponse());
        assertEquals(5, stored.version());
        assertEquals(4, touches.history("ada", p.id(), 10).size());
    }

    @Test
    void logTouch_inTheFuture_isRefusedAndWritesNothing() {
        Prospect p = add(ada, "Grace", "active");
        int items = DynamoDbFixture.itemsOf(ddb, table, "ada");
        Problem bad = assertThrows(Problem.class, () -> log.log(ada, p.id(),
                new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, MONDAY_9AM_NY.plusSeconds(3600), null)));
        assertEquals("at", bad.invalidParams().get(0).name());
        assertEquals(items, DynamoDbFixture.itemsOf(ddb, table, "ada"));
    }

    @Test
    void logTouch_before1970_isRefusedAndWritesNothing() {
        Prospect p = add(ada, "Grace", "active");
        int items = DynamoDbFixture.itemsOf(ddb, table, "ada");
        Problem bad = assertThrows(Problem.class, () -> log.log(ada, p.id(),
                new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, Instant.parse("1969-12-31T23:59:59Z"), null)));
        assertEquals("at", bad.invalidParams().get(0).name());
        assertEquals(items, DynamoDbFixture.itemsOf(ddb, table, "ada"));
    }

    @Test
    void logTouch_backDatedReply_countsLaterTouchesFromHistory() {
        Prospect p = add(ada, "Grace", "active");
        log.log(ada, p.id(), new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, MONDAY_9AM_NY.minusSeconds(86_400 * 3), null));
        log.log(ada, p.id(), new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, MONDAY_9AM_NY.minusSeconds(86_400), null));
        log.log(ada, p.id(), call(Outcome.NO_ANSWER, null));
        var logged = log.log(ada, p.id(), new TouchRequest(Channel.EMAIL, Outcome.REPLIED, "answered my mail",
                MONDAY_9AM_NY.minusSeconds(86_400 * 2), null));
        assertEquals(2, logged.prospect().touchesSinceResponse());
        assertEquals(LocalDate.of(2026, 11, 30), logged.prospect().nextDueOn());
        assertEquals(2, touches.countAfter("ada", p.id(), MONDAY_9AM_NY.minusSeconds(86_400 * 2)));
    }

    @Test
    void history_isNewestFirstByTouchTime() {
        Prospect p = add(ada, "Grace", "active");
        log.log(ada, p.id(), call(Outcome.NO_ANSWER, null));
        log.log(ada, p.id(), new TouchRequest(Channel.MEETING, Outcome.REPLIED, null, MONDAY_9AM_NY.minusSeconds(7200), null));
        var h = touches.history("ada", p.id(), 10);
        assertEquals(List.of(Channel.CALL, Channel.MEETING), h.stream().map(t -> t.channel()).toList());
    }

    @Test
    void list_paginatesWithCursorAndFilters() {
        for (int i = 0; i < 7; i++) {
            add(ada, "P" + i, i % 2 == 0 ? "active" : "nurture");
            clock.advance(java.time.Duration.ofMillis(5));
        }
        add(bob, "Bob's own", "active");
        var all = new ProspectStore.ProspectFilter(null, null);
        var page1 = prospects.list("ada", all, 3, null);
        var page2 = prospects.list("ada", all, 3, page1.nextAfterId());
        var page3 = prospects.list("ada", all, 3, page2.nextAfterId());
        assertEquals(List.of("P0", "P1", "P2"), page1.items().stream().map(Prospect::name).toList());
        assertEquals(List.of("P3", "P4", "P5"), page2.items().stream().map(Prospect::name).toList());
        assertEquals(List.of("P6"), page3.items().stream().map(Prospect::name).toList());
        assertNull(page3.nextAfterId());
        var nurture = prospects.list("ada", new ProspectStore.ProspectFilter("nurture", null), 2, null);
        assertEquals(List.of("P1", "P3"), nurture.items().stream().map(Prospect::name).toList());
        var rest = prospects.list("ada", new ProspectStore.ProspectFilter("nurture", null), 2, nurture.nextAfterId());
        assertEquals(List.of("P5"), rest.items().stream().map(Prospect::name).toList());
        assertNull(rest.nextAfterId());
        var text = prospects.list("ada", new ProspectStore.ProspectFilter(null, "co p4"), 10, null);
        assertEquals(List.of("P4"), text.items().stream().map(Prospect::name).toList());
    }

    @Test
    void dueIndex_holdsOnlyProspectsOnTheCarouselUpToTheDay() {
        Prospect today = add(ada, "Today", "active");
        Prospect later = add(ada, "Later", "active");
        Prospect paused = add(ada, "Paused", "active");
        log.log(ada, later.id(), call(Outcome.NO_ANSWER, null)); // due next Monday
        book.change(ada, paused.id(), 1, new ProspectChange(Set.of(), new ProspectDraft(null, null, null, null, null, null, null, null, null, null),
                ProspectStatus.PAUSED, null));
        add(bob, "Bob's", "active");
        assertEquals(List.of("Today"), prospects.dueOnOrBefore("ada", LocalDate.of(2026, 11, 23)).stream().map(Prospect::name).toList());
        assertEquals(Set.of("Today", "Later"), Set.copyOf(prospects.dueOnOrBefore("ada", LocalDate.of(2026, 11, 30)).stream().map(Prospect::name).toList()));
        var item = ddb.getItem(b -> b.tableName(table).key(Map.of("PK", AttributeValue.fromS("REP#ada"),
                "SK", AttributeValue.fromS("PROSPECT#" + paused.id())))).item();
        assertFalse(item.containsKey("GSI1PK"), "a paused prospect leaves the sparse due index");
        Agenda nextMonday = agendas.forDay(ada, LocalDate.of(2026, 11, 30));
        assertEquals(List.of("Today"), nextMonday.overdue().stream().map(AgendaEntry::name).toList());
        assertEquals(List.of("Later"), nextMonday.due().stream().map(AgendaEntry::name).toList());
        assertEquals(today.id(), nextMonday.overdue().get(0).id());
    }

    @Test
    void delete_removesProspectAndHistory() {
        Prospect p = add(ada, "Grace", "active");
        log.log(ada, p.id(), call(Outcome.NO_ANSWER, null));
        log.log(ada, p.id(), call(Outcome.REPLIED, null));
        assertTrue(prospects.delete("ada", p.id()));
        assertTrue(prospects.find("ada", p.id()).isEmpty());
        assertEquals(0, touches.history("ada", p.id(), 10).size());
        assertFalse(prospects.delete("ada", p.id()));
    }

    @Test
    void tiers_defaultUntilStored() {
        assertEquals(List.of("active", "working", "nurture"), tiers.of("acme").keys());
        var custom = new com.salescarousel.cadence.Tiers(List.of(new com.salescarousel.cadence.Tier("long-shot", "Long shot", "P6W"),
                new com.salescarousel.cadence.Tier("active", "Active", "P7D")));
        tiers.put("acme", custom);
        assertEquals(custom, tiers.of("acme"));
        assertEquals(List.of("active", "working", "nurture"), tiers.of("other-org").keys());
    }
}
