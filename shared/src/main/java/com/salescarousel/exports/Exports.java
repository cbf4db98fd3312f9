package com.salescarousel.exports;

import com.salescarousel.error.NotFound;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import javax.inject.Inject;

/**
 * The rep's prospects as CSV, a page at a time. Lambda answers API Gateway with at most 6 MB
 * (6,291,456 bytes) of JSON around the body, so a page stops once its body, counted as it will be
 * escaped inside that JSON, passes {@link #PAGE_BUDGET}; the rest follows from the page's cursor.
 * 10,000 prospects of ordinary size fit in one page; a bigger book comes in several.
 */
public final class Exports {
    /** Bytes of escaped body per page: 6 MB minus room for the headers and the envelope. */
    public static final int PAGE_BUDGET = 5_500_000;
    /** Prospects read per store page. */
    private static final int READ = 100;

    private final ProspectStore prospects;

    @Inject
    public Exports(ProspectStore prospects) {
        this.prospects = prospects;
    }

    /** A page of CSV; {@code nextAfterId} is where the next page starts, null after the last. */
    public record Page(String csv, String nextAfterId, int rows) {}

    /**
     * The page after {@code afterId} (null: the first, which starts with a UTF-8 byte-order mark so
     * that Excel reads the accents right, and the header row).
     */
    public Page page(String repId, String afterId, int budget) {
        StringBuilder csv = new StringBuilder();
        long size = 0;
        if (afterId == null) {
            csv.append('\uFEFF').append(ProspectCsv.header());
            size = escapedSize(csv);
        }
        int rows = 0;
        String after = afterId;
        while (true) {
            var page = prospects.list(repId, new ProspectStore.ProspectFilter(null, null), READ, after);
            for (Prospect p : page.items()) {
                String row = ProspectCsv.row(p);
                long rowSize = escapedSize(row);
                if (rows > 0 && size + rowSize > budget) return new Page(csv.toString(), after, rows);
                csv.append(row);
                size += rowSize;
                rows++;
                after = p.id();
            }
            if (page.nextAfterId() == null) return new Page(csv.toString(), null, rows);
        }
    }

    public String vcard(String repId, String id) {
        return ProspectVcard.of(prospects.find(repId, id).orElseThrow(() -> new NotFound("prospect " + id)));
    }

    /**
     * Bytes once written as a JSON string, counted on the safe side: quotes, backslashes and line
     * breaks take two, other control characters six, and anything past ASCII six per UTF-16 unit
     * (as if the runtime's serializer wrote {@code \\uXXXX}; as raw UTF-8 it is two to three).
     */
    static long escapedSize(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t') n += 2;
            else if (c < 0x20 || c > 0x7e) n += 6;
            else n += 1;
        }
        return n;
    }
}
