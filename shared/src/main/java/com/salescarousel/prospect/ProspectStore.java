package com.salescarousel.prospect;

import com.salescarousel.stats.WeekTally;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port for prospects. Every method is keyed by the rep: no call reaches another rep's data. */
public interface ProspectStore {

    /** Stores a new prospect; with an idempotency key, a repeat returns the first one instead. */
    Prospect create(Prospect p, String idempotencyKey);

    Optional<Prospect> find(String repId, String id);

    /**
     * Replaces a prospect if its stored version is still {@code updated.version() - 1}.
     *
     * @throws com.salescarousel.store.VersionConflict when another write got there first
     */
    void replace(Prospect updated);

    /**
     * As {@link #replace(Prospect)}, adding {@code tally} to its week's counters in the same write
     * (a tier move); a null tally is a plain replace.
     */
    void replace(Prospect updated, WeekTally tally);

    /** Deletes a prospect and its touch history; false when there was none. */
    boolean delete(String repId, String id);

    Page list(String repId, ProspectFilter filter, int limit, String afterId);

    /** Everyone on the rep's carousel due on or before {@code day}, from the due index. */
    List<Prospect> dueOnOrBefore(String repId, LocalDate day);

    record ProspectFilter(String tier, String text) {}

    /** A page of prospects; {@code nextAfterId} is null on the last page. */
    record Page(List<Prospect> items, String nextAfterId) {}

}
