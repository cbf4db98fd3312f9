package com.salescarousel.referral;

import com.salescarousel.error.NotFound;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Reading referrals: the tree below one of the rep's prospects, and the rep's referral figures. Both come
 * from one Query of the referral index (GSI3), which holds exactly the referred (and won) prospects: a wide
 * tree costs no more requests than a narrow one.
 */
public final class ReferralBook {
    private final ProspectStore store;

    @Inject
    public ReferralBook(ProspectStore store) {
        this.store = store;
    }

    /** The tree below a prospect, and who referred the prospect itself (null when nobody in the system did). */
    public record Tree(Referrals.Node root, Prospect referredBy) {}

    public Tree tree(String repId, String id) {
        Prospect root = store.find(repId, id).orElseThrow(() -> new NotFound("prospect " + id));
        Prospect parent = root.referredById() == null ? null : store.find(repId, root.referredById()).orElse(null);
        Map<String, List<Prospect>> byReferrer = store.referralIndex(repId).stream().filter(p -> p.referredById() != null)
                .collect(Collectors.groupingBy(Prospect::referredById));
        return new Tree(Referrals.tree(root, referrer -> byReferrer.getOrDefault(referrer, List.of())), parent);
    }

    /** The figures, with each referrer's prospect (absent when it was removed since). */
    public record Figures(Referrals.Stats stats, Map<String, Optional<Prospect>> referrers) {}

    public Figures stats(String repId) {
        var index = store.referralIndex(repId);
        Referrals.Stats stats = Referrals.stats(index);
        Map<String, Prospect> known = Referrals.byId(index);
        Map<String, Optional<Prospect>> referrers = new LinkedHashMap<>();
        for (Referrals.Referrer r : stats.referrers()) {
            // Referrers that were won or referred are in the index already; the others cost one GetItem each.
            referrers.put(r.id(), known.containsKey(r.id()) ? Optional.of(known.get(r.id())) : store.find(repId, r.id()));
        }
        return new Figures(stats, referrers);
    }
}
