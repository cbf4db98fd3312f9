package com.salescarousel.erasure;

import com.salescarousel.error.NotFound;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.store.VersionConflict;
import javax.inject.Inject;

/**
 * Erasing a person (GDPR, DESIGN 7.5): the prospect and everything kept about them go. Prospects
 * they referred keep the referrer's name as text, not the link. A suppressed address stays
 * suppressed: that item is keyed by a hash of the address and holds no address, so it is kept.
 * The prospect item goes last, so a request that fails half-way can be repeated.
 */
public final class Erasure {
    private static final int ATTEMPTS = 5;

    private final ProspectStore prospects;
    private final TraceStore traces;

    @Inject
    public Erasure(ProspectStore prospects, TraceStore traces) {
        this.prospects = prospects;
        this.traces = traces;
    }

    public void erase(String repId, String prospectId) {
        Prospect person = prospects.find(repId, prospectId).orElseThrow(() -> new NotFound("prospect " + prospectId));
        for (Prospect referred : traces.referredBy(repId, prospectId)) keepOnlyTheName(referred, person);
        traces.eraseTraces(repId, prospectId, person.email());
        if (!prospects.delete(repId, prospectId)) throw new NotFound("prospect " + prospectId);
    }

    private void keepOnlyTheName(Prospect referred, Prospect referrer) {
        Prospect current = referred;
        for (int attempt = 0; ; attempt++) {
            String name = current.referredBy() != null ? current.referredBy() : referrer.name();
            try {
                prospects.replace(current.toBuilder().referredById(null).referredBy(name).version(current.version() + 1).build());
                return;
            } catch (VersionConflict e) {
                if (attempt == ATTEMPTS) throw e;
                current = prospects.find(current.repId(), current.id()).orElse(null);
                if (current == null || !referrer.id().equals(current.referredById())) return;
            }
        }
    }
}
