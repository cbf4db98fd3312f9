package com.salescarousel.imports;

import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.store.Keys;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each row's idempotency key, derived from what the row says (never from its position or a
 * client-chosen key): the same file sent twice, or again after a dropped connection, gives the same
 * keys, so rows already stored create nothing new. Two identical rows in one file are told apart by
 * their occurrence (1st, 2nd...), which inserting other rows does not change.
 */
final class RowKeys {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(ProspectDraft d, LocalDate lastContacted) {
        String content = String.join("\u001f", List.of(v(d.name()), v(d.company()), v(d.email()), v(d.phone()), v(d.title()),
                v(d.tier()), v(d.source()), v(d.referredBy()), String.join("\u001e", d.tags() == null ? List.of() : d.tags()),
                v(d.notes()), v(lastContacted)));
        String digest = Keys.sha256(content).substring(0, 40);
        int occurrence = seen.merge(digest, 1, Integer::sum);
        return "import:" + digest + ":" + occurrence;
    }

    private static String v(Object o) {
        return Objects.toString(o, "");
    }
}
