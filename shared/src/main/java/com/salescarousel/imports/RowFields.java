package com.salescarousel.imports;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A row as the API's prospect fields, ready for the API's own checks: the name from first and last
 * name when there is no name column, tags split on {@code , ; |}, a tier by its key or its label in
 * any case ("Nurture"), and the typographic spaces and dashes phones export with made plain.
 */
final class RowFields {
    private RowFields() {}

    static Map<String, Object> of(ContactRow row, Tiers tiers) {
        Map<String, Object> f = new HashMap<>();
        String name = row.get(Columns.NAME);
        if (name == null) {
            String joined = String.join(" ", Arrays.stream(new String[] {row.get(Columns.FIRST_NAME), row.get(Columns.LAST_NAME)})
                    .filter(s -> s != null && !s.isBlank()).toList());
            name = joined.isEmpty() ? null : joined;
        }
        put(f, "name", name);
        put(f, "company", row.get(Columns.COMPANY));
        put(f, "email", row.get(Columns.EMAIL));
        put(f, "phone", phone(row.get(Columns.PHONE)));
        put(f, "title", row.get(Columns.TITLE));
        put(f, "tier", tier(row.get(Columns.TIER), tiers));
        put(f, "source", row.get(Columns.SOURCE));
        put(f, "referredBy", row.get(Columns.REFERRED_BY));
        put(f, "notes", row.get(Columns.NOTES));
        String tags = row.get(Columns.TAGS);
        if (tags != null) {
            List<String> list = Arrays.stream(tags.split("[,;|]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            if (!list.isEmpty()) f.put("tags", list);
        }
        return f;
    }

    private static String tier(String raw, Tiers tiers) {
        if (raw == null) return null;
        for (Tier t : tiers.inPriorityOrder()) {
            if (t.key().equalsIgnoreCase(raw.strip()) || t.label().equalsIgnoreCase(raw.strip())) return t.key();
        }
        return raw;
    }

    private static String phone(String raw) {
        if (raw == null) return null;
        return raw.replaceAll("[\\u00A0\\u2007\\u202F]", " ").replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    }

    private static void put(Map<String, Object> f, String field, String v) {
        if (v != null && !v.isBlank()) f.put(field, v);
    }
}
