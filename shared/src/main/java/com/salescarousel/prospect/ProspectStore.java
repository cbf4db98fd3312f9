package com.salescarousel.prospect;

import com.salescarousel.stats.WeekTally;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port for prospects. Every method is keyed by the rep: no call reaches another rep's data. */
public interface ProspectStore {

    /**
     * Stores a new prospect; with an idempotency key, a repeat returns the first one instead.
     *
     * @throws EmailTaken when another of the rep's prospects has its e-mail address (any case)
     */
    Prospect create(Prospect p, String idempotencyKey);

    Optional<Prospect> find(String repId, String id);

    /**
     * Replaces a prospect if its stored version is still {@code updated.version() - 1}.
     *
     * @throws com.salescarousel.store.VersionConflict when another write got there first
     */
    void replace(Prospect updated);

    /**
     * As {@link #replace(Prospect)}, where the e-mail address may change from {@code before}'s: the
     * address moves in the same write ({@link #replace(Prospect)} is for changes that keep it).
     *
     * @throws EmailTaken when another of the rep's prospects has the new address
     */
    default void replace(Prospect before, Prospect updated) {
        replace(before, updated, null);
    }

    /**
     * As {@link #replace(Prospect, Prospect)}, adding {@code tally} (null for none) to the prospect's week
     * counters in the same write (a tier move).
     *
     * @throws EmailTaken when another of the rep's prospects has the new address
     */
    void replace(Prospect before, Prospect updated, WeekTally tally);

    /** As {@link #replace(Prospect)}, adding {@code tally} (null for none) to its week's counters in the same write. */
    default void replace(Prospect updated, WeekTally tally) {
        replace(updated, updated, tally);
    }

    /** The id of the rep's prospect with this e-mail address (any case), if any. */
    Optional<String> withEmail(String repId, String email);

    /** Deletes a prospect, its touch history and its hold on its e-mail address; false when there was none. */
    boolean delete(String repId, String id);

    Page list(String repId, ProspectFilter filter, int limit, String afterId);

    /** Everyone on the rep's carousel due on or before {@code day}, from the due index. */
    List<Prospect> dueOnOrBefore(String repId, LocalDate day);

    /** Prospects the rep noted as referred by {@code referrerId}, from the referral index (GSI3), by id. */
    List<Prospect> referredBy(String repId, String referrerId);

    /** The rep's whole referral index: every prospect referred by another of theirs, and every won one. */
    List<Prospect> referralIndex(String repId);

    /** The rep's prospects with a status: a Query of their partition, for one-off migrations, not requests. */
    List<Prospect> withStatus(String repId, ProspectStatus status);

    /**
     * Replaces every prospect in {@code updated}, each if its stored version is still {@code version() - 1},
     * and only if every one in {@code unchanged} still has the version it was read with: one transaction.
     * {@code before} is the first one's stored state: its e-mail address moves with it.
     *
     * @throws EmailTaken when another of the rep's prospects has the first one's new address
     * @throws com.salescarousel.store.VersionConflict when any of them moved on; nothing is written
     */
    void replaceTogether(Prospect before, List<Prospect> updated, List<Prospect> unchanged, WeekTally tally);

    default void replaceTogether(Prospect before, List<Prospect> updated, List<Prospect> unchanged) {
        replaceTogether(before, updated, unchanged, null);
    }

    /** As above, where no e-mail address moves and no counter is added. */
    default void replaceTogether(List<Prospect> updated, List<Prospect> unchanged) {
        replaceTogether(updated.get(0), updated, unchanged, null);
    }

    record ProspectFilter(String tier, String text) {}

    /** A page of prospects; {@code nextAfterId} is null on the last page. */
    record Page(List<Prospect> items, String nextAfterId) {}

}
