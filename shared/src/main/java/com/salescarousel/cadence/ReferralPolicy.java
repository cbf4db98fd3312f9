package com.salescarousel.cadence;

import java.time.Period;
import java.util.Objects;

/**
 * How an org asks its customers and lost deals for referrals (DESIGN 7.3): the first ask {@code firstAsk}
 * after a win, then every {@code askEvery}; and the templates Today suggests for an ask and a thank-you
 * (null: the app's own wording). Kept with the tiers (one item, one read per touch), since it is the
 * org's other keep-in-touch rhythm.
 */
public record ReferralPolicy(Period firstAsk, Period askEvery, String askTemplateId, String thankYouTemplateId) {
    /** One month after the win, then twice a year. */
    public static final ReferralPolicy DEFAULT = new ReferralPolicy(Period.ofMonths(1), Period.ofMonths(6), null, null);

    public ReferralPolicy {
        Objects.requireNonNull(firstAsk, "firstAsk");
        Objects.requireNonNull(askEvery, "askEvery");
    }
}
