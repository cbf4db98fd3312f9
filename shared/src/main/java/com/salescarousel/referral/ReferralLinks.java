package com.salescarousel.referral;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.VersionConflict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A prospect's link to the prospect who referred them, checked and written. Referrers are the rep's own
 * prospects: a link to another rep's would read and write their partition from this rep's request, which
 * only manager routes may do (DESIGN 2). Every look-up is a GetItem on the rep's partition.
 */
public final class ReferralLinks {
    static final String FIELD = "referredById";
    private static final int ATTEMPTS = 3;

    private final ProspectStore store;

    public ReferralLinks(ProspectStore store) {
        this.store = store;
    }

    /**
     * What is wrong with naming {@code referredById} as the referrer of {@code prospectId} (null for a new
     * prospect): not one of the rep's prospects, the prospect itself, or one it referred (a loop). Empty when fine.
     */
    public List<FieldError> problems(String repId, String prospectId, String referredById) {
        if (referredById == null) return List.of();
        Optional<Prospect> referrer = store.find(repId, referredById);
        if (referrer.isEmpty()) return List.of(new FieldError(FIELD, "no prospect of yours has the id " + referredById));
        return Referrals.refusal(prospectId, chain(repId, referrer.get())).map(r -> List.of(new FieldError(FIELD, r))).orElse(List.of());
    }

    /**
     * Writes {@code next} over {@code current}. When it wins a referred deal, the referrer's thank-you goes
     * in the same transaction; when it names a new referrer, the chain above that referrer is held at the
     * versions read, so two changes at once cannot close a loop. A conflict on the referrer or the chain is
     * retried; one on the prospect itself is the caller's ({@link VersionConflict}). {@code tally} (null for
     * none) goes to the week's counters in the same write.
     */
    public void save(Prospect current, Prospect next, LocalDate today, WeekTally tally) {
        boolean relinked = !Objects.equals(current.referredById(), next.referredById()) && next.referredById() != null;
        boolean thanks = Referrals.winsAReferral(current, next);
        if (!relinked && !thanks) {
            store.replace(current, next, tally);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            List<Prospect> writes = new ArrayList<>(List.of(next));
            List<Prospect> holds = new ArrayList<>();
            Optional<Prospect> referrer = store.find(next.repId(), next.referredById());
            if (relinked) {
                Referrals.Chain chain = referrer.map(r -> chain(next.repId(), r)).orElseThrow(() -> Invalid.of(FIELD, "the referrer was just removed"));
                Referrals.refusal(next.id(), chain).ifPresent(r -> {
                    throw Invalid.of(FIELD, r);
                });
                holds.addAll(chain.prospects());
            }
            if (thanks && referrer.isPresent()) {
                Prospect thanked = Referrals.thanked(referrer.get(), next, today);
                writes.add(thanked);
                holds.removeIf(p -> p.id().equals(thanked.id()));
            }
            try {
                store.replaceTogether(current, writes, holds, tally);
                return;
            } catch (VersionConflict e) {
                long now = store.find(next.repId(), next.id()).orElseThrow(() -> new NotFound("prospect " + next.id())).version();
                if (now != current.version()) throw e;
                if (attempt == ATTEMPTS) throw Conflict.busy("the referrer kept changing; try again");
            }
        }
    }

    private Referrals.Chain chain(String repId, Prospect referrer) {
        return Referrals.above(referrer, id -> store.find(repId, id));
    }
}
