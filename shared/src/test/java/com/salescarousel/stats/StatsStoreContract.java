package com.salescarousel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.team.Member;
import com.salescarousel.testing.Prospects;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coaching ports on every back-end: week items (counters added, speed-to-lead hours appended, the
 * week range read in one Query), the rep's prospects as the now-figures read them, a tier move's counter
 * in the change's own write, and memberships created only once.
 */
public abstract class StatsStoreContract {
    protected abstract Stores freshStores(Clock clock);

    private Stores stores;

    @BeforeEach
    void fresh() {
        stores = freshStores(new TestClock(Instant.parse("2027-02-26T17:00:00Z")));
    }

    private Prospect created(String name, String tier, LocalDate on) {
        Prospect p = Prospects.fresh(name, tier, on).repId("ada").build();
        return stores.prospects().create(p, null);
    }

    @Test
    void weeks_addCounters_appendSpeedToLead_andReadOnlyTheRangeAsked() {
        Prospect p = created("Grace", "active", LocalDate.of(2027, 2, 15)); // added in W07
        Prospect v2 = p.toBuilder().version(2).build();
        stores.prospects().replace(v2, new WeekTally("2027-W07", Map.of("signals", 2, "salesReady", 1), List.of(2.0, 5.0)));
        stores.prospects().replace(v2.toBuilder().version(3).build(), new WeekTally("2027-W07", Map.of("signals", 1), List.of(1.5)));
        stores.prospects().replace(v2.toBuilder().version(4).build(), new WeekTally("2027-W09", Map.of("tierMoves", 1)));
        stores.prospects().replace(v2.toBuilder().version(5).build(), new WeekTally("2027-W04", Map.of("tierMoves", 1)));

        List<WeekCounts> weeks = stores.stats().weeks("ada", "2027-W05", "2027-W08");
        assertEquals(1, weeks.size(), "only W07 has an item in the range: " + weeks);
        WeekCounts w = weeks.get(0);
        assertEquals("2027-W07", w.week());
        assertEquals(Map.of("added", 1, "signals", 3, "salesReady", 1), w.counters());
        assertEquals(List.of(2.0, 5.0, 1.5), w.speedToLeadHours(), "appended in order");
        assertEquals(2.0, WeekFigures.of(w, List.of("active")).speedToLeadHours(), "the median of 1.5, 2 and 5");
        assertEquals(List.of("2027-W04", "2027-W07", "2027-W09"),
                stores.stats().weeks("ada", "2027-W01", "2027-W52").stream().map(WeekCounts::week).toList(), "oldest first");
        assertEquals(List.of(), stores.stats().weeks("bob", "2027-W01", "2027-W52"), "another rep's weeks are not read");
    }

    @Test
    void tierMove_withAStaleVersion_writesNeitherTheProspectNorTheCounter() {
        Prospect p = created("Grace", "active", LocalDate.of(2027, 2, 15));
        Prospect stale = p.toBuilder().tier("working").version(3).build();
        assertThrows(VersionConflict.class, () -> stores.prospects().replace(stale, new WeekTally("2027-W08", Map.of("tierMoves", 1))));
        assertEquals(List.of(), stores.stats().weeks("ada", "2027-W08", "2027-W08"));
        assertEquals("active", stores.prospects().find("ada", p.id()).orElseThrow().tier());
    }

    @Test
    void prospects_onAndOffTheCarousel_withWhatTheNowFiguresRead() {
        Prospect open = created("Grace", "active", LocalDate.of(2027, 2, 1));
        Prospect touched = open.toBuilder().lastTouchAt(Instant.parse("2027-02-03T10:00:00Z")).lastTouchOn(LocalDate.of(2027, 2, 3))
                .lastResponseAt(Instant.parse("2027-02-03T10:00:00Z")).touchCount(4).firstResponseAfter(3)
                .nextDueOn(LocalDate.of(2027, 2, 10)).version(2).build();
        stores.prospects().replace(touched);
        Prospect paused = created("Linus", "working", LocalDate.of(2027, 2, 2));
        stores.prospects().replace(paused.toBuilder().status(ProspectStatus.PAUSED).touchCount(1).version(2).build());

        List<Prospect> read = stores.stats().prospects("ada").stream().sorted(Comparator.comparing(Prospect::name, Comparator.nullsFirst(
                Comparator.naturalOrder()))).toList();
        assertEquals(2, read.size());
        Prospect a = read.stream().filter(p -> p.id().equals(open.id())).findFirst().orElseThrow();
        assertEquals(List.of("active", ProspectStatus.OPEN, LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 3),
                        Instant.parse("2027-02-03T10:00:00Z"), 4, 3),
                List.of(a.tier(), a.status(), a.nextDueOn(), a.createdOn(), a.lastTouchOn(), a.lastResponseAt(), a.touchCount(),
                        a.firstResponseAfter()));
        Prospect b = read.stream().filter(p -> p.id().equals(paused.id())).findFirst().orElseThrow();
        assertEquals(ProspectStatus.PAUSED, b.status());
        assertEquals(null, b.nextDueOn(), "off the carousel");
        assertEquals(1, b.touchCount());
        assertTrue(stores.stats().prospects("bob").isEmpty());
    }

    @Test
    void membership_createIfAbsent_keepsTheFirst() {
        Member invited = new Member("acme", "rep-9", "Rita", "rita@acme.example", "rep", true, Member.Status.INVITED,
                Instant.parse("2027-02-01T09:00:00Z"));
        assertTrue(stores.members().createIfAbsent(invited));
        Member active = new Member("acme", "rep-9", "Rita R.", "rita@acme.example", "rep", true, Member.Status.ACTIVE,
                Instant.parse("2027-02-02T09:00:00Z"));
        assertFalse(stores.members().createIfAbsent(active));
        assertEquals(invited, stores.members().find("acme", "rep-9").orElseThrow());
        assertTrue(stores.members().createIfAbsent(new Member("other", "rep-9", "Rita", "rita@acme.example", "rep", true,
                Member.Status.INVITED, Instant.parse("2027-02-01T09:00:00Z"))), "another org is another item");
    }

    @Test
    void overdue_theWeekKeepsItsLatestMorning_evenWhenAnEarlierRunIsRetriedAfter() {
        stores.stats().note("ada", LocalDate.of(2027, 2, 22), 4); // Monday of W08
        stores.stats().note("ada", LocalDate.of(2027, 2, 24), 2); // Wednesday
        stores.stats().note("ada", LocalDate.of(2027, 2, 23), 9); // Tuesday's run, retried late
        stores.stats().note("ada", LocalDate.of(2027, 3, 1), 1);  // W09
        List<WeekCounts> weeks = stores.stats().weeks("ada", "2027-W08", "2027-W09");
        assertEquals(List.of(2, 1), weeks.stream().map(w -> WeekFigures.of(w, List.of()).overdue()).toList());
        assertEquals(null, WeekFigures.of(WeekCounts.empty("2027-W07"), List.of()).overdue(), "no morning run: no count");
    }
}
