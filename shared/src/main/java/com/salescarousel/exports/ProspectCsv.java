package com.salescarousel.exports;

import com.salescarousel.prospect.Prospect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prospects as CSV rows (RFC 4180: commas, CRLF, quotes where needed), every field. The columns the
 * import reads come first and carry its names, so an export imports straight back. A cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) gets a leading
 * {@code '} (OWASP's advice against CSV injection); the import takes that {@code '} off again.
 */
public final class ProspectCsv {
    public static final List<String> HEADER = List.of("Name", "Company", "Email", "Phone", "Title", "Tier", "Tags", "Notes", "Source",
            "Referred by", "Last contacted", "Id", "Status", "Referred by id", "Created on", "Next due on", "Last touch note",
            "Touches", "Touches since response", "Sales ready", "Won on");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private ProspectCsv() {}

    public static String header() {
        return line(HEADER);
    }

    public static String row(Prospect p) {
        return line(Stream.of(p.name(), p.company(), p.email(), p.phone(), p.title(), p.tier(), String.join(", ", p.tags()), p.notes(),
                p.source(), p.referredBy(), str(lastContact(p)), p.id(), p.status().wire(), p.referredById(),
                str(p.createdOn()), str(p.nextDueOn()), p.lastTouchNote(), String.valueOf(p.touchCount()),
                String.valueOf(p.touchesSinceResponse()), p.salesReady() ? "yes" : "no", str(p.wonOn())).toList());
    }

    /** What a spreadsheet may not run: the cell as text, with a leading {@code '} when it would start a formula. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) return value;
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    /** The last contact the carousel knows of: the last touch, or an import's last contacted day if later. */
    static java.time.LocalDate lastContact(Prospect p) {
        if (p.lastTouchOn() == null) return p.lastContactedOn();
        if (p.lastContactedOn() == null) return p.lastTouchOn();
        return p.lastContactedOn().isAfter(p.lastTouchOn()) ? p.lastContactedOn() : p.lastTouchOn();
    }

    /** Takes off the {@code '} that {@link #cell} put before a formula character, so an export imports back as it was. */
    public static String uncell(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && cell(value.substring(1)).startsWith("'")) return value.substring(1);
        return value;
    }

    private static String line(List<String> cells) {
        List<String> safe = new ArrayList<>();
        for (String c : cells) safe.add(cell(c));
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String str(Object o) {
        return Objects.toString(o, null);
    }
}
