package com.salescarousel.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestScheduleTest {
    private static List<DigestSchedule.Slot> runsOver(LocalDate from, int days, ZoneId zone, int hour) {
        List<DigestSchedule.Slot> hits = new ArrayList<>();
        Instant t = from.atStartOfDay(zone).toInstant().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant end = t.plus(days + 2, ChronoUnit.DAYS);
        for (; t.isBefore(end); t = t.plus(1, ChronoUnit.HOURS)) {
            for (var s : DigestSchedule.slotsIn(t, Set.of(zone))) if (s.hour() == hour) hits.add(s);
        }
        return hits;
    }

    /** Across a whole year of hourly runs, each local date gets exactly one digest, DST or not. */
    @ParameterizedTest
    @CsvSource({"America/New_York,7", "America/New_York,2", "America/New_York,1", "Asia/Kolkata,7",
            "Australia/Lord_Howe,7", "Australia/Lord_Howe,2", "Asia/Kathmandu,0", "Europe/London,1", "UTC,23", "Pacific/Chatham,3"})
    void everyLocalDate_getsExactlyOneSlot_overAYear(String zone, int hour) {
        ZoneId z = ZoneId.of(zone);
        LocalDate from = LocalDate.of(2026, 1, 1);
        var hits = runsOver(from, 365, z, hour);
        var dates = hits.stream().map(DigestSchedule.Slot::date).filter(d -> !d.isBefore(from) && d.isBefore(from.plusDays(365))).toList();
        assertEquals(365, dates.size(), "one digest per day");
        assertEquals(365, Set.copyOf(dates).size(), "never twice the same day");
    }

    @Test
    void newYork_springForward_2amDoesNotExist_digestComesAt3amLocal() {
        // 2026-03-08: clocks jump 02:00 -> 03:00 EST->EDT. 03:00 EDT = 07:00 UTC.
        var slots = DigestSchedule.slotsIn(Instant.parse("2026-03-08T07:00:00Z"), Set.of(ZoneId.of("America/New_York")));
        assertEquals(Set.of(2, 3), Set.copyOf(slots.stream().map(DigestSchedule.Slot::hour).toList()));
    }

    @Test
    void newYork_fallBack_1amHappensTwice_digestOnlyAtTheFirst() {
        // 2026-11-01: 01:00 EDT (05:00 UTC) and again 01:00 EST (06:00 UTC).
        ZoneId ny = ZoneId.of("America/New_York");
        assertEquals(List.of(1), DigestSchedule.slotsIn(Instant.parse("2026-11-01T05:00:00Z"), Set.of(ny)).stream().map(DigestSchedule.Slot::hour).toList());
        assertEquals(List.of(), DigestSchedule.slotsIn(Instant.parse("2026-11-01T06:00:00Z"), Set.of(ny)));
    }

    @Test
    void kolkata_halfHourOffset_7amLocalIsInThe0100UtcRun() {
        var slots = DigestSchedule.slotsIn(Instant.parse("2026-11-24T01:00:00Z"), Set.of(ZoneId.of("Asia/Kolkata")));
        assertEquals(List.of(new DigestSchedule.Slot(ZoneId.of("Asia/Kolkata"), 7, LocalDate.of(2026, 11, 24))), slots);
    }

    @Test
    void lordHowe_halfHourDst_7amLocalFollowsTheShift() {
        ZoneId lh = ZoneId.of("Australia/Lord_Howe");
        // Summer (UTC+11): 07:00 local = 20:00 UTC the day before; winter (UTC+10:30): 20:30 UTC.
        assertEquals(7, DigestSchedule.slotsIn(Instant.parse("2026-01-14T20:00:00Z"), Set.of(lh)).stream()
                .filter(s -> s.hour() == 7).findFirst().orElseThrow().hour());
        assertEquals(LocalDate.of(2026, 7, 15), DigestSchedule.slotsIn(Instant.parse("2026-07-14T20:00:00Z"), Set.of(lh)).stream()
                .filter(s -> s.hour() == 7).findFirst().orElseThrow().date());
    }
}
