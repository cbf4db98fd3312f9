package com.salescarousel.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.error.Invalid;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.RecordingSendQueue;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the signal ports and the intake must do on every back-end: the in-memory fakes, DynamoDB Local
 * and moto run the same tests through the production use cases (round robin, matching within the org,
 * one transaction, idempotent by event id, the alert queued once, speed to lead in the touch flow).
 */
public abstract class SignalContract {
    protected static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");
    protected static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    protected static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    protected abstract Stores freshStores(Clock clock);

    protected Stores stores;
    protected TestClock clock;
    protected RecordingSendQueue alerts;
    protected SignalIntake intake;
    protected SignalBook book;
    protected ProspectBook prospects;
    protected TouchLog touchLog;
    protected RepProfile ada = rep("ada", "acme", "rep"), bob = rep("bob", "acme", "rep"), mo = rep("mo", "acme", "manager");
    protected RepProfile gus = rep("gus", "globex", "rep");

    static RepProfile rep(String id, String org, String role) {
        return new RepProfile(id, id.substring(0, 1).toUpperCase() + id.substring(1), id + "@" + org + ".example", org, role, NEW_YORK, 7, true);
    }

    @BeforeEach
    void wire() {
        clock = new TestClock(MONDAY_9AM_NY);
        stores = freshStores(clock);
        alerts = new RecordingSendQueue();
        for (RepProfile r : List.of(ada, bob, mo, gus)) stores.profiles().createIfAbsent(r);
        var recorder = new SignalRecorder(stores.signals(), stores.scoring(), stores.tiers(), () -> alerts, clock);
        intake = new SignalIntake(recorder, stores.signals(), stores.prospects(), stores.profiles(), stores.members(), stores.tiers(),
                stores.sends(), () -> alerts, clock);
        book = new SignalBook(recorder, stores.signals(), stores.prospects(), stores.touches(), clock);
        prospects = new ProspectBook(stores.prospects(), stores.tiers(), clock);
        touchLog = new TouchLog(stores.prospects(), stores.touches(), stores.tiers(), clock);
    }

    private Prospect add(RepProfile rep, String name, String email, String tier) {
        return prospects.add(rep, new ProspectDraft(name, "Co " + name, email, null, null, tier, null, null, null, null), null);
    }

    private SignalEvent event(String org, String id, SignalType type, String email, String owner) {
        return new SignalEvent(org, id, type, email, "Lead " + id, "Lead Co", "via the webinar tool", "https://acme.example/x",
                clock.instant(), owner, clock.instant());
    }

    private List<Signal> signalsOf(Prospect p) {
        return stores.signals().history(p.repId(), p.id(), 50);
    }

    private Prospect only(RepProfile rep) {
        var all = stores.prospects().list(rep.repId(), new com.salescarousel.prospect.ProspectStore.ProspectFilter(null, null), 50, null).items();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void unknownAddresses_becomeNewLeads_inTurn_overTheRepsWhoTakeLeads() {
        assertEquals(SignalIntake.Result.RECORDED, intake.take(event("acme", "evt-lead-1", SignalType.EBOOK_DOWNLOAD, "one@lead.example", null)));
        clock.advance(Duration.ofSeconds(1));
        intake.take(event("acme", "evt-lead-2", SignalType.EBOOK_DOWNLOAD, "two@lead.example", null));
        clock.advance(Duration.ofSeconds(1));
        intake.take(event("acme", "evt-lead-3", SignalType.EBOOK_DOWNLOAD, "three@lead.example", null));
        // The manager takes no leads: ada, bob, ada (by rep id).
        assertEquals(List.of("one@lead.example", "three@lead.example"), stores.prospects().list("ada",
                new com.salescarousel.prospect.ProspectStore.ProspectFilter(null, null), 10, null).items().stream().map(Prospect::email).toList());
        Prospect two = only(bob);
        assertEquals("two@lead.example", two.email());
        assertEquals("active", two.tier());
        assertEquals("ebook_download", two.source());
        assertEquals("Lead evt-lead-2", two.name());
        assertEquals("acme", two.org());
        assertEquals(MONDAY, two.nextDueOn());
        assertEquals(1, signalsOf(two).size());
        assertEquals(3, stores.signals().leadTurns("acme"));
        assertEquals(Map.of("signals", 1), stores.weekCounters("bob", "2026-W48"));
        assertTrue(stores.weekCounters("mo", "2026-W48").isEmpty(), "the manager takes no leads");
    }

    @Test
    void theNamedOwner_getsTheLead_withoutTakingATurn() {
        intake.take(event("acme", "evt-owner-1", SignalType.WEBSITE_CHAT, "new@lead.example", "Bob@Acme.Example"));
        assertEquals("new@lead.example", only(bob).email());
        assertEquals(0, stores.signals().leadTurns("acme"));
    }

    @Test
    void aRetriedWebhook_andARedeliveredMessage_recordOneSignal() {
        Prospect grace = add(ada, "Grace", "grace@navy.example", "nurture");
        SignalEvent e = event("acme", "evt-retry-1", SignalType.WEBINAR_ATTENDED, "GRACE@navy.example".toLowerCase(), null);
        assertTrue(stores.signals().markQueued("acme", e.id(), clock.instant()));
        assertFalse(stores.signals().markQueued("acme", e.id(), clock.instant()), "the sender's retry is known");
        assertEquals(SignalIntake.Result.RECORDED, intake.take(e));
        int items = stores.itemsOf("ada");
        assertEquals(SignalIntake.Result.DUPLICATE, intake.take(e));
        assertEquals(SignalIntake.Result.DUPLICATE, intake.take(SignalEvent.fromMessage(e.toMessage())));
        assertEquals(items, stores.itemsOf("ada"));
        assertEquals(1, signalsOf(grace).size());
        assertEquals(Map.of("added", 1, "signals", 1), stores.weekCounters("ada", "2026-W48"));
        assertTrue(stores.signals().event("acme", e.id()).orElseThrow().recorded());
        assertFalse(stores.signals().markQueued("acme", e.id(), clock.instant()));
    }

    @Test
    void matching_staysWithinTheOrg_andFindsItemsWrittenBeforeProspectsCarriedTheirOrg() {
        Prospect acmes = add(ada, "Grace", "grace@navy.example", "active");
        Prospect globexes = add(gus, "Grace", "grace@navy.example", "active");
        intake.take(event("acme", "evt-org-1", SignalType.NEWSLETTER_CLICK, "grace@navy.example", null));
        intake.take(event("globex", "evt-org-1", SignalType.NEWSLETTER_CLICK, "grace@navy.example", null));
        assertEquals(1, signalsOf(acmes).size());
        assertEquals(1, signalsOf(globexes).size());
        // A stage-one item has no org: its owner's profile says which org it is in.
        Prospect legacy = add(bob, "Linus", "linus@kernel.example", "active");
        stores.prospects().replace(legacy.toBuilder().org(null).version(2).build());
        intake.take(event("acme", "evt-org-2", SignalType.NEWSLETTER_CLICK, "linus@kernel.example", null));
        assertEquals(1, signalsOf(legacy).size());
        assertEquals(0, stores.signals().leadTurns("acme"), "no new lead was made");
    }

    @Test
    void becomingSalesReady_movesToTheFirstTier_dueToday_countsIt_andQueuesOneAlert() {
        Prospect grace = add(ada, "Grace", "grace@navy.example", "nurture");
        clock.advance(Duration.ofDays(1)); // Tuesday; a nurture prospect touched now would be due in three months
        stores.prospects().replace(stores.prospects().find("ada", grace.id()).orElseThrow().toBuilder()
                .cadenceDueOn(MONDAY.plusDays(80)).version(2).build());
        intake.take(event("acme", "evt-ready-1", SignalType.EBOOK_DOWNLOAD, "grace@navy.example", null));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(SignalIntake.Result.RECORDED, intake.take(event("acme", "evt-ready-2", SignalType.EBOOK_DOWNLOAD, "grace@navy.example", null)));
        assertTrue(alerts.messages().isEmpty());
        clock.advance(Duration.ofMinutes(1));
        SignalEvent third = event("acme", "evt-ready-3", SignalType.WEBINAR_ATTENDED, "grace@navy.example", null);
        assertEquals(SignalIntake.Result.SALES_READY, intake.take(third));
        Prospect ready = stores.prospects().find("ada", grace.id()).orElseThrow();
        assertTrue(ready.salesReady());
        assertEquals(clock.instant(), ready.salesReadyAt());
        assertEquals("active", ready.tier());
        assertEquals(MONDAY.plusDays(1), ready.nextDueOn());
        assertEquals(Map.of("added", 1, "signals", 3, "salesReady", 1), stores.weekCounters("ada", "2026-W48"));
        assertEquals(1, alerts.messages().size());
        Send alert = stores.sends().find("ada", alerts.sendIds().get(0)).orElseThrow();
        assertEquals(Send.Kind.ALERT, alert.kind());
        assertEquals(Send.Status.QUEUED, alert.status());
        assertEquals(grace.id(), alert.prospectId());
        assertTrue(alert.relevantInfo().startsWith("Webinar attended, E-book download · 3 signals in 30 days"), alert.relevantInfo());
        // A redelivery records nothing; the waiting alert is queued again (the sender takes it once).
        assertEquals(SignalIntake.Result.DUPLICATE, intake.take(third));
        assertEquals(List.of(alert.id()), alerts.sendIds().stream().distinct().toList());
        // A fourth signal keeps it warm: no second alert, no second count.
        assertEquals(SignalIntake.Result.RECORDED, intake.take(event("acme", "evt-ready-4", SignalType.DEMO_REQUEST, "grace@navy.example", null)));
        assertEquals(Map.of("added", 1, "signals", 4, "salesReady", 1), stores.weekCounters("ada", "2026-W48"));
        assertEquals(List.of(alert.id()), alerts.sendIds().stream().distinct().toList());
    }

    @Test
    void theFirstTouchAfterwards_measuresSpeedToLead_andAReplyClearsSalesReady() {
        Prospect grace = add(ada, "Grace", "grace@navy.example", "active");
        intake.take(event("acme", "evt-speed-1", SignalType.DEMO_REQUEST, "grace@navy.example", null));
        clock.advance(Duration.ofMinutes(45));
        var called = touchLog.log(ada, grace.id(), new TouchRequest(Channel.CALL, Outcome.LEFT_MESSAGE, null, null, null));
        assertTrue(called.prospect().salesReady());
        assertEquals(List.of(0.75), stores.weekList("ada", "2026-W48", WeekTally.SPEED_TO_LEAD_HOURS));
        clock.advance(Duration.ofHours(2));
        var replied = touchLog.log(ada, grace.id(), new TouchRequest(Channel.CALL, Outcome.REPLIED, null, null, null));
        assertFalse(replied.prospect().salesReady());
        assertFalse(stores.prospects().find("ada", grace.id()).orElseThrow().salesReady());
        assertEquals(List.of(0.75), stores.weekList("ada", "2026-W48", WeekTally.SPEED_TO_LEAD_HOURS), "only the first touch counts");
    }

    @Test
    void aSignalByHand_isIdempotent_andReplaysTheFirst() {
        Prospect grace = add(ada, "Grace", "grace@navy.example", "active");
        var req = new SignalRequest(SignalType.BOOTH_VISIT, "met at the booth", null, clock.instant(), "booth-grace-0001");
        var first = book.record(ada, grace.id(), req);
        int items = stores.itemsOf("ada");
        var again = book.record(ada, grace.id(), req);
        assertTrue(again.replayed());
        assertEquals(first.signal(), again.signal());
        assertEquals(items, stores.itemsOf("ada"));
        assertEquals(Signal.Source.MANUAL, signalsOf(grace).get(0).source());
        assertThrows(Invalid.class, () -> book.record(ada, add(ada, "Linus", null, "active").id(), req));
        assertTrue(alerts.messages().isEmpty(), "one signal is not sales-ready, and a rep is never alerted of their own");
    }

    @Test
    void record_onAStaleProspect_orTwiceForOneEvent_writesNothing() {
        Prospect grace = add(ada, "Grace", "grace@navy.example", "active");
        Instant now = clock.instant();
        Signal s = new Signal("ada", grace.id(), com.salescarousel.id.Ulid.at(now), SignalType.OTHER, now, null, null, Signal.Source.WEBHOOK,
                "evt-stale-1", now);
        var tally = new WeekTally("2026-W48", Map.of("signals", 1));
        int items = stores.itemsOf("ada");
        assertThrows(VersionConflict.class, () -> stores.signals().record(new SignalStore.Write(s, grace.toBuilder().version(5).build(), false,
                tally, new SignalStore.EventGuard("acme", "evt-stale-1"), null, null)));
        assertEquals(items, stores.itemsOf("ada"));
        assertTrue(stores.signals().event("acme", "evt-stale-1").isEmpty());
        var write = new SignalStore.Write(s, grace.toBuilder().version(2).build(), false, tally, new SignalStore.EventGuard("acme", "evt-stale-1"), null, null);
        assertTrue(stores.signals().record(write));
        Signal redelivered = new Signal("ada", grace.id(), com.salescarousel.id.Ulid.at(now.plusMillis(1)), SignalType.OTHER, now, null, null,
                Signal.Source.WEBHOOK, "evt-stale-1", now);
        assertFalse(stores.signals().record(new SignalStore.Write(redelivered, grace.toBuilder().version(3).build(), false, tally,
                new SignalStore.EventGuard("acme", "evt-stale-1"), null, null)));
        assertEquals(List.of(s), signalsOf(grace));
        assertEquals(2, stores.prospects().find("ada", grace.id()).orElseThrow().version());
    }

    @Test
    void theTimeline_mergesTouchesAndSignals_newestFirst() {
        Prospect grace = add(ada, "Grace", "grace@navy.example", "active");
        book.record(ada, grace.id(), new SignalRequest(SignalType.BOOTH_VISIT, null, null, clock.instant().minusSeconds(7200), null));
        touchLog.log(ada, grace.id(), new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, clock.instant().minusSeconds(3600), null));
        book.record(ada, grace.id(), new SignalRequest(SignalType.WEBSITE_CHAT, null, null, clock.instant(), null));
        var kinds = book.timeline("ada", grace.id(), 10).stream().map(e -> e.signal() != null ? e.signal().type().wire() : "touch").toList();
        assertEquals(List.of("website_chat", "touch", "booth_visit"), kinds);
        assertEquals(2, book.timeline("ada", grace.id(), 2).size());
        assertThrows(com.salescarousel.error.NotFound.class, () -> book.timeline("bob", grace.id(), 10));
    }

    @Test
    void theOrgItems_scoringAndSecret_roundTrip_andDefaultUntilSet() {
        assertEquals(ScoringRule.DEFAULT, stores.scoring().of("acme"));
        var rule = new ScoringRule(14, 4, 3, EnumSet.of(SignalType.RFP_REQUEST));
        stores.scoring().put("acme", rule);
        assertEquals(rule, stores.scoring().of("acme"));
        assertEquals(ScoringRule.DEFAULT, stores.scoring().of("globex"));
        var none = new ScoringRule(30, 3, 2, EnumSet.noneOf(SignalType.class));
        stores.scoring().put("globex", none);
        assertEquals(none, stores.scoring().of("globex"));
        assertTrue(stores.webhookSecrets().find("acme").isEmpty());
        var sealed = new SealedSecret(new byte[] {1, 2, 3}, new byte[12], new byte[] {9, 8, 7, 6}, clock.instant());
        stores.webhookSecrets().put("acme", sealed);
        SealedSecret read = stores.webhookSecrets().find("acme").orElseThrow();
        assertEquals(sealed, read);
        assertArrayEquals(new byte[] {9, 8, 7, 6}, read.ciphertext());
    }

    @Test
    void withEmail_findsEveryOrgsProspects_caseInsensitively() {
        add(ada, "Grace", "Grace@Navy.example", "active");
        add(gus, "Grace", "grace@navy.example", "active");
        assertEquals(2, stores.signals().withEmail("GRACE@navy.EXAMPLE").size());
        assertTrue(stores.signals().withEmail("nobody@navy.example").isEmpty());
    }
}
