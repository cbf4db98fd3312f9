package com.salescarousel.cadence;

import java.util.List;
import java.util.Optional;

/** An org's tiers in priority order: the order decides who comes first on a day's agenda. */
public record Tiers(List<Tier> inPriorityOrder) {
    public static final String DEFAULT_TIER = "active";
    /** Won deals' tier (DESIGN 7.3). */
    static final String CUSTOMER_TIER = "customer";

    public Tiers {
        inPriorityOrder = List.copyOf(inPriorityOrder);
    }

    /** The brief's defaults: weekly, monthly, quarterly. */
    public static Tiers defaults() {
        return new Tiers(List.of(
                new Tier("active", "Active", "P7D"),
                new Tier("working", "Working", "P1M"),
                new Tier("nurture", "Nurture", "P3M")));
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

    /** Where lost deals go after their referral ask: "nurture", or the slowest-priority tier. */
    public Tier forLostDeals() {
        return find("nurture").orElse(inPriorityOrder.get(inPriorityOrder.size() - 1));
    }

    /**
     * Where a prospect who said "not interested" goes (DESIGN section 4): the last tier, "nurture" when
     * there is one; never the tier of customers, who are kept in touch for another reason.
     */
    public Tier forNotInterested() {
        if (find("nurture").isPresent()) return find("nurture").get();
        for (int i = inPriorityOrder.size() - 1; i > 0; i--) {
            if (!inPriorityOrder.get(i).key().equals(CUSTOMER_TIER)) return inPriorityOrder.get(i);
        }
        return inPriorityOrder.get(0);
    }

    /** A prospect's tier, or the first one if its tier was removed since. */
    public Tier of(String key) {
        return find(key).orElse(inPriorityOrder.get(0));
    }

    public List<String> keys() {
        return inPriorityOrder.stream().map(Tier::key).toList();
    }
}
