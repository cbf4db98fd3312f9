package com.salescarousel.agenda;

import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.Workload;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.rep.RepProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Due prospects as the rep's working days and daily capacity place them ({@link Workload}): each one
 * shown on its planned day. Only for reps who set time away, a capacity or a holiday calendar;
 * everyone else's agenda is the due index as it stands. Nothing is written: the stored days stay
 * the cadence's, and the plan is made again from them on every read.
 */
public final class PlannedDays {
    private PlannedDays() {}

    public static boolean apply(RepProfile rep) {
        return rep.dailyCapacity() != null || rep.away() != null || rep.holidays() != null;
    }

    /** {@code due}: everything due up to the last day wanted plus {@link Workload#LOOKAHEAD}. */
    public static List<Prospect> of(RepProfile rep, Tiers tiers, List<Prospect> due, LocalDate today) {
        List<Prospect> onCarousel = due.stream().filter(Prospect::onCarousel).toList();
        Map<String, LocalDate> plan = Workload.plan(onCarousel.stream().map(p -> item(p, tiers)).toList(), today,
                rep.workingDays(), rep.dailyCapacity());
        return onCarousel.stream().map(p -> shifted(p, plan.get(p.id()))).toList();
    }

    private static Workload.Item item(Prospect p, Tiers tiers) {
        int priority = tiers.priority(p.tier());
        return new Workload.Item(p.id(), p.nextDueOn(), priority, Workload.tolerance(tiers.of(p.tier()).cadence(), priority, p.salesReady()));
    }

    /** The prospect as seen on {@code day}: every reason due before it, or on its old day, moves to it. */
    static Prospect shifted(Prospect p, LocalDate day) {
        if (day.equals(p.nextDueOn())) return p;
        Prospect.Builder b = p.toBuilder().cadenceDueOn(moved(p.cadenceDueOn(), p, day))
                .nextReferralAskOn(moved(p.nextReferralAskOn(), p, day)).thankYouOn(moved(p.thankYouOn(), p, day));
        if (p.plan() != null) b.plan(p.plan().dueOn(moved(p.plan().dueOn(), p, day)));
        return b.build();
    }

    private static LocalDate moved(LocalDate reasonDay, Prospect p, LocalDate day) {
        if (reasonDay == null) return null;
        return reasonDay.isBefore(day) || reasonDay.equals(p.nextDueOn()) ? day : reasonDay;
    }
}
