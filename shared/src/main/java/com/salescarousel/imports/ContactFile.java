package com.salescarousel.imports;

import java.util.List;

/** What a file held: its contacts in file order, and the header cells no field matched (CSV only). */
public record ContactFile(List<ContactRow> rows, List<String> ignoredColumns) {
    /** Up to this many contacts in one import (DESIGN 7.5). */
    public static final int MAX_ROWS = 5_000;

    public ContactFile {
        rows = List.copyOf(rows);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** More contacts than {@link #MAX_ROWS}: the whole file is refused (413), nothing is read further. */
    public static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooManyRows() {
            super("the file has more than " + MAX_ROWS + " contacts; split it into files of at most " + MAX_ROWS, null, false, false);
        }
    }
}
