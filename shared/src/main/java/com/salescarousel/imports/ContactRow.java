package com.salescarousel.imports;

import com.salescarousel.error.FieldError;
import java.util.List;
import java.util.Map;

/**
 * One contact read from a file: its data-row number (from 1, the header not counted), its values by
 * the import's field names ({@link Columns}), and what was wrong with the file itself on that row.
 */
public record ContactRow(int row, Map<String, String> fields, List<FieldError> problems) {
    public ContactRow {
        fields = Map.copyOf(fields);
        problems = List.copyOf(problems);
    }

    public String get(String field) {
        return fields.get(field);
    }
}
