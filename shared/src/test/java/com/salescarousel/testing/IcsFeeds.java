package com.salescarousel.testing;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads a calendar feed the way a calendar app would: ical4j (a real RFC 5545 parser) builds and
 * validates it, and the wire rules it tolerates are checked by hand: CRLF only, no line over 75
 * octets, a UID, DTSTAMP and an all-day DTSTART on every event.
 */
public final class IcsFeeds {
    private IcsFeeds() {}

    /** One event as a test looks at it. */
    public record Event(String uid, LocalDate day, String summary, String description, String url) {}

    public static List<Event> parse(String ics) {
        for (String line : ics.split("\r\n", -1)) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) throw new AssertionError("a bare LF or CR: " + line);
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) throw new AssertionError("a line over 75 octets: " + line);
        }
        if (!ics.endsWith("\r\n")) throw new AssertionError("the last line has no CRLF");
        try {
            Calendar cal = new CalendarBuilder().build(new StringReader(ics));
            var result = cal.validate();
            if (result.hasErrors()) throw new AssertionError("ical4j finds the feed invalid: " + result);
            List<Event> out = new ArrayList<>();
            for (Object c : cal.getComponents()) {
                if (!(c instanceof VEvent e)) continue;
                String stamp = e.getProperty(Property.DTSTAMP).map(Property::getValue).orElseThrow(() -> new AssertionError("no DTSTAMP"));
                if (!stamp.endsWith("Z")) throw new AssertionError("DTSTAMP is not UTC: " + stamp);
                var start = e.getProperty(Property.DTSTART).orElseThrow(() -> new AssertionError("no DTSTART"));
                if (!start.getParameter("VALUE").map(p -> p.getValue().equals("DATE")).orElse(false)) {
                    throw new AssertionError("DTSTART is not an all-day DATE: " + start);
                }
                out.add(new Event(value(e, Property.UID), LocalDate.parse(start.getValue(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                        value(e, Property.SUMMARY), value(e, Property.DESCRIPTION), value(e, Property.URL)));
            }
            return out;
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("ical4j cannot read the feed: " + e, e);
        }
    }

    private static String value(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }
}
