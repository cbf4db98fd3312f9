package com.salescarousel.imports;

import com.salescarousel.error.Invalid;
import com.salescarousel.exports.ProspectCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Contacts from a CSV file (RFC 4180, Apache Commons CSV): a header row, then one contact per record.
 * Quoted fields may hold the delimiter, quotes ({@code ""}) and line breaks. The delimiter is read off
 * the header: Excel in most European locales writes {@code ;}, elsewhere {@code ,}; tabs work too.
 * A UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped. Records with nothing in them (Excel's
 * {@code ;;;;} lines) are skipped but still counted, so row numbers stay the spreadsheet's. A cell
 * our export protected from running as a formula ({@code '=...}) reads back without the {@code '}.
 */
public final class CsvContacts {
    private CsvContacts() {}

    public static ContactFile read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(body)).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) throw Invalid.of("body", "is empty: a header row and one contact per row are expected");
            Columns columns = Columns.of(records.next().toList());
            List<ContactRow> rows = new ArrayList<>();
            int row = 0;
            while (records.hasNext()) {
                CSVRecord r = records.next();
                row++;
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    String field = columns.field(i);
                    String v = ProspectCsv.uncell(r.get(i)).strip();
                    if (field != null && !v.isEmpty()) fields.put(field, v);
                }
                if (fields.isEmpty() && blank(r)) continue;
                if (rows.size() == ContactFile.MAX_ROWS) throw new ContactFile.TooManyRows();
                rows.add(new ContactRow(row, fields, List.of()));
            }
            return new ContactFile(rows, columns.ignored());
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV names the line, e.g. an opening quote that never closes.
            throw Invalid.of("body", "is not valid CSV: " + message(e));
        }
    }

    /** The most frequent of {@code , ; \t} outside quotes on the header line; a comma when none appears. */
    static char delimiter(String text) {
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        if (semicolon > comma && semicolon >= tab) return ';';
        if (tab > comma && tab > semicolon) return '\t';
        return ',';
    }

    private static boolean blank(CSVRecord r) {
        for (String v : r) if (!v.isBlank()) return false;
        return true;
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
