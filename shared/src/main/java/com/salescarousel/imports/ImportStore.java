package com.salescarousel.imports;

import com.salescarousel.prospect.Prospect;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The port the import writes through; every call is keyed by the rep. */
public interface ImportStore {
    /**
     * The rep's prospects that already have one of these e-mail addresses (lower-cased), by address.
     * The one place an import asks "is this address taken?".
     */
    Map<String, String> idsByEmail(String repId, Collection<String> lowerCaseEmails);

    /** Rows imported before (by their row keys), with the id of the prospect each one made. */
    Map<String, String> importedRows(String repId, Collection<String> rowKeys);

    /**
     * Stores new prospects in batches, each with its row key as an idempotency guard and its e-mail
     * address's guard in the same transaction. A row whose key was used before creates nothing and answers
     * the first prospect's id; a row whose address another prospect took meanwhile creates nothing and
     * answers that prospect as a duplicate.
     *
     * @return for each prospect, in order: its id (its own or the earlier import's), or the holder of its address
     */
    List<Stored> createAll(List<Prospect> prospects, List<String> rowKeys);

    /** What became of one row: {@code duplicate} when its address was another prospect's ({@code id}). */
    record Stored(String id, boolean duplicate) {}
}
