package com.salescarousel.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which reps' morning has come in an hourly run. A run at T covers the hour [T, T+1h). A rep's
 * digest moment on a local date is that date at {@code hh:00} in their zone, resolved as java.time
 * does: a time in a spring-forward gap moves forward by the gap, a time in a fall-back overlap takes
 * the earlier offset. So every rep gets exactly one moment per local date, it falls in exactly one
 * run, and zones with :30 or :45 offsets land in the run whose hour contains it.
 */
public final class DigestSchedule {
    public static final Duration RUN = Duration.ofHours(1);

    private DigestSchedule() {}

    /** One (zone, digest hour, local date) whose moment falls in the run. */
    public record Slot(ZoneId zone, int hour, LocalDate date) {}

    /** The hour a run covers starts at the whole hour at or before {@code at}. */
    public static Instant runStart(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    public static Instant moment(LocalDate date, int hour, ZoneId zone) {
        return ZonedDateTime.of(date, LocalTime.of(hour, 0), zone).toInstant();
    }

    /** The slots of the given zones whose digest moment falls in the run starting at {@code start}. */
    public static List<Slot> slotsIn(Instant start, Collection<ZoneId> zones) {
        Instant end = start.plus(RUN);
        List<Slot> out = new ArrayList<>();
        for (ZoneId zone : zones) {
            // The local dates the run touches: at most two (a run may straddle local midnight).
            Set<LocalDate> dates = new LinkedHashSet<>(List.of(
                    start.atZone(zone).toLocalDate(), end.minusNanos(1).atZone(zone).toLocalDate()));
            for (LocalDate date : dates) {
                for (int hour = 0; hour < 24; hour++) {
                    Instant m = moment(date, hour, zone);
                    if (!m.isBefore(start) && m.isBefore(end)) out.add(new Slot(zone, hour, date));
                }
            }
        }
        return out;
    }
}
