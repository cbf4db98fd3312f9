package com.salescarousel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.agenda.AgendaEntry;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.error.Conflict;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.problem.Problems;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.team.Member;
import com.salescarousel.template.Template;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import com.salescarousel.touch.TouchStore;
import java.time.Clock;
import java.time.Duration;
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

/**
 * What every store back-end must do. Subclasses say which: DynamoDB Local and moto (and LocalStack
 * where a Docker engine exists) through the production adapters, and the in-memory fakes the fast
 * tier wires instead. Same tests, same assertions, so the fakes cannot drift from DynamoDB.
 */
public abstract class StoreContract {
    protected static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    protected static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");

    /** Every store port of the back-end under test, on a fresh, empty table. */
    protected abstract Stores freshStores(Clock clock);

    protected Stores stores;
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
        clock = new TestClock(MONDAY_9AM_NY);
        stores = freshStores(clock);
        prospects = stores.prospects();
        touches = stores.touches();
        tiers = stores.tiers();
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
        assertThrows(NotFound.class, () -> book.get("bob", p.id()));
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
        Conflict conflict = assertThrows(Conflict.class, () -> book.change(ada, p.id(), 1, rename));
        assertEquals(409, Problems.of(conflict).status());
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
        var week = stores.weekCounters("ada", "2026-W48");
        assertEquals(1, week.get("touches"));
        assertEquals(1, week.get("channel_call"));
        assertEquals(1, week.get("dueOnTime"));
    }

    @Test
    void logTouch_replayedIdempotencyKey_returnsFirstAndWritesNothing() {
        Prospect p = add(ada, "Grace", "active");
        var first = log.log(ada, p.id(), call(Outcome.NO_ANSWER, "phone-touch-0001"));
        int items = stores.itemsOf("ada");
        clock.advance(java.time.Duration.ofMinutes(3));
        var again = log.log(ada, p.id(), call(Outcome.NO_ANSWER, "phone-touch-0001"));
        assertTrue(again.replayed());
        assertEquals(first.touch(), again.touch());
        assertEquals(items, stores.itemsOf("ada"));
        assertEquals(1, prospects.find("ada", p.id()).orElseThrow().touchCount());
    }

    /** One key namespace per rep: a key that guarded a touch, or a prospect since deleted, is no replay. */
    @Test
    void idempotencyKey_guardingAnotherWrite_is400OnIdempotencyKey_andWritesNothing() {
        Prospect grace = add(ada, "Grace", "active");
        log.log(ada, grace.id(), call(Outcome.NO_ANSWER, "used-for-a-touch"));
        var linus = new ProspectDraft("Linus", null, null, null, null, null, null, null, null, null);
        int items = stores.itemsOf("ada");
        assertRefusedKey(assertThrows(Invalid.class, () -> book.add(ada, linus, "used-for-a-touch")));
        assertEquals(items, stores.itemsOf("ada"));

        Prospect added = book.add(ada, linus, "used-for-a-create");
        items = stores.itemsOf("ada");
        assertRefusedKey(assertThrows(Invalid.class, () -> log.log(ada, grace.id(), call(Outcome.NO_ANSWER, "used-for-a-create"))));
        assertEquals(items, stores.itemsOf("ada"));
        assertEquals(1, prospects.find("ada", grace.id()).orElseThrow().touchCount());

        book.remove("ada", added.id());
        items = stores.itemsOf("ada");
        assertRefusedKey(assertThrows(Invalid.class, () -> book.add(ada, linus, "used-for-a-create")));
        assertEquals(items, stores.itemsOf("ada"));
    }

    private static void assertRefusedKey(Invalid p) {
        assertEquals(400, Problems.of(p).status());
        assertEquals(List.of("idempotencyKey"), p.fields().stream().map(f -> f.name()).toList());
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
        int items = stores.itemsOf("ada");
        Invalid bad = assertThrows(Invalid.class, () -> log.log(ada, p.id(),
                new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, MONDAY_9AM_NY.plusSeconds(3600), null)));
        assertEquals("at", bad.fields().get(0).name());
        assertEquals(items, stores.itemsOf("ada"));
    }

    @Test
    void logTouch_before1970_isRefusedAndWritesNothing() {
        Prospect p = add(ada, "Grace", "active");
        int items = stores.itemsOf("ada");
        Invalid bad = assertThrows(Invalid.class, () -> log.log(ada, p.id(),
                new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, Instant.parse("1969-12-31T23:59:59Z"), null)));
        assertEquals("at", bad.fields().get(0).name());
        assertEquals(items, stores.itemsOf("ada"));
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
        assertFalse(stores.inDueIndex("ada", paused.id()), "a paused prospect leaves the sparse due index");
        assertTrue(stores.inDueIndex("ada", later.id()));
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
        assertEquals(List.of("active", "working", "customer", "nurture"), tiers.of("acme").keys());
        var custom = new com.salescarousel.cadence.Tiers(List.of(new com.salescarousel.cadence.Tier("long-shot", "Long shot", "P6W"),
                new com.salescarousel.cadence.Tier("active", "Active", "P7D")));
        tiers.put("acme", custom);
        assertEquals(List.of("long-shot", "customer", "active"), tiers.of("acme").keys(), "stored tiers gain the customer tier, before the last");
        assertEquals(custom.inPriorityOrder().get(0), tiers.of("acme").inPriorityOrder().get(0));
        assertEquals(List.of("active", "working", "customer", "nurture"), tiers.of("other-org").keys());
    }

    @Test
    void recordTouch_onAStaleProspect_writesNothing_andLeavesItsKeyFree() {
        Prospect p = add(ada, "Grace", "active");
        int items = stores.itemsOf("ada");
        Instant now = clock.instant();
        Touch t = new Touch("ada", p.id(), Ulid.at(now), Channel.CALL, Outcome.NO_ANSWER, null, now, LocalDate.of(2026, 11, 23),
                "stale-device-0001", now);
        Prospect stale = p.toBuilder().touchCount(1).version(3).build();
        assertThrows(VersionConflict.class, () -> touches.record(t, stale, WeekTally.of(t, p), null));
        assertEquals(items, stores.itemsOf("ada"), "no touch, no counters, no idempotency key");
        assertEquals(Map.of("added", 1), stores.weekCounters("ada", "2026-W48"), "only the prospect's own creation is counted");
        assertTrue(touches.byIdempotencyKey("ada", "stale-device-0001").isEmpty());
        Prospect next = p.toBuilder().touchCount(1).version(2).build();
        assertTrue(touches.record(t, next, WeekTally.of(t, p), null).isEmpty(), "the retry records it");
        assertEquals(List.of(t), touches.history("ada", p.id(), 10));
        assertEquals(next, prospects.find("ada", p.id()).orElseThrow());
        assertEquals(java.util.Optional.of(t), touches.record(t, next, WeekTally.of(t, p), null), "a replay gets the first touch back");
        assertEquals(1, stores.weekCounters("ada", "2026-W48").get("touches"));
    }

    @Test
    void touchForASentMail_marksItsSendSentInTheSameTransaction_orWritesNothing() {
        Prospect p = add(ada, "Grace", "active");
        var sends = stores.sends();
        Instant now = clock.instant();
        sends.createIfAbsent(Send.touch("ada", "send-0003", p.id(), "T1", null, now));
        int items = stores.itemsOf("ada");
        var mail = new TouchStore.SentMail("send-0003", "ses-42");
        var email = new TouchRequest(Channel.EMAIL, Outcome.LEFT_MESSAGE, "e-mail: News", null, "send-send-0003");
        assertThrows(IllegalStateException.class, () -> log.log(ada, p.id(), email, mail), "the send was never claimed");
        assertEquals(items, stores.itemsOf("ada"));
        assertEquals(0, prospects.find("ada", p.id()).orElseThrow().touchCount());
        assertEquals(Send.Status.QUEUED, sends.find("ada", "send-0003").orElseThrow().status());

        sends.claim("ada", "send-0003", now, now.plusSeconds(120));
        var logged = log.log(ada, p.id(), email, mail);
        Send sent = sends.find("ada", "send-0003").orElseThrow();
        assertEquals(Send.Status.SENT, sent.status());
        assertEquals("ses-42", sent.messageId());
        assertEquals(logged.touch().id(), sent.touchId());
        assertEquals(1, prospects.find("ada", p.id()).orElseThrow().touchCount());
    }

    @Test
    void sendRecord_movesOnlyForward_fromTheStateItLeaves() {
        var sends = stores.sends();
        Instant now = clock.instant();
        Send s = Send.touch("ada", "send-0001", "P1", "T1", "COBOL turns 67.", now);
        assertTrue(sends.createIfAbsent(s));
        assertFalse(sends.createIfAbsent(s), "a repeated run or request finds the record");
        assertEquals(s, sends.find("ada", "send-0001").orElseThrow());
        assertTrue(sends.find("bob", "send-0001").isEmpty());

        Send claimed = sends.claim("ada", s.id(), now.plusSeconds(1), now.plusSeconds(121)).orElseThrow();
        assertEquals(Send.Status.SENDING, claimed.status());
        assertEquals(1, claimed.attempts());
        assertEquals(now.plusSeconds(121), claimed.leaseUntil());
        assertEquals(claimed, sends.find("ada", s.id()).orElseThrow());
        assertTrue(sends.claim("ada", s.id(), now.plusSeconds(2), now.plusSeconds(122)).isEmpty(), "only a QUEUED record is claimed");

        sends.release("ada", s.id(), "will retry: throttled", now.plusSeconds(3));
        Send released = sends.find("ada", s.id()).orElseThrow();
        assertEquals(Send.Status.QUEUED, released.status());
        assertEquals("will retry: throttled", released.detail());
        assertEquals(now.plusSeconds(3), released.updatedAt());
        assertEquals(2, sends.claim("ada", s.id(), now.plusSeconds(4), now.plusSeconds(124)).orElseThrow().attempts());

        sends.finish("ada", s.id(), Send.Status.SENT, "ses-1", null, now.plusSeconds(5));
        Send sent = sends.find("ada", s.id()).orElseThrow();
        assertEquals(Send.Status.SENT, sent.status());
        assertEquals("ses-1", sent.messageId());
        assertEquals("will retry: throttled", sent.detail(), "a transition without a detail keeps the last one");
        assertThrows(RuntimeException.class, () -> sends.finish("ada", s.id(), Send.Status.FAILED, null, "late", now.plusSeconds(6)));
        assertThrows(RuntimeException.class, () -> sends.release("ada", s.id(), "late", now.plusSeconds(6)));
        assertThrows(RuntimeException.class, () -> sends.release("ada", "send-none", "never queued", now.plusSeconds(6)));
        assertTrue(sends.claim("ada", s.id(), now.plusSeconds(6), now.plusSeconds(126)).isEmpty());
        assertEquals(sent, sends.find("ada", s.id()).orElseThrow(), "a transition from the wrong state changes nothing");
    }

    @Test
    void sendRecord_lapsedLease_becomesUncertainOnce() {
        var sends = stores.sends();
        Instant now = clock.instant();
        sends.createIfAbsent(Send.touch("ada", "send-0002", "P1", "T1", null, now));
        assertFalse(sends.markUncertain("ada", "send-0002", now.plusSeconds(600)), "a QUEUED record is not in flight");
        sends.claim("ada", "send-0002", now, now.plus(Duration.ofMinutes(2)));
        assertFalse(sends.markUncertain("ada", "send-0002", now.plusSeconds(60)), "the lease still holds");
        assertTrue(sends.markUncertain("ada", "send-0002", now.plusSeconds(180)));
        assertEquals(Send.Status.UNCERTAIN, sends.find("ada", "send-0002").orElseThrow().status());
        assertFalse(sends.markUncertain("ada", "send-0002", now.plusSeconds(240)));
        assertTrue(sends.claim("ada", "send-0002", now.plusSeconds(240), now.plusSeconds(360)).isEmpty(), "never sent again automatically");
    }

    @Test
    void sendRecords_recent_newestFirst_onlyTheRepsOwn() {
        var sends = stores.sends();
        Instant now = clock.instant();
        for (int i = 1; i <= 3; i++) sends.createIfAbsent(Send.touch("ada", "send-000" + i, "P1", "T1", null, now.plusSeconds(i)));
        sends.createIfAbsent(Send.digest("ada", LocalDate.of(2026, 11, 23), now.minusSeconds(60)));
        sends.createIfAbsent(Send.touch("bob", "send-0009", "P9", "T1", null, now.plusSeconds(9)));
        assertEquals(List.of("send-0003", "send-0002"), sends.recent("ada", 2).stream().map(Send::id).toList());
        assertEquals(List.of("send-0003", "send-0002", "send-0001", "DIGEST-2026-11-23"),
                sends.recent("ada", 10).stream().map(Send::id).toList());
    }

    @Test
    void template_everyWriteIsGuardedByItsVersion() {
        var templates = stores.templates();
        Template v1 = new Template("acme", "01KB0000000000000000000001", "News", "Hi", "Hello {{prospect.name}}", null, 1);
        templates.put(v1);
        assertEquals(v1, templates.find("acme", v1.id()).orElseThrow());
        assertThrows(VersionConflict.class, () -> templates.put(v1), "version 1 is only for a new template");
        Template v2 = new Template("acme", v1.id(), "News", "Hi again", v1.bodyText(), "<p>Hello</p>", 2);
        templates.put(v2);
        assertThrows(VersionConflict.class, () -> templates.put(v2), "the second writer of version 2 loses");
        assertThrows(VersionConflict.class, () -> templates.put(new Template("acme", v1.id(), "News", "Skip", "x", null, 4)));
        assertEquals(v2, templates.find("acme", v1.id()).orElseThrow());
        Template second = new Template("acme", "01KB0000000000000000000003", "Thanks", "Thanks", "Thank you", null, 1);
        templates.put(second);
        templates.put(new Template("globex", "01KB0000000000000000000002", "Theirs", "Theirs", "x", null, 1));
        assertEquals(List.of(v2, second), templates.all("acme"));
        assertTrue(templates.find("globex", v1.id()).isEmpty());
        assertTrue(templates.delete("acme", v1.id()));
        assertFalse(templates.delete("acme", v1.id()));
        assertEquals(List.of(second), templates.all("acme"));
    }

    @Test
    void profiles_digestLookUp_followsEveryChangeOfZoneAndHour() {
        var profiles = stores.profiles();
        ZoneId london = ZoneId.of("Europe/London");
        assertEquals(ada, profiles.createIfAbsent(ada));
        assertEquals(ada, profiles.createIfAbsent(ada.withSettings("Someone else", london, 9, false)), "the first profile stays");
        profiles.put(bob);
        RepProfile cy = new RepProfile("cy", "Cy", "cy@example.com", "acme", "rep", london, 7, true);
        profiles.put(cy);
        assertEquals(List.of(ada, bob), profiles.withDigestAt(NEW_YORK, 7));
        RepProfile later = ada.withSettings("Ada", NEW_YORK, 8, true);
        profiles.put(later);
        assertEquals(List.of(bob), profiles.withDigestAt(NEW_YORK, 7));
        assertEquals(List.of(later), profiles.withDigestAt(NEW_YORK, 8));
        assertEquals(List.of(cy), profiles.withDigestAt(london, 7));
        assertEquals(List.of(), profiles.withDigestAt(ZoneId.of("Asia/Tokyo"), 7));
        assertEquals(Set.of(NEW_YORK, london), profiles.zonesInUse());
        assertEquals(later, profiles.find("ada").orElseThrow());
        assertTrue(profiles.find("nobody").isEmpty());
    }

    @Test
    void suppressions_anUnsubscribeIsPerOrg_aBounceIsEverywhere_inAnyCase() {
        var suppressions = stores.suppressions();
        assertFalse(suppressions.isSuppressed("acme", "grace@navy.example"));
        suppressions.optOut("acme", "Grace@Navy.example");
        assertTrue(suppressions.isSuppressed("acme", " grace@navy.EXAMPLE "));
        assertFalse(suppressions.isSuppressed("globex", "grace@navy.example"));
        suppressions.suppressEverywhere("gone@bounce.example", "bounce");
        assertTrue(suppressions.isSuppressed("acme", "GONE@bounce.example"));
        assertTrue(suppressions.isSuppressed("globex", "gone@bounce.example"));
    }

    @Test
    void pushSubscriptions_onePerEndpoint_eachRepOnlyTheirOwn() {
        var push = stores.pushes();
        Instant now = clock.instant();
        var phone = new PushSubscription("ada", "https://push.example/phone", "key-1", "auth-1", now);
        push.save(phone);
        var renewed = new PushSubscription("ada", "https://push.example/phone", "key-2", "auth-2", now.plusSeconds(60));
        push.save(renewed);
        var laptop = new PushSubscription("ada", "https://push.example/laptop", "key-3", "auth-3", now);
        push.save(laptop);
        push.save(new PushSubscription("bob", "https://push.example/bobs-phone", "key-4", "auth-4", now));
        assertEquals(Set.of(renewed, laptop), Set.copyOf(push.forRep("ada")));
        assertTrue(push.remove("ada", phone.endpoint()));
        assertFalse(push.remove("ada", phone.endpoint()));
        assertFalse(push.remove("ada", "https://push.example/bobs-phone"), "another rep's device is out of reach");
        assertEquals(List.of(laptop), push.forRep("ada"));
        assertEquals(1, push.forRep("bob").size());
    }

    @Test
    void firstSignIn_makesTheProfileAndTheMembership_once() {
        RepProfile manager = new RepProfile("mia", "Mia", "mia@example.com", "acme", RepProfile.MANAGER, NEW_YORK, 7, true);
        stores.profiles().createIfAbsent(ada);
        stores.profiles().createIfAbsent(manager);
        stores.profiles().createIfAbsent(ada.withSettings("Ada again", NEW_YORK, 8, true));
        stores.profiles().createIfAbsent(new RepProfile("zed", "Zed", "zed@example.com", "globex", "rep", NEW_YORK, 7, true));
        var team = stores.members().of("acme");
        assertEquals(Set.of("ada", "mia"), Set.copyOf(team.stream().map(Member::repId).toList()));
        Member a = stores.members().find("acme", "ada").orElseThrow();
        assertEquals("Ada", a.name(), "a second sign-in changes nothing");
        assertEquals(Member.Status.ACTIVE, a.status());
        assertTrue(a.acceptsLeads(), "reps take new leads by default");
        assertFalse(stores.members().find("acme", "mia").orElseThrow().acceptsLeads(), "managers do not");
        assertTrue(stores.members().find("acme", "zed").isEmpty(), "another org's rep is not in this team");
    }

    @Test
    void firstSignIn_ofADisabledMember_isRefused_andTheDisableStands() {
        stores.members().put(new Member("acme", "dee", "Dee", "dee@example.com", "rep", true, Member.Status.DISABLED, MONDAY_9AM_NY));
        RepProfile dee = new RepProfile("dee", "Dee", "dee@example.com", "acme", "rep", NEW_YORK, 7, true);
        assertThrows(com.salescarousel.error.Forbidden.class, () -> stores.profiles().createIfAbsent(dee));
        assertTrue(stores.profiles().find("dee").isEmpty(), "no profile written");
        assertEquals(Member.Status.DISABLED, stores.members().find("acme", "dee").orElseThrow().status());
    }
}
