package com.salescarousel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.testing.IcsFeeds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar against a real parser: folding, escaping, all-day dates. */
class IcsTest {
    @Test
    void longMultiByteText_foldsAt75Octets_withoutSplittingACharacter_andParsesBack() {
        String summary = "Touch: محمد الأحمد (شركة النور) · Zoë Ng 🚀 — Rocket Labs ✨, \"Growth\"; EMEA \\ APAC ".repeat(3).strip();
        String description = "Why: cadence, referral ask\nOverdue since 2026-11-20\nTouches since the last response: 3";
        String ics = Ics.calendar("Sales Carousel · Zoë", List.of(new Ics.Event("P1-2026-11-30@salescarousel", LocalDate.of(2026, 11, 30),
                summary, description, "https://app.example/#/prospect/P1")), Instant.parse("2026-11-30T09:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).indexOf('\uFFFD') < 0, "a split character: " + line);
        }
        var events = IcsFeeds.parse(ics);
        assertEquals(1, events.size());
        assertEquals(summary, events.get(0).summary(), "unfolded and unescaped, the text is what went in");
        assertEquals(description, events.get(0).description());
        assertEquals(LocalDate.of(2026, 11, 30), events.get(0).day());
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201\r\n"));
        assertTrue(ics.contains("\r\nDTSTAMP:20261130T090000Z\r\n"));
    }

    @Test
    void anEmptyFeed_isAValidCalendar() {
        assertEquals(List.of(), IcsFeeds.parse(Ics.calendar("Nobody due", List.of(), Instant.parse("2026-11-30T09:00:00Z"))));
    }
}
