package com.salescarousel.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The capacity, time-away and holiday rules of DESIGN 7.5, by example and as properties. */
class WorkloadTest {
    /** Monday 7 December 2026. */
    private static final LocalDate MON = LocalDate.of(2026, 12, 7);
    private static final WorkingDays WEEKDAYS = WorkingDays.weekends(true);

    private static Workload.Item active(String id, LocalDate due) { return new Workload.Item(id, due, 0, 0); }
    private static Workload.Item working(String id, LocalDate due) { return new Workload.Item(id, due, 1, 5); }
    private static Workload.Item nurture(String id, LocalDate due) { return new Workload.Item(id, due, 2, 14); }

    @Test
    void tolerance_followsTheBrief_forTheDefaultTiers() {
        assertEquals(0, Workload.tolerance(Period.ofDays(7), 0, false), "active, the first tier");
        assertEquals(5, Workload.tolerance(Period.ofMonths(1), 1, false), "working");
        assertEquals(14, Workload.tolerance(Period.ofMonths(3), 2, false), "nurture");
        assertEquals(0, Workload.tolerance(Period.ofMonths(3), 2, true), "sales-ready never moves");
        assertEquals(0, Workload.tolerance(Period.ofDays(14), 3, false), "a fortnightly tier is too fast to move");
    }

    @Test
    void noCapacity_keepsEveryDueDay_butMovesOffDaysOff() {
        var plan = Workload.plan(List.of(nurture("a", MON), nurture("b", MON.plusDays(5))), MON, WEEKDAYS, null);
        assertEquals(MON, plan.get("a"));
        assertEquals(MON.plusDays(7), plan.get("b"), "Saturday counts from Monday");
    }

    @Test
    void overCapacity_movesTheLowestTierFirst_toTheNearestDayWithRoom() {
        // Three due Monday with room for two: the nurture prospect goes, to Tuesday (nearest, later first).
        var plan = Workload.plan(List.of(active("a", MON), working("w", MON), nurture("n", MON)), MON, WEEKDAYS, 2);
        assertEquals(MON, plan.get("a"));
        assertEquals(MON, plan.get("w"));
        assertEquals(MON.plusDays(1), plan.get("n"));
    }

    @Test
    void aFullDayAfter_sendsAProspectToTheDayBefore() {
        LocalDate wed = MON.plusDays(2);
        var items = List.of(working("w1", wed), working("w2", wed), active("t1", wed.plusDays(1)), active("t2", wed.plusDays(1)));
        var plan = Workload.plan(items, MON, WEEKDAYS, 1);
        // Wednesday keeps one; Thursday is full with the first tier, so the other goes to Tuesday.
        assertEquals(Set.of(wed, wed.minusDays(1)), Set.of(plan.get("w1"), plan.get("w2")));
    }

    @Test
    void overdue_neverMovesLater_andFillsTodayFirst() {
        var items = List.of(nurture("late", MON.minusDays(3)), nurture("today", MON));
        var plan = Workload.plan(items, MON, WEEKDAYS, 1);
        assertEquals(MON.minusDays(3), plan.get("late"), "still overdue, on today's list");
        assertEquals(MON.plusDays(1), plan.get("today"));
    }

    @Test
    void timeAway_backlogLandsAfterIt_andSpreadsWithCapacity() {
        // Away Monday to Friday: five working prospects due that week come back from the next Monday, two a day.
        var away = new WorkingDays(true, null, MON, MON.plusDays(4));
        List<Workload.Item> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) items.add(working("w" + i, MON.plusDays(i)));
        var plan = Workload.plan(items, MON, away, 2);
        Map<LocalDate, Integer> perDay = new HashMap<>();
        plan.values().forEach(d -> perDay.merge(d, 1, Integer::sum));
        assertEquals(Map.of(MON.plusDays(7), 2, MON.plusDays(8), 2, MON.plusDays(9), 1), perDay);
    }

    @Test
    void holidays_countAsDaysOff() {
        var christmas = new WorkingDays(true, Set.of(LocalDate.of(2026, 12, 25))::contains, null, null);
        var plan = Workload.plan(List.of(active("a", LocalDate.of(2026, 12, 25))), MON, christmas, null);
        assertEquals(LocalDate.of(2026, 12, 28), plan.get("a"), "Christmas Friday → Monday");
    }

    // ---- properties ---------------------------------------------------------------------------

    record Case(List<Workload.Item> items, LocalDate today, WorkingDays days, int capacity) {}

    @Provide
    Arbitrary<Case> cases() {
        LocalDate today = MON;
        Arbitrary<Workload.Item> item = Combinators.combine(
                Arbitraries.integers().between(-10, 40), Arbitraries.integers().between(0, 3), Arbitraries.of(0, 0, 5, 14))
                .as((offset, priority, tol) -> new Workload.Item(null, today.plusDays(offset), priority, priority == 0 ? 0 : tol));
        Arbitrary<List<Workload.Item>> items = item.list().ofMinSize(0).ofMaxSize(60).map(l -> {
            List<Workload.Item> named = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) named.add(new Workload.Item("p" + (100 + i), l.get(i).dueOn(), l.get(i).priority(), l.get(i).tolerance()));
            return named;
        });
        Arbitrary<WorkingDays> days = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(-5, 20),
                Arbitraries.integers().between(-1, 12), Arbitraries.integers().between(0, 30))
                .as((skip, awayStart, awayLength, holiday) -> new WorkingDays(skip, d -> d.equals(today.plusDays(holiday)),
                        awayLength < 0 ? null : today.plusDays(awayStart), awayLength < 0 ? null : today.plusDays(awayStart + awayLength)));
        return Combinators.combine(items, days, Arbitraries.integers().between(1, 6)).as((i, d, c) -> new Case(i, today, d, c));
    }

    @Property
    void neverOnADayOff_unlessOverdue(@ForAll("cases") Case c) {
        var plan = Workload.plan(c.items(), c.today(), c.days(), c.capacity());
        for (var i : c.items()) {
            LocalDate d = plan.get(i.id());
            assertTrue(d.isBefore(c.today()) || c.days().isWorking(d), i + " planned on a day off: " + d);
            if (c.days().skipWeekends() && !d.isBefore(c.today())) {
                assertFalse(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY, i + " on a weekend");
            }
        }
    }

    @Property
    void withinTolerance_firstTierAndFixedNeverMove_overdueNeverLater(@ForAll("cases") Case c) {
        var plan = Workload.plan(c.items(), c.today(), c.days(), c.capacity());
        for (var i : c.items()) {
            LocalDate start = c.days().onOrAfter(i.dueOn());
            LocalDate d = plan.get(i.id());
            assertTrue(Math.abs(d.toEpochDay() - start.toEpochDay()) <= i.tolerance(), i + " moved beyond its tolerance to " + d);
            if (i.priority() == 0 || i.tolerance() == 0) assertEquals(start, d, i + " must not move");
            if (start.isBefore(c.today())) assertEquals(start, d, i + " is overdue and stays overdue");
            else assertFalse(d.isBefore(c.today()), i + " planned in the past");
        }
    }

    /**
     * Never more than capacity when the tolerance allows: on an over-full day, no movable prospect
     * had a working day with room within its tolerance (overdue prospects count on today).
     */
    @Property
    void overCapacity_onlyWhenNoMovableProspectHadRoom(@ForAll("cases") Case c) {
        var plan = Workload.plan(c.items(), c.today(), c.days(), c.capacity());
        Map<LocalDate, Integer> load = new HashMap<>();
        plan.values().forEach(d -> load.merge(d.isBefore(c.today()) ? c.today() : d, 1, Integer::sum));
        for (var i : c.items()) {
            LocalDate d = plan.get(i.id());
            if (d.isBefore(c.today()) || i.tolerance() == 0 || load.get(d) <= c.capacity()) continue;
            LocalDate start = c.days().onOrAfter(i.dueOn());
            for (int k = -i.tolerance(); k <= i.tolerance(); k++) {
                LocalDate other = start.plusDays(k);
                if (other.equals(d) || other.isBefore(c.today()) || !c.days().isWorking(other)) continue;
                assertTrue(load.getOrDefault(other, 0) >= c.capacity(),
                        i + " stayed on full " + d + " (" + load.get(d) + ") though " + other + " had room (" + load.getOrDefault(other, 0) + ")");
            }
        }
    }

    /** The same prospects in another order get the same plan: nothing depends on how the index was read. */
    @Property
    void orderOfTheInput_doesNotMatter(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<Workload.Item> shuffled = new ArrayList<>(c.items());
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        assertEquals(Workload.plan(c.items(), c.today(), c.days(), c.capacity()),
                Workload.plan(shuffled, c.today(), c.days(), c.capacity()));
    }
}
