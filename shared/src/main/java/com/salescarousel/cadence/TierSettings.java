package com.salescarousel.cadence;

import com.salescarousel.error.Invalid;
import com.salescarousel.rep.Caller;
import com.salescarousel.team.Managers;
import java.util.List;
import javax.inject.Inject;

/** Reading and (for managers) replacing an org's tiers. */
public final class TierSettings {
    private final TierStore store;
    private final Managers managers;

    @Inject
    public TierSettings(TierStore store, Managers managers) {
        this.store = store;
        this.managers = managers;
    }

    public Tiers of(String org) {
        return store.of(org);
    }

    /**
     * Replaces the org's tiers. Tiers can be added, renamed, re-timed and re-ordered, but not
     * dropped: prospects may still sit in them and finding them would take a scan. The customer tier
     * stays when a list leaves it out (an older client); the referral rhythm is set elsewhere and kept.
     */
    public Tiers replace(Caller caller, Tiers sent) {
        managers.managerOf(caller); // the token and the store both say manager (DESIGN 2)
        Tiers current = store.of(caller.org());
        Tiers next = sent.withCustomer(current.customer()).withReferrals(current.referrals());
        if (next.inPriorityOrder().size() == 1) throw Invalid.of("tiers", "needs a tier besides " + Tiers.CUSTOMER);
        if (next.inPriorityOrder().size() > Tiers.MAX) {
            throw Invalid.of("tiers", "at most " + Tiers.MAX + " tiers, the " + Tiers.CUSTOMER + " tier included");
        }
        List<String> missing = current.keys().stream().filter(k -> next.find(k).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw Invalid.of("tiers", "cannot remove tiers still in use: " + String.join(", ", missing));
        }
        store.put(caller.org(), next);
        return next;
    }
}
