package com.salescarousel.agenda;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Workload;
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
        if (!PlannedDays.apply(rep)) return Agenda.of(day, prospects.dueOnOrBefore(rep.repId(), day), tiers.of(rep.org()));
        // Time away, capacity or holidays: the day's list as planned (prospects may move in from up to four weeks later).
        var known = tiers.of(rep.org());
        var due = prospects.dueOnOrBefore(rep.repId(), day.plusDays(Workload.LOOKAHEAD));
        return Agenda.of(day, PlannedDays.of(rep, known, due, today(rep)), known);
    }
}
