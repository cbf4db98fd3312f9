package com.salescarousel.referral;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.ReferralPolicy;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.touch.Purpose;
import com.salescarousel.touch.Touch;
import java.time.LocalDate;

/**
 * When customers and lost deals are asked for referrals, and when a thank-you is done (DESIGN 7.3). Pure:
 * each function takes the prospect as {@code Carousel} left it and returns it with its ask and thank-you
 * days moved; the carousel's own rules (cadence, tier moves) stay in {@code Carousel}.
 */
public final class ReferralAsks {
    private ReferralAsks() {}

    /**
     * After a status change. A win makes a customer: the customer tier, its cadence counted from the win
     * day, and the first ask {@link ReferralPolicy#firstAsk} later. A lost deal is asked at once (the day
     * it was lost; {@code Carousel} has made it due that day). Any other status has no asks.
     */
    public static Prospect afterStatus(Prospect before, Prospect after, Tiers tiers, WorkingDays days, LocalDate today) {
        if (before.status() == after.status()) return after;
        Prospect.Builder b = after.toBuilder();
        switch (after.status()) {
            case WON -> {
                Tier customer = tiers.customer();
                b.tier(customer.key()).wonOn(today).cadenceDueOn(Cadence.nextDue(today, customer.cadence(), days))
                        .nextReferralAskOn(Cadence.nextDue(today, tiers.referrals().firstAsk(), days));
            }
            case LOST -> b.nextReferralAskOn(today);
            default -> b.nextReferralAskOn(null);
        }
        return b.build();
    }

    /**
     * After a touch. A touch that answers the referral ask moves the next one {@link ReferralPolicy#askEvery}
     * on from the touch's day (never backwards: a back-dated ask leaves a later one be). A touch on or after
     * the thank-you day is the thank-you.
     */
    public static Prospect afterTouch(Prospect before, Prospect after, Touch t, Tiers tiers, WorkingDays days) {
        Prospect.Builder b = after.toBuilder();
        boolean changed = false;
        if (answersAsk(before, t)) {
            LocalDate next = Cadence.nextDue(t.day(), tiers.referrals().askEvery(), days);
            if (before.nextReferralAskOn() == null || next.isAfter(before.nextReferralAskOn())) {
                b.nextReferralAskOn(next);
                changed = true;
            }
        }
        if (before.thankYouOn() != null && !t.day().isBefore(before.thankYouOn())) {
            b.thankYouOn(null).thankYouFor(null);
            changed = true;
        }
        return changed ? b.build() : after;
    }

    /**
     * Customers and lost deals are asked. A touch logged as a referral ask answers theirs; on a lost deal any
     * touch once the ask is due does too (stage one: the first touch after a loss is its ask).
     */
    static boolean answersAsk(Prospect before, Touch t) {
        if (before.status() != ProspectStatus.WON && before.status() != ProspectStatus.LOST) return false;
        if (t.purpose() == Purpose.REFERRAL_ASK) return true;
        return before.status() == ProspectStatus.LOST && before.nextReferralAskOn() != null
                && !t.day().isBefore(before.nextReferralAskOn());
    }
}
