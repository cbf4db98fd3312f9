package com.salescarousel.referral;

import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.store.VersionConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-off migration of stage one's won deals: they left the carousel; now they are customers on it
 * (DESIGN 7.3). Reps are found without a Scan: the {@code ZONES} item names every zone in use, and the
 * digest look-up (GSI2 {@code DIGEST#<zone>#<hh>}) gives every profile in it, hour by hour. Each rep's won
 * prospects come from a Query of their partition. Idempotent: a prospect already on the carousel is left
 * alone, and each write is conditional on the version read (a second run, or a race, changes nothing).
 */
public final class WonToCustomers {
    private final ProfileStore profiles;
    private final ProspectStore prospects;
    private final TierStore tiers;
    private final Clock clock;

    public WonToCustomers(ProfileStore profiles, ProspectStore prospects, TierStore tiers, Clock clock) {
        this.profiles = profiles;
        this.prospects = prospects;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** What a run did. */
    public record Report(int reps, int won, int migrated) {}

    public Report run() {
        Map<String, RepProfile> reps = new LinkedHashMap<>();
        for (ZoneId zone : profiles.zonesInUse()) {
            for (int hour = 0; hour < 24; hour++) {
                for (RepProfile r : profiles.withDigestAt(zone, hour)) reps.putIfAbsent(r.repId(), r);
            }
        }
        int won = 0, migrated = 0;
        for (RepProfile rep : reps.values()) {
            Tiers known = tiers.of(rep.org());
            LocalDate today = clock.instant().atZone(rep.timeZone()).toLocalDate();
            for (Prospect p : prospects.withStatus(rep.repId(), ProspectStatus.WON)) {
                won++;
                if (migrate(p, known, rep, today)) migrated++;
            }
        }
        return new Report(reps.size(), won, migrated);
    }

    private boolean migrate(Prospect p, Tiers known, RepProfile rep, LocalDate today) {
        if (p.onCarousel()) return false;
        Prospect customer = becomeCustomer(p, known, rep, today);
        try {
            prospects.replace(customer);
            return true;
        } catch (VersionConflict raced) {
            return false;
        }
    }

    /**
     * A stage-one won deal as a customer won today: the customer tier, its cadence and the first referral ask
     * counted from the migration day (so the backlog does not all fall due at once). The win day was never
     * recorded and stays unknown.
     */
    static Prospect becomeCustomer(Prospect p, Tiers known, RepProfile rep, LocalDate today) {
        Prospect off = p.toBuilder().status(ProspectStatus.PAUSED).build();
        Prospect won = ReferralAsks.afterStatus(off, p, known, rep.workingDays(), today);
        return won.toBuilder().wonOn(p.wonOn()).version(p.version() + 1).build();
    }
}
