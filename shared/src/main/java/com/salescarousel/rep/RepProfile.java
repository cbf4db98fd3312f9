package com.salescarousel.rep;

import com.salescarousel.cadence.Holidays;
import com.salescarousel.cadence.WorkingDays;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A rep's settings: the time zone makes "today", the digest hour makes the morning e-mail, and the
 * working days (weekends, holidays, time away) and daily capacity shape when prospects fall due.
 */
public record RepProfile(String repId, String name, String email, String org, String role,
                         ZoneId timeZone, int digestHour, boolean skipWeekends,
                         boolean acceptsLeads, Away away, Integer dailyCapacity, String holidays) {
    public static final int DEFAULT_DIGEST_HOUR = 7;
    /** The region id "UTC", not the offset "Z": profiles store IANA ids, and digest keys use them. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    public static final String MANAGER = "manager";

    /** Days away from work, both inclusive. */
    public record Away(LocalDate from, LocalDate to) {}

    /** Stage one's profile: reps take new leads, managers do not; no time away, no capacity, no holidays. */
    public RepProfile(String repId, String name, String email, String org, String role,
                      ZoneId timeZone, int digestHour, boolean skipWeekends) {
        this(repId, name, email, org, role, timeZone, digestHour, skipWeekends, !MANAGER.equals(role), null, null, null);
    }

    /** A first-time caller: defaults from the brief (UTC, 07:00, weekends skipped). */
    public static RepProfile firstSeen(Caller c, ZoneId zone) {
        String name = c.name() != null && !c.name().isBlank() ? c.name() : c.email();
        return new RepProfile(c.repId(), name, c.email(), c.org(), c.manager() ? MANAGER : "rep",
                zone, DEFAULT_DIGEST_HOUR, true);
    }

    public boolean manager() {
        return MANAGER.equals(role);
    }

    public WorkingDays workingDays() {
        return new WorkingDays(skipWeekends, Holidays.of(holidays), away == null ? null : away.from(), away == null ? null : away.to());
    }

    /**
     * Changes to time away, daily capacity and the holiday calendar; a setting not sent keeps its
     * value, one sent as null clears it.
     */
    public record TimeOff(boolean awaySent, Away away, boolean capacitySent, Integer dailyCapacity, boolean holidaysSent, String holidays) {
        public static final TimeOff UNCHANGED = new TimeOff(false, null, false, null, false, null);
    }

    public RepProfile withTimeOff(TimeOff t) {
        return new RepProfile(repId, name, email, org, role, timeZone, digestHour, skipWeekends, acceptsLeads,
                t.awaySent() ? t.away() : away, t.capacitySent() ? t.dailyCapacity() : dailyCapacity, t.holidaysSent() ? t.holidays() : holidays);
    }

    public RepProfile withSettings(String name, ZoneId zone, int digestHour, boolean skipWeekends) {
        return new RepProfile(repId, name, email, org, role, zone, digestHour, skipWeekends, acceptsLeads, away, dailyCapacity, holidays);
    }
}
