package com.salescarousel.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Slips and weekends over many plans, enrolment days and slips. The expected days come from
 * arithmetic written here (the enrolment day plus offsets plus slips), not from the rule under test.
 */
class PlanProgressPropertiesTest {
    private static final Tier ACTIVE = new Tier("active", "Active", "P7D");

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(0, 21).list().ofMinSize(0).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Integer>> slips() {
        return Arbitraries.integers().between(-2, 6).list().ofSize(7);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 4).map(n -> LocalDate.of(2026, 1, 1).plusDays(n));
    }

    /** Offsets from 0 (or a first offset), each step {@code gap} days after the one before. */
    private static Plan plan(int first, List<Integer> gaps) {
        List<PlanStep> steps = new ArrayList<>();
        int offset = first;
        steps.add(new PlanStep(offset, Channel.EMAIL, null, false));
        for (int g : gaps) steps.add(new PlanStep(offset += g, Channel.CALL, null, false));
        return new Plan("acme", "P", "Plan", steps, false, 1);
    }

    private static Prospect prospect() {
        return Prospect.builder().repId("r").id("ADA").org("acme").name("Ada").tier("active").status(ProspectStatus.OPEN)
                .createdOn(LocalDate.of(2025, 12, 1)).createdAt(Instant.parse("2025-12-01T00:00:00Z"))
                .nextDueOn(LocalDate.of(2025, 12, 1)).version(1).build();
    }

    private static PlanProgress.Moved touchOn(Prospect p, LocalDate day, WorkingDays days) {
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Touch t = new Touch("r", "ADA", "T" + at.toEpochMilli(), Channel.CALL, Outcome.NO_ANSWER, null, at, day, null, at);
        return PlanProgress.afterTouch(p, Carousel.afterTouch(p, t, ACTIVE, ACTIVE, days, 0), t, ACTIVE.cadence(), days);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Without weekends to skip, each step is due exactly at enrolment + its offset + every slip before it. */
    @Property
    void withoutWeekends_slipsAddUp(@ForAll("days") LocalDate enrolled, @ForAll("gaps") List<Integer> gaps,
                                   @ForAll("slips") List<Integer> slips) {
        Plan plan = plan(0, gaps);
        WorkingDays every = WorkingDays.weekends(false);
        Prospect p = PlanProgress.enrolled(prospect(), plan, enrolled, every, "E");
        int slipped = 0;
        LocalDate last = enrolled;
        for (int i = 0; i < plan.steps().size(); i++) {
            assertEquals(enrolled.plusDays(plan.steps().get(i).offsetDays() + slipped), p.plan().dueOn(), "step " + (i + 1));
            LocalDate day = p.plan().dueOn().plusDays(slips.get(i));
            if (day.isBefore(last)) day = last; // touches go forward in time
            slipped += (int) ChronoUnit.DAYS.between(p.plan().dueOn(), day);
            last = day;
            p = touchOn(p, day, every).prospect();
        }
        assertNull(p.plan(), "done after its last step");
        assertEquals(last.plusDays(7), p.cadenceDueOn(), "the tier's cadence from the last touch");
    }

    /** Skipping weekends: never due on one, and at most two days after the day the gap alone gives. */
    @Property
    void withWeekends_neverDueOnOne_andAtMostTwoDaysLater(@ForAll("days") LocalDate enrolled, @ForAll("gaps") List<Integer> gaps,
                                                         @ForAll("slips") List<Integer> slips) {
        Plan plan = plan(0, gaps);
        WorkingDays weekdays = WorkingDays.weekends(true);
        Prospect p = PlanProgress.enrolled(prospect(), plan, enrolled, weekdays, "E");
        LocalDate from = enrolled;
        int gap = 0;
        for (int i = 0; i < plan.steps().size(); i++) {
            LocalDate due = p.plan().dueOn();
            assertFalse(weekend(due), "step " + (i + 1) + " on " + due);
            long late = ChronoUnit.DAYS.between(from.plusDays(gap), due);
            assertTrue(late >= 0 && late <= 2, "step " + (i + 1) + " moved " + late + " days");
            LocalDate day = due.plusDays(slips.get(i));
            if (day.isBefore(from)) day = from;
            if (i + 1 < plan.steps().size()) gap = plan.steps().get(i + 1).offsetDays() - plan.steps().get(i).offsetDays();
            from = day;
            p = touchOn(p, day, weekdays).prospect();
        }
        assertNull(p.plan());
        assertFalse(weekend(p.nextDueOn()));
    }

    /** Weekends repeat every week: the same plan worked a week later falls due exactly a week later. */
    @Property
    void aWeekLater_everythingIsAWeekLater(@ForAll("days") LocalDate enrolled, @ForAll("gaps") List<Integer> gaps,
                                          @ForAll("slips") List<Integer> slips) {
        Plan plan = plan(0, gaps);
        WorkingDays weekdays = WorkingDays.weekends(true);
        Prospect a = PlanProgress.enrolled(prospect(), plan, enrolled, weekdays, "E");
        Prospect b = PlanProgress.enrolled(prospect(), plan, enrolled.plusWeeks(1), weekdays, "E");
        for (int i = 0; i < plan.steps().size(); i++) {
            assertEquals(a.plan().dueOn().plusWeeks(1), b.plan().dueOn(), "step " + (i + 1));
            LocalDate day = a.plan().dueOn().plusDays(Math.max(0, slips.get(i)));
            a = touchOn(a, day, weekdays).prospect();
            b = touchOn(b, day.plusWeeks(1), weekdays).prospect();
        }
        assertEquals(a.nextDueOn().plusWeeks(1), b.nextDueOn());
    }

    /** Each touch counts its step once; the plan finishes exactly once, after as many touches as steps. */
    @Property
    void everyStepIsCountedOnce(@ForAll("gaps") List<Integer> gaps, @ForAll("slips") List<Integer> slips) {
        Plan plan = plan(2, gaps);
        WorkingDays weekdays = WorkingDays.weekends(true);
        Prospect p = PlanProgress.enrolled(prospect(), plan, LocalDate.of(2026, 3, 2), weekdays, "E");
        List<String> counted = new ArrayList<>();
        LocalDate from = p.plan().enrolledOn();
        for (int i = 0; i < plan.steps().size(); i++) {
            LocalDate day = p.plan().dueOn().plusDays(slips.get(i));
            from = day.isBefore(from) ? from : day;
            var moved = touchOn(p, from, weekdays);
            counted.addAll(moved.tally().counters().keySet());
            p = moved.prospect();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= plan.steps().size(); i++) expected.add("done_" + i);
        expected.addAll(List.of("completed", "finished"));
        assertEquals(expected.stream().sorted().toList(), counted.stream().sorted().toList());
    }
}
