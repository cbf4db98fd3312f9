package com.salescarousel.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.agenda.AgendaEntry;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.error.Invalid;
import com.salescarousel.prospect.DueReason;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Purpose;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customers and referrals on every store back-end (DESIGN 7.3): the in-memory fakes, DynamoDB Local and moto
 * run the same tests through the production use cases. The expected days are written out, worked by hand
 * from the rules (cadence and asks from the touch's day, weekends moved to Monday), never computed here.
 */
public abstract class ReferralContract {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday

    protected abstract Stores freshStores(Clock clock);

    private Stores stores;
    private TestClock clock;
    private ProspectStore prospects;
    private ProspectBook book;
    private TouchLog log;
    private Agendas agendas;
    private final RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", LONDON, 7, true);
    private final RepProfile bob = new RepProfile("bob", "Bob", "bob@example.com", "globex", "rep", ZoneId.of("America/Chicago"), 8, true);

    @BeforeEach
    void freshTable() {
        clock = new TestClock(at(START));
        stores = freshStores(clock);
        prospects = stores.prospects();
        book = new ProspectBook(prospects, stores.tiers(), clock);
        log = new TouchLog(prospects, stores.touches(), stores.tiers(), clock);
        agendas = new Agendas(prospects, stores.tiers(), clock);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC); // 09:00 or 10:00 in London: the same day
    }

    private Prospect add(RepProfile rep, String name, String tier, String referredById) {
        return book.add(rep, new ProspectDraft(name, name + " Ltd", null, null, null, tier, null, null, null, null, referredById), null);
    }

    private Prospect status(String id, ProspectStatus s) {
        Prospect p = prospects.find("ada", id).orElseThrow();
        return book.change(ada, id, p.version(), new ProspectChange(Set.of(), draft(null), s, null));
    }

    private Prospect referrer(RepProfile rep, String id, String referredById) {
        Prospect p = prospects.find(rep.repId(), id).orElseThrow();
        return book.change(rep, id, p.version(), new ProspectChange(Set.of("referredById"), draft(referredById), null, null));
    }

    private static ProspectDraft draft(String referredById) {
        return new ProspectDraft(null, null, null, null, null, null, null, null, null, null, referredById);
    }

    private TouchLog.Logged touch(String id, Purpose purpose) {
        return log.log(ada, id, new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, null, null, purpose));
    }

    private Prospect stored(String id) {
        return prospects.find("ada", id).orElseThrow();
    }

    private static void assertNamesField(Invalid e) {
        assertEquals(List.of("referredById"), e.fields().stream().map(f -> f.name()).toList(), e.getMessage());
    }

    /**
     * A year of one rep's mornings. Carol is won on day one (a customer), Dan lost, Erin came through Carol
     * and Frank through Erin. Every working day the rep works Today: an entry due for a referral ask gets a
     * touch logged as the ask, any other a plain touch. Erin is won in March (Carol is thanked), Frank lost in
     * September. Every entry of the year, with its reasons, is checked against the list below.
     */
    @Test
    void simulatedYear_asksAtOneMonthThenEverySixMonths_lostDealsAtOnce_thankYous_andNoLoops() {
        Map<String, String> ids = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (LocalDate day = START; day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            clock.set(at(day));
            if (day.equals(START)) {
                ids.put("Carol", add(ada, "Carol", "working", null).id());
                Prospect carol = status(ids.get("Carol"), ProspectStatus.WON);
                assertEquals("customer", carol.tier());
                assertEquals(LocalDate.of(2027, 2, 4), carol.nextReferralAskOn(), "the first ask one month after the win");
                assertEquals(LocalDate.of(2027, 4, 5), carol.cadenceDueOn(), "P3M from the win: Sunday 4 April moves to Monday");
                ids.put("Dan", add(ada, "Dan", "working", null).id());
                assertEquals(START, status(ids.get("Dan"), ProspectStatus.LOST).nextReferralAskOn(), "a lost deal is asked at once");
                ids.put("Erin", add(ada, "Erin", "working", ids.get("Carol")).id());
                ids.put("Frank", add(ada, "Frank", "nurture", ids.get("Erin")).id());
                int items = stores.itemsOf("ada");
                assertNamesField(assertThrows(Invalid.class, () -> referrer(ada, ids.get("Carol"), ids.get("Frank"))));
                assertNamesField(assertThrows(Invalid.class, () -> referrer(ada, ids.get("Erin"), ids.get("Erin"))));
                assertEquals(items, stores.itemsOf("ada"), "a refused loop writes nothing");
            }
            if (day.equals(LocalDate.of(2027, 3, 10))) status(ids.get("Erin"), ProspectStatus.WON);
            if (day.equals(LocalDate.of(2027, 9, 1))) status(ids.get("Frank"), ProspectStatus.LOST);
            Agenda today = agendas.forDay(ada, day);
            assertEquals(List.of(), today.overdue(), "worked every day: nothing is ever overdue, " + day);
            for (AgendaEntry e : today.due()) {
                seen.add(day + " " + e.name() + " " + e.reasons().stream().map(DueReason::wire).toList());
                touch(e.id(), e.reasons().contains(DueReason.REFERRAL_ASK) ? Purpose.REFERRAL_ASK : null);
            }
        }
        assertEquals(List.of(
                "2027-01-04 Dan [referral_ask, cadence]", "2027-01-04 Erin [cadence]", "2027-01-04 Frank [cadence]",
                "2027-02-04 Erin [cadence]", "2027-02-04 Carol [referral_ask]",
                "2027-03-04 Erin [cadence]",
                "2027-03-10 Carol [thank_you]",
                "2027-04-05 Dan [cadence]", "2027-04-05 Frank [cadence]",
                "2027-04-12 Erin [referral_ask]",
                "2027-06-10 Carol [cadence]",
                "2027-07-05 Dan [referral_ask, cadence]", "2027-07-05 Frank [cadence]",
                "2027-07-12 Erin [cadence]",
                "2027-08-04 Carol [referral_ask]",
                "2027-09-01 Frank [referral_ask, cadence]",
                "2027-10-05 Dan [cadence]",
                "2027-10-12 Erin [referral_ask, cadence]",
                "2027-11-04 Carol [cadence]",
                "2027-12-01 Frank [cadence]"), seen);

        Prospect carol = stored(ids.get("Carol")), dan = stored(ids.get("Dan")), erin = stored(ids.get("Erin")), frank = stored(ids.get("Frank"));
        assertEquals(LocalDate.of(2028, 2, 4), carol.nextReferralAskOn());
        assertEquals(LocalDate.of(2028, 2, 4), carol.cadenceDueOn());
        assertEquals("nurture", dan.tier(), "the lost deal's first ask moved it to nurture");
        assertEquals(LocalDate.of(2028, 1, 5), dan.nextReferralAskOn());
        assertEquals(LocalDate.of(2028, 1, 12), erin.cadenceDueOn());
        assertEquals(LocalDate.of(2028, 4, 12), erin.nextReferralAskOn());
        assertEquals(LocalDate.of(2028, 1, 12), erin.nextDueOn(), "the due day is the earlier of cadence and ask");
        assertEquals(LocalDate.of(2027, 3, 10), erin.wonOn());
        assertEquals(LocalDate.of(2028, 3, 1), frank.nextDueOn());
        assertNull(carol.thankYouOn(), "the next touch said thank you");
        assertEquals(List.of("Erin"), prospects.dueOnOrBefore("ada", LocalDate.of(2028, 1, 12)).stream().map(Prospect::name)
                .filter(n -> !n.equals("Dan")).toList());

        var stats = new ReferralBook(prospects).stats("ada").stats();
        assertEquals(List.of(new Referrals.Referrer(ids.get("Carol"), 1, 1), new Referrals.Referrer(ids.get("Erin"), 1, 0)),
                stats.referrers().stream().sorted(java.util.Comparator.comparing(r -> r.id().equals(ids.get("Carol")) ? 0 : 1)).toList());
        assertEquals(2, stats.wonDeals());
        assertEquals(0.5, stats.referralShare());
        var tree = new ReferralBook(prospects).tree("ada", ids.get("Carol")).root();
        assertEquals("Erin", tree.referrals().get(0).name());
        assertEquals(ProspectStatus.WON, tree.referrals().get(0).status());
        assertEquals("Frank", tree.referrals().get(0).referrals().get(0).name());
    }

    /** The due index (GSI1) holds the earliest reason's day: the daily run reads only what is due. */
    @Test
    void dueIndex_holdsTheEarlierOfCadenceAndReferralAsk() {
        Prospect carol = add(ada, "Carol", "working", null);
        status(carol.id(), ProspectStatus.WON);
        LocalDate ask = LocalDate.of(2027, 2, 4), cadence = LocalDate.of(2027, 4, 5);
        assertTrue(stores.inDueIndex("ada", carol.id()), "a customer stays on the carousel");
        assertEquals(List.of(), prospects.dueOnOrBefore("ada", ask.minusDays(1)));
        assertEquals(List.of(carol.id()), prospects.dueOnOrBefore("ada", ask).stream().map(Prospect::id).toList());
        clock.set(at(ask));
        touch(carol.id(), Purpose.REFERRAL_ASK);
        Prospect asked = stored(carol.id());
        assertEquals(LocalDate.of(2027, 8, 4), asked.nextReferralAskOn());
        assertEquals(LocalDate.of(2027, 5, 4), asked.cadenceDueOn(), "the ask counted for the cadence too");
        assertEquals(List.of(), prospects.dueOnOrBefore("ada", LocalDate.of(2027, 5, 3)));
        assertEquals(List.of(carol.id()), prospects.dueOnOrBefore("ada", LocalDate.of(2027, 5, 4)).stream().map(Prospect::id).toList());
        assertFalse(cadence.isAfter(LocalDate.of(2027, 5, 4)));
        status(carol.id(), ProspectStatus.PAUSED);
        assertFalse(stores.inDueIndex("ada", carol.id()), "a paused customer leaves it");
    }

    @Test
    void referralIndex_followsTheLink_isSparse_andIsTheRepsOwn() {
        Prospect carol = add(ada, "Carol", "working", null);
        Prospect dan = add(ada, "Dan", "working", null);
        Prospect erin = add(ada, "Erin", "working", carol.id());
        Prospect plain = add(ada, "Plain", "working", null);
        add(bob, "Bob's", "active", null);
        assertEquals(List.of(erin.id()), prospects.referredBy("ada", carol.id()).stream().map(Prospect::id).toList());
        referrer(ada, erin.id(), dan.id());
        assertEquals(List.of(), prospects.referredBy("ada", carol.id()));
        assertEquals(List.of(erin.id()), prospects.referredBy("ada", dan.id()).stream().map(Prospect::id).toList());
        status(carol.id(), ProspectStatus.WON);
        assertEquals(Set.of(carol.id(), erin.id()), prospects.referralIndex("ada").stream().map(Prospect::id).collect(Collectors.toSet()),
                "won and referred prospects only: " + plain.name() + " is not in it");
        referrer(ada, erin.id(), null);
        assertEquals(List.of(carol.id()), prospects.referralIndex("ada").stream().map(Prospect::id).toList());
        assertEquals(List.of(), prospects.referralIndex("bob"));
        assertEquals(List.of(carol.id()), prospects.withStatus("ada", ProspectStatus.WON).stream().map(Prospect::id).toList());
    }

    @Test
    void referredById_unknownAnotherRepsOrALoop_is400OnReferredById_andWritesNothing() {
        Prospect carol = add(ada, "Carol", "working", null);
        Prospect bobs = add(bob, "Bob's", "active", null);
        Prospect erin = add(ada, "Erin", "working", carol.id());
        int adaItems = stores.itemsOf("ada"), bobItems = stores.itemsOf("bob");
        assertNamesField(assertThrows(Invalid.class, () -> add(ada, "X", "working", "01J00000000000000000000000")));
        assertNamesField(assertThrows(Invalid.class, () -> add(ada, "X", "working", bobs.id())));
        assertNamesField(assertThrows(Invalid.class, () -> referrer(ada, carol.id(), erin.id())));
        assertNamesField(assertThrows(Invalid.class, () -> referrer(bob, bobs.id(), carol.id())));
        Invalid both = assertThrows(Invalid.class, () -> book.add(ada,
                new ProspectDraft("X", null, null, null, null, "gold", null, null, null, null, bobs.id()), null));
        assertEquals(Set.of("tier", "referredById"), both.fields().stream().map(f -> f.name()).collect(Collectors.toSet()));
        assertEquals(adaItems, stores.itemsOf("ada"));
        assertEquals(bobItems, stores.itemsOf("bob"));
    }

    @Test
    void winningAReferral_thanksTheReferrer_inOneTransaction_andAStaleReferrerWritesNothing() {
        Prospect carol = add(ada, "Carol", "working", null);
        Prospect erin = add(ada, "Erin", "working", carol.id());
        Prospect won = erin.toBuilder().status(ProspectStatus.WON).version(2).build();
        Prospect staleThanks = Referrals.thanked(carol.toBuilder().version(7).build(), won, START);
        assertThrows(VersionConflict.class, () -> prospects.replaceTogether(List.of(won, staleThanks), List.of()));
        assertEquals(1, stored(erin.id()).version(), "nothing written");
        Prospect staleHold = carol.toBuilder().version(5).build();
        assertThrows(VersionConflict.class, () -> prospects.replaceTogether(List.of(won), List.of(staleHold)));
        assertEquals(ProspectStatus.OPEN, stored(erin.id()).status());

        Prospect winner = status(erin.id(), ProspectStatus.WON);
        assertEquals(ProspectStatus.WON, winner.status());
        Prospect thanked = stored(carol.id());
        assertEquals(START, thanked.thankYouOn());
        assertEquals(erin.id(), thanked.thankYouFor());
        assertEquals(2, thanked.version());
        assertEquals(List.of(DueReason.THANK_YOU, DueReason.CADENCE), agendas.forDay(ada, START).due().stream()
                .filter(e -> e.id().equals(carol.id())).findFirst().orElseThrow().reasons());
    }

    /** Stage one's won deals left the carousel; the migration makes them customers, once, finding reps without a Scan. */
    @Test
    void wonToCustomers_findsEveryRepByZoneAndHour_andIsIdempotent() {
        stores.profiles().createIfAbsent(ada);
        stores.profiles().createIfAbsent(bob);
        Prospect old = stageOneWon("ada", "Old Customer");
        Prospect bobs = stageOneWon("bob", "Bob's Customer");
        Prospect fresh = add(ada, "Carol", "working", null);
        status(fresh.id(), ProspectStatus.WON);
        clock.set(LocalDate.of(2027, 1, 6).atTime(12, 0).toInstant(ZoneOffset.UTC));
        var run = new WonToCustomers(stores.profiles(), prospects, stores.tiers(), clock);
        assertEquals(new WonToCustomers.Report(2, 3, 2), run.run());
        Prospect migrated = stored(old.id());
        assertEquals("customer", migrated.tier());
        assertTrue(stores.inDueIndex("ada", old.id()));
        assertEquals(LocalDate.of(2027, 2, 8), migrated.nextReferralAskOn(), "Saturday 6 February moves to Monday");
        assertEquals(LocalDate.of(2027, 4, 6), migrated.cadenceDueOn());
        assertNull(migrated.wonOn(), "the win day was never recorded");
        assertTrue(stores.inDueIndex("bob", bobs.id()));
        assertEquals(new WonToCustomers.Report(2, 3, 0), run.run(), "a second run changes nothing");
        assertEquals(2, stored(old.id()).version());
    }

    /** A won prospect as stage one stored it: off the carousel, no cadence day. */
    private Prospect stageOneWon(String repId, String name) {
        Prospect p = Prospect.builder().repId(repId).org("acme").id(com.salescarousel.id.Ulid.at(clock.instant())).name(name)
                .tier("working").status(ProspectStatus.WON).createdOn(START).createdAt(clock.instant()).version(1).build();
        clock.advance(java.time.Duration.ofMillis(3));
        assertFalse(p.onCarousel());
        return prospects.create(p, null);
    }
}
