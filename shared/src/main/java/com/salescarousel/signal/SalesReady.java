package com.salescarousel.signal;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.touch.Touch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * What sales-ready does to a prospect (DESIGN 7.1), as pure functions. Becoming ready moves it to the
 * first tier and makes it due today, never later than it was; a response clears it; the flag lapses by
 * itself 30 quiet days after the last signal ({@link Prospect#salesReadyOn}). The first touch after it
 * became ready measures speed to lead.
 */
public final class SalesReady {
    private SalesReady() {}

    /**
     * The prospect after a signal at {@code now}. Ready already (not lapsed): stays ready, the signal keeps
     * it warm. Not ready and the rule now holds: it becomes ready. Otherwise a lapsed flag is cleared.
     */
    public static Prospect afterSignal(Prospect p, Signal s, boolean scoresReady, Tiers tiers, WorkingDays days,
                                       LocalDate today, Instant now) {
        Prospect.Builder b = p.toBuilder();
        if (p.lastSignalAt() == null || s.at().isAfter(p.lastSignalAt())) b.lastSignalAt(s.at());
        if (p.salesReadyOn(today)) return b.build();
        if (!scoresReady) return b.salesReady(false).build();
        return become(b.build(), tiers, days, today, now);
    }

    /** Whether {@code after} became sales-ready with this change (it was not, as of {@code today}). */
    public static boolean became(Prospect before, Prospect after, LocalDate today) {
        return after.salesReady() && !before.salesReadyOn(today);
    }

    /**
     * Ready: the first tier, and due by today at the latest, never later than it was. The tier move keeps
     * the day the prospect was due (its cadence or plan day), only brought forward to today: recomputing it
     * from the last touch with the faster cadence could make a fresh lead look weeks overdue. A prospect
     * off the carousel (paused, archived) is only flagged: it stays where the rep put it.
     */
    static Prospect become(Prospect p, Tiers tiers, WorkingDays days, LocalDate today, Instant now) {
        LocalDate active = p.plan() != null ? p.plan().dueOn() : p.cadenceDueOn();
        LocalDate by = active != null && active.isBefore(today) ? active : today;
        Tier first = tiers.inPriorityOrder().get(0);
        Prospect q = p.tier().equals(first.key()) ? p : Carousel.movedTo(p, first, days);
        Prospect.Builder b = q.toBuilder().salesReady(true).salesReadyAt(now);
        if (q.status().onCarousel()) {
            if (q.plan() != null) b.plan(q.plan().dueOn(by));
            else b.cadenceDueOn(by);
        }
        return b.build();
    }

    /**
     * The prospect after a touch, as the touch flow computed it ({@code after}): a response (replied,
     * meeting booked) since it became ready clears sales-ready (a reply back-dated to before then does not),
     * and a lapsed flag is cleared when the prospect is written anyway.
     */
    public static Prospect afterTouch(Prospect after, Touch t) {
        boolean answered = t.outcome().isResponse() && (after.salesReadyAt() == null || !t.at().isBefore(after.salesReadyAt()));
        boolean ready = after.salesReadyOn(t.day()) && !answered;
        return ready == after.salesReady() ? after : after.toBuilder().salesReady(ready).build();
    }

    /**
     * Hours from becoming sales-ready to this touch, when it is the first touch since: the prospect was
     * ready, the touch is not back-dated before that moment, and no touch came after that moment yet.
     */
    public static OptionalDouble speedToLeadHours(Prospect before, Touch t) {
        Instant ready = before.salesReadyAt();
        if (!before.salesReadyOn(t.day()) || ready == null || t.at().isBefore(ready)) return OptionalDouble.empty();
        if (before.lastTouchAt() != null && !before.lastTouchAt().isBefore(ready)) return OptionalDouble.empty();
        double hours = Duration.between(ready, t.at()).toSeconds() / 3600.0;
        return OptionalDouble.of(Math.round(hours * 100) / 100.0);
    }

    /** The touch's week tally with its speed to lead, when it has one. */
    public static WeekTally tally(WeekTally tally, Prospect before, Touch t) {
        OptionalDouble hours = speedToLeadHours(before, t);
        return hours.isPresent() ? tally.withSpeedToLead(hours.getAsDouble()) : tally;
    }
}
