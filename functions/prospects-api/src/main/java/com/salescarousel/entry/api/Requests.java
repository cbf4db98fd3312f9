package com.salescarousel.entry.api;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Holidays;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.error.Invalid;
import com.salescarousel.json.JsonInput;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Request bodies read into use-case inputs; every type and format error names its field. */
final class Requests {
    static final Set<String> PROSPECT_FIELDS = Set.of("name", "company", "email", "phone", "title", "tier",
            "source", "referredBy", "tags", "notes");
    private static final Set<String> CREATE_FIELDS = union(PROSPECT_FIELDS, Set.of("idempotencyKey"));
    private static final Set<String> PATCH_FIELDS = union(PROSPECT_FIELDS, Set.of("status", "snoozeUntil", "version"));
    private static final Set<String> TOUCH_FIELDS = Set.of("channel", "outcome", "note", "at", "idempotencyKey");
    private static final Set<String> ME_FIELDS = Set.of("name", "timeZone", "digestHour", "skipWeekends", "away", "dailyCapacity", "holidays");
    /** A year away at most: longer is a mistake, and the carousel would find no working day to move anyone to. */
    private static final int MAX_AWAY_DAYS = 366;
    static final int MAX_DAILY_CAPACITY = 500;
    private static final Set<String> TIER_FIELDS = Set.of("key", "label", "cadence", "autoSendTemplateId");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{3,40}");
    private static final Pattern TIER_KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private Requests() {}

    record Create(ProspectDraft draft, String idempotencyKey) {}

    record Patch(ProspectChange change, Long bodyVersion) {}

    record MeChange(String name, ZoneId timeZone, Integer digestHour, Boolean skipWeekends, RepProfile.TimeOff timeOff) {}

    static Create create(String body) {
        JsonInput in = JsonInput.of(body, CREATE_FIELDS);
        ProspectDraft d = draft(in, true);
        String key = idempotencyKey(in);
        in.done();
        return new Create(d, key);
    }

    static Patch patch(String body) {
        JsonInput in = JsonInput.of(body, PATCH_FIELDS);
        ProspectDraft d = draft(in, false);
        in.notEmptyIfSent("name", d.name());
        in.notEmptyIfSent("tier", d.tier());
        ProspectStatus status = null;
        String s = in.line("status", 20);
        if (s != null) {
            status = ProspectStatus.fromWire(s).orElse(null);
            if (status == null) in.fail("status", "must be one of open, paused, won, lost, archived");
        }
        LocalDate snooze = date(in, "snoozeUntil");
        Integer version = in.integer("version", 1, Integer.MAX_VALUE);
        in.done();
        Set<String> present = new HashSet<>();
        for (String f : PROSPECT_FIELDS) if (in.has(f)) present.add(f);
        return new Patch(new ProspectChange(present, d, status, snooze), version == null ? null : version.longValue());
    }

    private static ProspectDraft draft(JsonInput in, boolean creating) {
        String name = in.line("name", 200);
        if (creating && name == null && !in.hasError("name")) in.fail("name", "is required");
        String phone = in.line("phone", 40);
        if (phone != null && !PHONE.matcher(phone).matches()) in.fail("phone", "must be digits, spaces and + ( ) . / - only");
        String tier = in.line("tier", 32);
        return new ProspectDraft(name, in.line("company", 200), in.email("email"), phone, in.line("title", 200),
                tier, in.line("source", 100), in.line("referredBy", 200), in.strings("tags", 20, 40), in.string("notes", 4000));
    }

    record Send(String templateId, String relevantInfo, String idempotencyKey) {}

    static Send send(String body) {
        JsonInput in = JsonInput.of(body, Set.of("templateId", "relevantInfo", "idempotencyKey"));
        String template = in.line("templateId", 64);
        if (template == null && !in.hasError("templateId")) in.fail("templateId", "is required");
        String info = in.string("relevantInfo", 2000);
        String key = idempotencyKey(in);
        in.done();
        return new Send(template, info, key);
    }

    static com.salescarousel.template.Templates.Draft template(String body) {
        JsonInput in = JsonInput.of(body, Set.of("name", "subject", "bodyText", "bodyHtml"));
        String name = in.line("name", 100);
        if (name == null && !in.hasError("name")) in.fail("name", "is required");
        String subject = in.line("subject", 200);
        if (subject == null && !in.hasError("subject")) in.fail("subject", "is required");
        String text = in.string("bodyText", 20_000);
        if (text == null && !in.hasError("bodyText")) in.fail("bodyText", "is required");
        String html = in.string("bodyHtml", 40_000);
        in.done();
        return new com.salescarousel.template.Templates.Draft(name, subject, text, html);
    }

    static TouchRequest touch(String body) {
        JsonInput in = JsonInput.of(body, TOUCH_FIELDS);
        Channel channel = enumOf(in, "channel", Channel::fromWire, "call, email, meeting, social, mail, event");
        Outcome outcome = enumOf(in, "outcome", Outcome::fromWire,
                "no_answer, left_message, replied, meeting_booked, not_interested");
        String note = in.string("note", 2000);
        Instant at = instant(in, "at");
        String key = idempotencyKey(in);
        in.done();
        return new TouchRequest(channel, outcome, note, at, key);
    }

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
        LocalDate from = date(a, "from"), to = date(a, "to");
        if (from == null && !a.hasError("from")) a.fail("from", "is required");
        if (to == null && !a.hasError("to")) a.fail("to", "is required");
        if (from != null && to != null && to.isBefore(from)) a.fail("to", "must be on or after from (" + from + ")");
        if (from != null && to != null && from.plusDays(MAX_AWAY_DAYS).isBefore(to)) a.fail("to", "must be within a year of from");
        boolean fine = a.ok();
        in.adopt("away", a);
        return fine ? new RepProfile.Away(from, to) : null;
    }

    /** A row of an import, as the fields of {@code POST /api/prospects}: the same checks, the same names. */
    static ProspectDraft importDraft(Map<String, Object> fields) {
        JsonInput in = new JsonInput(fields, PROSPECT_FIELDS);
        ProspectDraft d = draft(in, true);
        in.done();
        return d;
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

    static LocalDate date(String field, String value) {
        try {
            // Exactly YYYY-MM-DD: LocalDate also reads "+10000-01-01", which no client of ours sends.
            if (value.length() != 10) throw new DateTimeException(value);
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw Invalid.of(field, "must be a date as YYYY-MM-DD");
        }
    }

    private static LocalDate date(JsonInput in, String field) {
        String s = in.line(field, 10);
        if (s == null) return null;
        try {
            if (s.length() != 10) throw new DateTimeException(s);
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            in.fail(field, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private static Instant instant(JsonInput in, String field) {
        String s = in.line(field, 40);
        if (s == null) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            in.fail(field, "must be an ISO-8601 instant with offset, such as 2026-11-24T09:30:00Z");
            return null;
        }
    }

    private static String idempotencyKey(JsonInput in) {
        String key = in.line("idempotencyKey", 128);
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            in.fail("idempotencyKey", "must be 8-128 letters, digits or . _ : -");
            return null;
        }
        return key;
    }

    private static <E> E enumOf(JsonInput in, String field, java.util.function.Function<String, java.util.Optional<E>> parse, String allowed) {
        String s = in.requiredString(field, 40);
        if (s == null) return null;
        E e = parse.apply(s).orElse(null);
        if (e == null) in.fail(field, "must be one of " + allowed);
        return e;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
