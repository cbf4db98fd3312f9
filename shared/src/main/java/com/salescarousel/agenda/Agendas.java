package com.salescarousel.agenda;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import java.time.Clock;
import java.time.LocalDate;
import javax.inject.Inject;

/** Builds a rep's carousel for a day from the due index (one Query, no Scan). */
public final class Agendas {
    private final ProspectStore prospects;
    private final TierStore tiers;
    private final Clock clock;

    @Inject
    public Agendas(ProspectStore prospects, TierStore tiers, Clock clock) {
        this.prospects = prospects;
        this.tiers = tiers;
        this.clock = clock;
    }

    public LocalDate today(RepProfile rep) {
        return Cadence.localDay(clock.instant(), rep.timeZone());
    }

    public Agenda forDay(RepProfile rep, LocalDate day) {
        return Agenda.of(day, prospects.dueOnOrBefore(rep.repId(), day), tiers.of(rep.org()));
    }
}
