package com.salescarousel.plan;

import com.salescarousel.prospect.Prospect;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port for plans ({@code ORG#<org>} / {@code PLAN#<id>}, keyed by the caller's org), their
 * figures ({@code ORG#<org>} / {@code PLANSTATS#<id>}), and the prospect writes a plan makes on its
 * own: each one transaction with the figures it adds.
 */
public interface PlanStore {
    Optional<Plan> find(String org, String id);

    /** The org's plans, retired ones too, oldest first: one Query. */
    List<Plan> all(String org);

    /**
     * Creates a plan (version 1, which must be new) or replaces it when the stored version is the one before.
     *
     * @throws com.salescarousel.store.VersionConflict when it is not
     */
    void put(Plan plan);

    PlanFigures figures(String org, String planId);

    /**
     * Replaces the prospect on its version and adds {@code tally} to the plan's figures, in one
     * transaction; with a {@code guard} (an idempotency key), only once: the guard remembers
     * {@code result}.
     *
     * @return the result remembered by the guard when it was used before (then nothing is written)
     * @throws com.salescarousel.store.VersionConflict when the prospect moved on
     */
    Optional<String> moveProspect(Prospect after, PlanTally tally, String guard, String result);

    /** What a guard remembered, if it was used. */
    Optional<String> guarded(String repId, String guard);

    /**
     * A skipped automatic step: the prospect on its version, the count, and the send record
     * SENDING → SUPPRESSED with {@code detail}, in one transaction.
     *
     * @throws com.salescarousel.store.VersionConflict when the prospect moved on
     * @throws IllegalStateException when the send is no longer SENDING (nothing written)
     */
    void skipStep(Prospect after, PlanTally tally, String sendId, String detail, Instant now);
}
