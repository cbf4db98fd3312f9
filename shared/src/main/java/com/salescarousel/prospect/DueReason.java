package com.salescarousel.prospect;

import com.salescarousel.plan.Enrolment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a prospect is on a day's carousel, most pressing first. One prospect due for several reasons on
 * one day is one agenda entry carrying all of them.
 */
public enum DueReason {
    /** Sales-ready: warm signals say call now. */
    SIGNAL,
    /** A referral they gave closed: say thank you. */
    THANK_YOU,
    /** The next step of a prospecting plan. */
    PLAN_STEP,
    /** Customers and lost deals are asked for referrals on a rhythm. */
    REFERRAL_ASK,
    /** The tier's cadence (or a snooze) says it is time. */
    CADENCE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The day a prospect is next due for any reason: the earliest of its plan step (which stands in
     * for the cadence while enrolled) or cadence day, referral ask and thank-you. Null off the carousel.
     */
    static LocalDate earliest(ProspectStatus status, LocalDate cadenceDueOn, Enrolment plan, LocalDate referralAskOn,
                              LocalDate thankYouOn) {
        if (!status.onCarousel()) return null;
        LocalDate active = plan != null ? plan.dueOn() : cadenceDueOn;
        return min(min(active, referralAskOn), thankYouOn);
    }

    /** The reasons a prospect is due on or before {@code day}, most pressing first; empty when it is not. */
    public static List<DueReason> on(Prospect p, LocalDate day) {
        List<DueReason> out = new ArrayList<>();
        if (!p.status().onCarousel()) return out;
        boolean step = p.plan() != null && dueBy(p.plan().dueOn(), day);
        boolean cadence = p.plan() == null && dueBy(p.cadenceDueOn(), day);
        boolean ask = dueBy(p.nextReferralAskOn(), day);
        boolean thanks = dueBy(p.thankYouOn(), day);
        if (p.salesReadyOn(day) && (step || cadence || ask || thanks)) out.add(SIGNAL);
        if (thanks) out.add(THANK_YOU);
        if (step) out.add(PLAN_STEP);
        if (ask) out.add(REFERRAL_ASK);
        if (cadence) out.add(CADENCE);
        return out;
    }

    private static boolean dueBy(LocalDate due, LocalDate day) {
        return due != null && !due.isAfter(day);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
