package com.salescarousel.entry.api;

import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.id.Ulid;
import com.salescarousel.json.JsonInput;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Purpose;
import com.salescarousel.touch.TouchRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Request bodies read into use-case inputs; every type and format error names its field. */
final class Requests {
    static final Set<String> PROSPECT_FIELDS = Set.of("name", "company", "email", "phone", "title", "tier",
            "source", "referredBy", "referredById", "tags", "notes");
    private static final Set<String> CREATE_FIELDS = union(PROSPECT_FIELDS, Set.of("idempotencyKey"));
    private static final Set<String> PATCH_FIELDS = union(PROSPECT_FIELDS, Set.of("status", "snoozeUntil", "version"));
    private static final Set<String> TOUCH_FIELDS = Set.of("channel", "outcome", "note", "at", "idempotencyKey", "purpose");
    /** The app's note fields show the same limits and refuse longer text; nothing is ever cut. */
    static final int TOUCH_NOTE = 2000, PROSPECT_NOTES = 4000;
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{3,40}");

    private Requests() {}

    /** {@code invalid}: the body's own bad fields, named together with those only the team's data can judge (the tier). */
    record Create(ProspectDraft draft, String idempotencyKey, List<FieldError> invalid) {}

    record Patch(ProspectChange change, Long bodyVersion, List<FieldError> invalid) {}

    static Create create(String body) {
        JsonInput in = JsonInput.of(body, CREATE_FIELDS);
        ProspectDraft d = draft(in, true);
        String key = in.idempotencyKey();
        return new Create(d, key, in.errors());
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
        Set<String> present = new HashSet<>();
        for (String f : PROSPECT_FIELDS) if (in.has(f)) present.add(f);
        return new Patch(new ProspectChange(present, d, status, snooze), version == null ? null : version.longValue(), in.errors());
    }

    private static ProspectDraft draft(JsonInput in, boolean creating) {
        String name = in.line("name", 200);
        if (creating && name == null && !in.hasError("name")) in.fail("name", "is required");
        String phone = in.line("phone", 40);
        if (phone != null && !PHONE.matcher(phone).matches()) in.fail("phone", "must be digits, spaces and + ( ) . / - only");
        String tier = in.line("tier", 32);
        return new ProspectDraft(name, in.line("company", 200), in.email("email"), phone, in.line("title", 200),
                tier, in.line("source", 100), in.line("referredBy", 200), in.strings("tags", 20, 40), in.string("notes", PROSPECT_NOTES),
                prospectId(in, "referredById"));
    }

    record Send(String templateId, String relevantInfo, String idempotencyKey) {}

    static Send send(String body) {
        JsonInput in = JsonInput.of(body, Set.of("templateId", "relevantInfo", "idempotencyKey"));
        String template = in.line("templateId", 64);
        if (template == null && !in.hasError("templateId")) in.fail("templateId", "is required");
        String info = in.string("relevantInfo", 2000);
        String key = in.idempotencyKey();
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
                "no_answer, left_message, replied, meeting_booked, not_interested, sent");
        String note = in.string("note", TOUCH_NOTE);
        Instant at = in.instant("at");
        String key = in.idempotencyKey();
        Purpose purpose = null;
        String p = in.line("purpose", 40);
        if (p != null) {
            purpose = Purpose.fromWire(p).orElse(null);
            if (purpose == null) in.fail("purpose", "must be referral_ask, or absent for an ordinary touch");
        }
        in.done();
        return new TouchRequest(channel, outcome, note, at, key, purpose);
    }

    /** {@code PATCH} of a touch: its note (null or "" clears it). */
    static String touchNote(String body) {
        JsonInput in = JsonInput.of(body, Set.of("note"));
        if (!in.has("note")) in.fail("note", "is required (null or \"\" clears it)");
        String note = in.string("note", TOUCH_NOTE);
        in.done();
        return note;
    }

    /** A row of an import, as the fields of {@code POST /api/prospects}: the same checks, the same names. */
    static ProspectDraft importDraft(Map<String, Object> fields) {
        JsonInput in = new JsonInput(fields, PROSPECT_FIELDS);
        ProspectDraft d = draft(in, true);
        in.done();
        return d;
    }

    /** A prospect id in a body: a ULID, or absent (on PATCH, null or "" clears the link). */
    private static String prospectId(JsonInput in, String field) {
        String id = in.line(field, 26);
        if (id != null && !Ulid.looksValid(id)) {
            in.fail(field, "must be the id of one of your prospects");
            return null;
        }
        return id;
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

    static LocalDate date(JsonInput in, String field) {
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


    static <E> E enumOf(JsonInput in, String field, java.util.function.Function<String, java.util.Optional<E>> parse, String allowed) {
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
