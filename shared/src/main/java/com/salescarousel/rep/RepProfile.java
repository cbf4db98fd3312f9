package com.salescarousel.rep;

import java.time.ZoneId;

/** A rep's settings: the time zone makes "today", the digest hour makes the morning e-mail. */
public record RepProfile(String repId, String name, String email, String org, String role,
                         ZoneId timeZone, int digestHour, boolean skipWeekends) {
    public static final int DEFAULT_DIGEST_HOUR = 7;
    /** The region id "UTC", not the offset "Z": profiles store IANA ids, and digest keys use them. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    /** A first-time caller: defaults from the brief (UTC, 07:00, weekends skipped). */
    public static RepProfile firstSeen(Caller c, ZoneId zone) {
        String name = c.name() != null && !c.name().isBlank() ? c.name() : c.email();
        return new RepProfile(c.repId(), name, c.email(), c.org(), c.manager() ? "manager" : "rep",
                zone, DEFAULT_DIGEST_HOUR, true);
    }

    public RepProfile withSettings(String name, ZoneId zone, int digestHour, boolean skipWeekends) {
        return new RepProfile(repId, name, email, org, role, zone, digestHour, skipWeekends);
    }
}
