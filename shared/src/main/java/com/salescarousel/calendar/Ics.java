package com.salescarousel.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RFC 5545 calendar of all-day events, written by hand (a few lines; no iCalendar library in the
 * function jar): CRLF line ends, lines folded at 75 octets without splitting a character, TEXT
 * values escaped, a UID and DTSTAMP on every event and {@code DTSTART;VALUE=DATE}. The tests parse
 * every feed with ical4j.
 */
public final class Ics {
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {}

    /** One all-day event; {@code url} opens it in the app. */
    public record Event(String uid, LocalDate day, String summary, String description, String url) {}

    public static String calendar(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Sales Carousel//Calendar feed//EN");
        line(out, "CALSCALE:GREGORIAN");
        // No METHOD: that would make it an iTIP message (RFC 5546), whose PUBLISH wants an ORGANIZER per event.
        line(out, "X-WR-CALNAME:" + text(name));
        // Hints for Apple and Google: refresh every few hours (they may still take longer).
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT4H");
        line(out, "X-PUBLISHED-TTL:PT4H");
        if (events.isEmpty()) {
            // RFC 5545 wants at least one component: with nobody due, a time zone stands in for the events.
            for (String l : List.of("BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0000",
                    "TZOFFSETTO:+0000", "TZNAME:UTC", "END:STANDARD", "END:VTIMEZONE")) line(out, l);
        }
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.description() != null) line(out, "DESCRIPTION:" + text(e.description()));
            if (e.url() != null) line(out, "URL:" + e.url());
            line(out, "TRANSP:TRANSPARENT"); // a reminder, not a meeting: the day stays free
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets: each continuation starts with one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
