package com.salescarousel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.team.Managers;
import com.salescarousel.team.MemberStats;
import com.salescarousel.team.TeamReport;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four weeks of three reps' work (2027-W05 to W08: Mon 1 Feb to Fri 26 Feb 2027, UTC, default tiers
 * active P7D / working P1M / nurture P3M, weekends skipped) through the production use cases, then the
 * coaching figures against numbers worked out by hand from the script below: every expected value in
 * this class is a literal with the reasoning beside it, none comes from the code under test.
 *
 * <p>Rules the hand count follows (DESIGN 7.2): a touch counts in the ISO week of its own day; only
 * the latest touch by time answers a due day; logged before the day it was due it is "early" (not a due
 * touch); otherwise on time when its day is on or before the due day, else late.
 */
public abstract class CoachingHistoryContract {
    static final ZoneId UTC = ZoneId.of("UTC");
    static final RepProfile ADA = new RepProfile("ada", "Ada", "ada@acme.example", "acme", "rep", UTC, 7, true);
    static final RepProfile BOB = new RepProfile("bob", "Bob", "bob@acme.example", "acme", "rep", UTC, 7, true);
    static final RepProfile CY = new RepProfile("cy", "Cy", "cy@acme.example", "acme", "rep", UTC, 7, true);
    static final RepProfile MAYA = new RepProfile("maya", "Maya", "maya@acme.example", "acme", "manager", UTC, 7, true);
    static final Instant NOW = Instant.parse("2027-02-26T17:00:00Z");
    static final List<String> WEEKS = List.of("2027-W05", "2027-W06", "2027-W07", "2027-W08");

    protected abstract Stores freshStores(Clock clock);

    private TestClock clock;
    private Stores stores;
    private ProspectBook book;
    private TouchLog log;
    private Coaching coaching;
    private final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void playFourWeeks() {
        clock = new TestClock(Instant.parse("2027-02-01T08:00:00Z"));
        stores = freshStores(clock);
        book = new ProspectBook(stores.prospects(), stores.tiers(), clock);
        log = new TouchLog(stores.prospects(), stores.touches(), stores.tiers(), clock);
        coaching = new Coaching(stores.stats(), stores.tiers(), clock);
        for (RepProfile r : List.of(ADA, BOB, CY, MAYA)) stores.profiles().createIfAbsent(r);

        // Ada
        add(ADA, "2027-02-01T09:00:00Z", "A1", "active");
        add(ADA, "2027-02-01T09:00:01Z", "A2", "working");
        add(ADA, "2027-02-01T09:00:02Z", "A3", "nurture");
        touch(ADA, "2027-02-01T10:00:00Z", "A1", Channel.CALL, Outcome.NO_ANSWER, null);      // due 1 Feb: on time; next 8 Feb
        touch(ADA, "2027-02-01T10:05:00Z", "A2", Channel.EMAIL, Outcome.LEFT_MESSAGE, null);  // due 1 Feb: on time; next 1 Mar
        touch(ADA, "2027-02-10T09:00:00Z", "A1", Channel.CALL, Outcome.REPLIED, null);        // due 8 Feb: late (W06); next 17 Feb
        // logged Mon 15 Feb (W07) for Fri 12 Feb (W06): counts in W06; due 1 Feb: late; next 12 May
        touch(ADA, "2027-02-15T09:00:00Z", "A3", Channel.CALL, Outcome.LEFT_MESSAGE, "2027-02-12T15:00:00Z");
        tier(ADA, "2027-02-15T10:00:00Z", "A2", "active");                                    // W07 tier move; due 1 Feb + 7 = 8 Feb
        touch(ADA, "2027-02-16T09:00:00Z", "A1", Channel.MEETING, Outcome.MEETING_BOOKED, null); // due 17 Feb, logged 16: early
        touch(ADA, "2027-02-16T09:10:00Z", "A2", Channel.CALL, Outcome.NO_ANSWER, null);       // due 8 Feb: late; next 23 Feb
        // logged 22 Feb for 12 Feb, older than A1's last touch (16 Feb): counts in W06, answers no due day
        touch(ADA, "2027-02-22T09:00:00Z", "A1", Channel.EMAIL, Outcome.LEFT_MESSAGE, "2027-02-12T11:00:00Z");
        touch(ADA, "2027-02-23T11:00:00Z", "A1", Channel.CALL, Outcome.NO_ANSWER, null);       // due 23 Feb: on time; next 2 Mar

        // Bob
        add(BOB, "2027-02-01T09:00:00Z", "B1", "active");
        add(BOB, "2027-02-01T09:00:01Z", "B2", "active");
        add(BOB, "2027-02-01T09:00:02Z", "B3", "working");                                    // never touched: due 1 Feb
        add(BOB, "2027-02-01T09:00:03Z", "B5", "active");
        touch(BOB, "2027-02-01T11:00:00Z", "B1", Channel.CALL, Outcome.NO_ANSWER, null);      // on time; next 8 Feb
        touch(BOB, "2027-02-01T11:10:00Z", "B2", Channel.CALL, Outcome.NO_ANSWER, null);      // on time; next 8 Feb
        // logged 1 Feb 2027 for 15 Jan 2026: counts in 2026-W03 (on time: before its due day); next due 22 Jan 2026
        touch(BOB, "2027-02-01T12:00:00Z", "B5", Channel.CALL, Outcome.NO_ANSWER, "2026-01-15T10:00:00Z");
        touch(BOB, "2027-02-09T10:00:00Z", "B1", Channel.CALL, Outcome.LEFT_MESSAGE, null);   // due 8 Feb: late (W06)
        status(BOB, "2027-02-09T10:10:00Z", "B1", ProspectStatus.LOST);                       // lost: due at once (9 Feb)
        status(BOB, "2027-02-09T10:20:00Z", "B2", ProspectStatus.PAUSED);                     // paused after 1 touch
        add(BOB, "2027-02-17T09:00:00Z", "B4", "nurture");                                    // W07; due 17 Feb
        touch(BOB, "2027-02-18T09:00:00Z", "B4", Channel.EMAIL, Outcome.REPLIED, null);       // due 17 Feb: late; first reply after 0
        tier(BOB, "2027-02-18T09:10:00Z", "B4", "active");                                    // W07 tier move; due 18 + 7 = 25 Feb
        // the lost deal's referral ask: due 9 Feb, late (W08); the touch moves it to nurture (a tier move), next 24 May
        touch(BOB, "2027-02-22T09:00:00Z", "B1", Channel.CALL, Outcome.LEFT_MESSAGE, null);

        // Cy
        add(CY, "2027-02-01T09:00:00Z", "C1", "working");
        add(CY, "2027-02-01T09:00:01Z", "C2", "active");
        touch(CY, "2027-02-01T10:00:00Z", "C1", Channel.EMAIL, Outcome.NO_ANSWER, null);      // on time; next 1 Mar
        touch(CY, "2027-02-01T10:10:00Z", "C2", Channel.CALL, Outcome.NO_ANSWER, null);       // on time; next 8 Feb
        touch(CY, "2027-02-02T10:00:00Z", "C1", Channel.CALL, Outcome.NO_ANSWER, null);       // due 1 Mar: early; next 2 Mar
        touch(CY, "2027-02-03T10:00:00Z", "C1", Channel.SOCIAL, Outcome.LEFT_MESSAGE, null);  // early; next 3 Mar
        touch(CY, "2027-02-08T10:00:00Z", "C1", Channel.CALL, Outcome.REPLIED, null);         // early (W06); first reply after 3
        touch(CY, "2027-02-08T10:10:00Z", "C2", Channel.CALL, Outcome.NO_ANSWER, null);       // due 8 Feb: on time; next 15 Feb
        touch(CY, "2027-02-15T10:00:00Z", "C2", Channel.EMAIL, Outcome.LEFT_MESSAGE, null);   // on time; next 22 Feb
        touch(CY, "2027-02-22T10:00:00Z", "C2", Channel.MEETING, Outcome.MEETING_BOOKED, null); // on time; first reply after 3
        add(CY, "2027-02-24T09:00:00Z", "C3", "active");                                      // W08
        status(CY, "2027-02-25T09:00:00Z", "C3", ProspectStatus.ARCHIVED);                    // given up with no touch at all

        clock.set(NOW);
    }

    @Test
    void ada_weeks_backDatedTouchesCountInTheirOwnWeek_olderOnesAnswerNoDueDay() {
        RepStats s = coaching.of(ADA, 4);
        assertEquals(WEEKS, s.weeks().stream().map(WeekFigures::week).toList());
        // W05: 3 added; A1 call/no answer and A2 email/left message, both on their due day.
        week(s.weeks().get(0), 2, counts("call", 1, "email", 1), counts("no_answer", 1, "left_message", 1), 0, 0, 2, 0, 0, 3, 0);
        assertEquals(Map.of("active", 1, "working", 1, "customer", 0, "nurture", 0), s.weeks().get(0).byTier());
        // W06: A1's late reply (10 Feb), A3's back-dated late call (12 Feb), A1's older back-dated e-mail (12 Feb, no due).
        week(s.weeks().get(1), 3, counts("call", 2, "email", 1), counts("replied", 1, "left_message", 2), 1, 0, 0, 2, 0, 0, 0);
        assertEquals(Map.of("active", 2, "working", 0, "customer", 0, "nurture", 1), s.weeks().get(1).byTier());
        // W07: A2 moved to active; A1's booked meeting logged a day early; A2's late call.
        week(s.weeks().get(2), 2, counts("meeting", 1, "call", 1), counts("meeting_booked", 1, "no_answer", 1), 1, 1, 0, 1, 1, 0, 1);
        // W08: A1 on its due day.
        week(s.weeks().get(3), 1, counts("call", 1), counts("no_answer", 1), 0, 0, 1, 0, 0, 0, 0);
        assertEquals(3.0 / 6, s.adherence(), 1e-12, "on time 2+0+0+1 of due 2+2+1+1");
        // Now: A1 due 2 Mar, A2 due 23 Feb (3 days overdue, not neglected: 23 Feb + 7 = 2 Mar), A3 due 12 May.
        now(s.now(), Map.of("active", 2, "working", 0, "customer", 0, "nurture", 1), 1, 3, 0, 0, 0, 1.0);
    }

    @Test
    void bob_lostPausedAndStale() {
        RepStats s = coaching.of(BOB, 4);
        // W05: 4 added; B1 and B2 on time (B5's touch went to 2026-W03).
        week(s.weeks().get(0), 2, counts("call", 2), counts("no_answer", 2), 0, 0, 2, 0, 0, 4, 0);
        week(s.weeks().get(1), 1, counts("call", 1), counts("left_message", 1), 0, 0, 0, 1, 0, 0, 0);
        // W07: B4 added, its late reply, and its move to active.
        week(s.weeks().get(2), 1, counts("email", 1), counts("replied", 1), 1, 0, 0, 1, 0, 1, 1);
        assertEquals(Map.of("active", 0, "working", 0, "customer", 0, "nurture", 1), s.weeks().get(2).byTier());
        // W08: B1's late referral ask, which moved the lost deal to nurture.
        week(s.weeks().get(3), 1, counts("call", 1), counts("left_message", 1), 0, 0, 0, 1, 0, 0, 1);
        assertEquals(2.0 / 5, s.adherence(), 1e-12, "on time 2 of due 2+1+1+1");
        // Open: B3 working, B4 and B5 active. Overdue: B3 (1 Feb, 25 days), B4 (25 Feb, 1 day), B5 (22 Jan 2026, 400 days).
        // Neglected: B5 only (B3: 1 Feb + 1 month = 1 Mar is not past). Stale: B5 (last touch 15 Jan 2026).
        // Given up early: B2 (paused after 1 touch); B1 is lost but was touched 3 times. B4 replied on its first touch.
        now(s.now(), Map.of("active", 2, "working", 1, "customer", 0, "nurture", 0), 3, 400, 1, 1, 1, 0.0);
        assertEquals(1, stores.weekCounters("bob", "2026-W03").get("touches"), "B5's touch counted in its own week, 2026-W03");
        assertEquals(1, stores.weekCounters("bob", "2026-W03").get("dueOnTime"));
    }

    @Test
    void cy_earlyTouchesAreNoDueTouches_andPersistenceIsAveraged() {
        RepStats s = coaching.of(CY, 4);
        week(s.weeks().get(0), 4, counts("email", 1, "call", 2, "social", 1), counts("no_answer", 3, "left_message", 1), 0, 0, 2, 0, 2, 2, 0);
        assertEquals(Map.of("active", 1, "working", 3, "customer", 0, "nurture", 0), s.weeks().get(0).byTier());
        week(s.weeks().get(1), 2, counts("call", 2), counts("replied", 1, "no_answer", 1), 1, 0, 1, 0, 1, 0, 0);
        week(s.weeks().get(2), 1, counts("email", 1), counts("left_message", 1), 0, 0, 1, 0, 0, 0, 0);
        week(s.weeks().get(3), 1, counts("meeting", 1), counts("meeting_booked", 1), 1, 1, 1, 0, 0, 1, 0);
        assertEquals(1.0, s.adherence(), 1e-12, "5 of 5 due touches on time");
        // Open: C1 working (due 8 Mar), C2 active (due 1 Mar). C3 archived untouched: given up early.
        now(s.now(), Map.of("active", 1, "working", 1, "customer", 0, "nurture", 0), 0, null, 0, 0, 1, 3.0);
    }

    @Test
    void fewerWeeks_areTheLatestOnes() {
        RepStats s = coaching.of(ADA, 2);
        assertEquals(List.of("2027-W07", "2027-W08"), s.weeks().stream().map(WeekFigures::week).toList());
        assertEquals(1.0 / 2, s.adherence(), 1e-12, "W07 late 1, W08 on time 1");
    }

    @Test
    void teamView_forTheManager_hasEveryMemberWithTheirOwnFigures() {
        var report = new TeamReport(new Managers(stores.members()), stores.members(), stores.profiles(), coaching);
        List<MemberStats> rows = report.of(new Caller("maya", MAYA.email(), "Maya", "acme", true), UTC, 4);
        assertEquals(List.of("Ada", "Bob", "Cy", "Maya"), rows.stream().map(r -> r.member().name()).toList());
        Map<String, Double> adherence = new LinkedHashMap<>();
        Map<String, Integer> touches = new LinkedHashMap<>();
        for (MemberStats r : rows) {
            adherence.put(r.member().repId(), r.stats().adherence());
            touches.put(r.member().repId(), r.stats().touches());
        }
        assertEquals(Map.of("ada", 8, "bob", 5, "cy", 8, "maya", 0), touches);
        assertEquals(0.5, adherence.get("ada"), 1e-12);
        assertEquals(0.4, adherence.get("bob"), 1e-12);
        assertEquals(1.0, adherence.get("cy"), 1e-12);
        assertNull(adherence.get("maya"), "nothing was due for Maya");
    }

    // ---- the script's verbs: each runs at a moment on the clock, through the production use cases ----

    private void add(RepProfile rep, String at, String name, String tier) {
        clock.set(Instant.parse(at));
        ids.put(name, book.add(rep, new ProspectDraft(name, null, null, null, null, tier, null, null, null, null), null).id());
    }

    private void touch(RepProfile rep, String loggedAt, String name, Channel channel, Outcome outcome, String touchAt) {
        clock.set(Instant.parse(loggedAt));
        log.log(rep, ids.get(name), new TouchRequest(channel, outcome, null, touchAt == null ? null : Instant.parse(touchAt), null));
    }

    private void tier(RepProfile rep, String at, String name, String tier) {
        clock.set(Instant.parse(at));
        Prospect p = book.get(rep.repId(), ids.get(name));
        book.change(rep, p.id(), p.version(), new ProspectChange(Set.of("tier"),
                new ProspectDraft(null, null, null, null, null, tier, null, null, null, null), null, null));
    }

    private void status(RepProfile rep, String at, String name, ProspectStatus status) {
        clock.set(Instant.parse(at));
        Prospect p = book.get(rep.repId(), ids.get(name));
        book.change(rep, p.id(), p.version(), new ProspectChange(Set.of(), new ProspectDraft(null, null, null, null, null, null, null,
                null, null, null), status, null));
    }

    // ---- expectations ----

    /** Every channel or outcome named, the others zero (the API lists all of them). */
    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Integer) pairs[i + 1]);
        return m;
    }

    private static void week(WeekFigures w, int touches, Map<String, Integer> channels, Map<String, Integer> outcomes, int responses,
                             int meetings, int onTime, int late, int early, int added, int tierMoves) {
        assertEquals(touches, w.touches(), w.week() + " touches");
        Map<String, Integer> ch = new HashMap<>();
        for (String c : List.of("call", "email", "meeting", "social", "mail", "event")) ch.put(c, channels.getOrDefault(c, 0));
        assertEquals(ch, w.byChannel(), w.week() + " byChannel");
        Map<String, Integer> out = new HashMap<>();
        for (String o : List.of("no_answer", "left_message", "replied", "meeting_booked", "not_interested", "sent")) out.put(o, outcomes.getOrDefault(o, 0));
        assertEquals(out, w.byOutcome(), w.week() + " byOutcome");
        assertEquals(List.of(responses, meetings, onTime + late, onTime, late, early, added, tierMoves, 0, 0),
                List.of(w.responses(), w.meetings(), w.due(), w.onTime(), w.late(), w.early(), w.added(), w.tierMoves(), w.signals(),
                        w.salesReady()),
                w.week() + ": responses, meetings, due, onTime, late, early, added, tierMoves, signals, salesReady");
        assertNull(w.speedToLeadHours(), w.week() + " speed to lead");
    }

    private static void now(NowFigures n, Map<String, Integer> openByTier, int overdue, Integer oldestOverdueDays, int neglected, int stale,
                            int givenUpEarly, Double touchesBeforeFirstResponse) {
        assertEquals(openByTier, n.openByTier(), "openByTier");
        assertEquals(List.of(overdue, neglected, stale, givenUpEarly), List.of(n.overdue(), n.neglected(), n.stale(), n.givenUpEarly()),
                "overdue, neglected, stale, givenUpEarly");
        assertEquals(oldestOverdueDays, n.oldestOverdueDays(), "oldestOverdueDays");
        assertEquals(touchesBeforeFirstResponse, n.touchesBeforeFirstResponse(), "touchesBeforeFirstResponse");
    }
}
