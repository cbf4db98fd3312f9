package com.salescarousel.entry.api;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Holidays;
import com.salescarousel.cadence.ReferralPolicy;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.json.JsonInput;
import com.salescarousel.rep.RepProfile;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The settings' request bodies (the rep's profile, the team's tiers and referral rhythm); every bad field named. */
final class SettingsRequests {
    private static final Set<String> ME_FIELDS = Set.of("name", "timeZone", "digestHour", "skipWeekends", "away", "dailyCapacity", "holidays");
    /** A year away at most: longer is a mistake, and the carousel would find no working day to move anyone to. */
    private static final int MAX_AWAY_DAYS = 366;
    static final int MAX_DAILY_CAPACITY = 500;
    private static final Set<String> TIER_FIELDS = Set.of("key", "label", "cadence", "autoSendTemplateId");
    private static final Pattern TIER_KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private SettingsRequests() {}

    record MeChange(String name, ZoneId timeZone, Integer digestHour, Boolean skipWeekends, RepProfile.TimeOff timeOff) {}

    static MeChange me(String body) {
        JsonInput in = JsonInput.of(body, ME_FIELDS);
        String name = in.line("name", 200);
        in.notEmptyIfSent("name", name);
        ZoneId zone = null;
        String z = in.line("timeZone", 64);
        if (z != null) {
            try {
                // Region ids only: a fixed offset would silently ignore daylight saving.
                if (!ZoneId.getAvailableZoneIds().contains(z) && !z.equals("UTC")) throw new DateTimeException(z);
                zone = ZoneId.of(z);
            } catch (DateTimeException e) {
                in.fail("timeZone", "must be an IANA time zone such as Europe/Paris");
            }
        }
        Integer hour = in.integer("digestHour", 0, 23);
        Boolean skip = in.bool("skipWeekends");
        RepProfile.Away away = away(in);
        Integer capacity = in.integer("dailyCapacity", 1, MAX_DAILY_CAPACITY);
        String holidays = in.line("holidays", 10);
        if (holidays != null) {
            holidays = holidays.toUpperCase(Locale.ROOT);
            if (!Holidays.isKnown(holidays)) {
                in.fail("holidays", "must be an ISO 3166 code with public holidays, such as DE, US or GB, or a region such as DE-BY");
            }
        }
        in.done();
        return new MeChange(name, zone, hour, skip, new RepProfile.TimeOff(in.has("away"), away, in.has("dailyCapacity"), capacity,
                in.has("holidays"), holidays));
    }

    /** {@code {from, to}}, both days included; null clears it. */
    private static RepProfile.Away away(JsonInput in) {
        Map<String, Object> raw = in.object("away");
        if (raw == null) return null;
        JsonInput a = new JsonInput(raw, Set.of("from", "to"));
        LocalDate from = Requests.date(a, "from"), to = Requests.date(a, "to");
        if (from == null && !a.hasError("from")) a.fail("from", "is required");
        if (to == null && !a.hasError("to")) a.fail("to", "is required");
        if (from != null && to != null && to.isBefore(from)) a.fail("to", "must be on or after from (" + from + ")");
        if (from != null && to != null && from.plusDays(MAX_AWAY_DAYS).isBefore(to)) a.fail("to", "must be within a year of from");
        boolean fine = a.ok();
        in.adopt("away", a);
        return fine ? new RepProfile.Away(from, to) : null;
    }

    static Tiers tiers(String body) {
        JsonInput in = JsonInput.of(body, Set.of("tiers"));
        List<Map<String, Object>> raw = in.objects("tiers", 20);
        if (raw == null && in.ok()) in.fail("tiers", "is required");
        List<Tier> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            JsonInput t = new JsonInput(raw.get(i), TIER_FIELDS);
            String key = t.requiredString("key", 32);
            if (key != null && !TIER_KEY.matcher(key).matches()) t.fail("key", "must be lower-case letters, digits and -");
            if (key != null && !keys.add(key)) t.fail("key", "'" + key + "' appears twice");
            String label = t.requiredString("label", 60);
            String cadence = t.requiredString("cadence", 20);
            Period period = null;
            if (cadence != null) {
                try {
                    period = Period.parse(cadence);
                    if (!Cadence.isUsable(period)) t.fail("cadence", "must be a positive period of at most ten years, such as P7D, P6W or P1M");
                } catch (DateTimeException e) {
                    t.fail("cadence", "must be an ISO-8601 period such as P7D, P6W or P1M");
                }
            }
            String template = t.line("autoSendTemplateId", 64);
            boolean fine = t.ok();
            in.adopt("tiers[" + i + "]", t);
            if (fine) out.add(new Tier(key, label, period, template));
        }
        if (raw != null && raw.isEmpty()) in.fail("tiers", "needs at least one tier");
        in.done();
        return new Tiers(out);
    }

    /** The org's referral rhythm: both periods required (a PUT replaces it), the suggested templates optional. */
    static ReferralPolicy referralPolicy(String body) {
        JsonInput in = JsonInput.of(body, Set.of("firstAskAfter", "askEvery", "askTemplateId", "thankYouTemplateId"));
        Period first = period(in, "firstAskAfter");
        Period every = period(in, "askEvery");
        String ask = in.line("askTemplateId", 64), thanks = in.line("thankYouTemplateId", 64);
        in.done();
        return new ReferralPolicy(first, every, ask, thanks);
    }

    private static Period period(JsonInput in, String field) {
        String s = in.requiredString(field, 20);
        if (s == null) return null;
        try {
            Period p = Period.parse(s);
            if (Cadence.isUsable(p)) return p;
        } catch (DateTimeException e) {
            // named below
        }
        in.fail(field, "must be a positive ISO-8601 period of at most ten years, such as P1M or P6M");
        return null;
    }

}
