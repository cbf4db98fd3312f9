package com.salescarousel.cadence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An org's tiers in priority order: the order decides who comes first on a day's agenda. The org's
 * referral-ask rhythm travels with them ({@link ReferralPolicy}), so a touch reads both in one item.
 *
 * <p>Every org has the {@value #CUSTOMER} tier (won deals stay in touch there, DESIGN 7.3): it is in the
 * defaults, and {@link #withCustomer} adds it to tiers stored before it existed, just before the last tier,
 * so the last tier stays the last. {@link #forLostDeals} (lost deals, {@code not_interested}) is never it.
 */
public record Tiers(List<Tier> inPriorityOrder, ReferralPolicy referrals) {
    public static final String DEFAULT_TIER = "active";
    public static final String CUSTOMER = "customer";
    /** The most tiers an org keeps (the API's limit), the customer tier included. */
    public static final int MAX = 20;
    static final String LOST_DEALS = "nurture";
    /** The customer tier an org gets when it has none: status calls every quarter. */
    public static final Tier CUSTOMER_TIER = new Tier(CUSTOMER, "Customer", "P3M");

    public Tiers {
        inPriorityOrder = List.copyOf(inPriorityOrder);
        referrals = referrals == null ? ReferralPolicy.DEFAULT : referrals;
    }

    public Tiers(List<Tier> inPriorityOrder) {
        this(inPriorityOrder, ReferralPolicy.DEFAULT);
    }

    /** The brief's defaults: weekly, monthly, customers quarterly, and nurture (quarterly) last. */
    public static Tiers defaults() {
        return new Tiers(List.of(
                new Tier("active", "Active", "P7D"),
                new Tier("working", "Working", "P1M"),
                CUSTOMER_TIER,
                new Tier(LOST_DEALS, "Nurture", "P3M")));
    }

    public Optional<Tier> find(String key) {
        return inPriorityOrder.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** 0 for the first tier; unknown tiers (removed since) sort last. */
    public int priority(String key) {
        for (int i = 0; i < inPriorityOrder.size(); i++) {
            if (inPriorityOrder.get(i).key().equals(key)) return i;
        }
        return inPriorityOrder.size();
    }

    /**
     * The last tier, where lost deals go after their referral ask and {@code not_interested} sends a
     * prospect: "nurture", or else the lowest-priority tier that is not {@value #CUSTOMER}.
     */
    public Tier forLostDeals() {
        return find(LOST_DEALS).orElseGet(() -> {
            for (int i = inPriorityOrder.size() - 1; i > 0; i--) {
                if (!inPriorityOrder.get(i).key().equals(CUSTOMER)) return inPriorityOrder.get(i);
            }
            return inPriorityOrder.get(0);
        });
    }

    /** Where won deals stay on the carousel. */
    public Tier customer() {
        return find(CUSTOMER).orElse(CUSTOMER_TIER);
    }

    /**
     * Where a prospect who said "not interested" goes (DESIGN section 4): the last tier, "nurture" when
     * there is one; never the tier of customers, who are kept in touch for another reason.
     */
    public Tier forNotInterested() {
        return forLostDeals();
    }

    /** A prospect's tier, or the first one if its tier was removed since. */
    public Tier of(String key) {
        return find(key).orElse(inPriorityOrder.get(0));
    }

    public List<String> keys() {
        return inPriorityOrder.stream().map(Tier::key).toList();
    }

    /** These tiers with {@code customer} added (just before the last one) when they have none; the same tiers otherwise. */
    public Tiers withCustomer(Tier customer) {
        if (find(CUSTOMER).isPresent()) return this;
        List<Tier> out = new ArrayList<>(inPriorityOrder);
        out.add(Math.max(0, out.size() - 1), customer);
        return new Tiers(out, referrals);
    }

    public Tiers withCustomer() {
        return withCustomer(CUSTOMER_TIER);
    }

    public Tiers withReferrals(ReferralPolicy policy) {
        return new Tiers(inPriorityOrder, policy);
    }
}
