package com.salescarousel.entry.api;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.agenda.AgendaEntry;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.plan.Enrolment;
import com.salescarousel.prospect.DueReason;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Touch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's JSON shapes (DESIGN section 6). Dates as YYYY-MM-DD, instants ISO-8601, absent values null. */
final class Views {
    private Views() {}

    static Map<String, Object> prospect(Prospect p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("company", p.company());
        m.put("email", p.email());
        m.put("phone", p.phone());
        m.put("title", p.title());
        m.put("tier", p.tier());
        m.put("status", p.status().wire());
        m.put("source", p.source());
        m.put("referredBy", p.referredBy());
        m.put("referredById", p.referredById());
        m.put("tags", p.tags());
        m.put("notes", p.notes());
        m.put("createdOn", str(p.createdOn()));
        m.put("lastTouchAt", str(p.lastTouchAt()));
        m.put("lastTouchOn", str(p.lastTouchOn()));
        m.put("lastTouchNote", p.lastTouchNote());
        m.put("nextDueOn", str(p.nextDueOn()));
        m.put("cadenceDueOn", str(p.cadenceDueOn()));
        m.put("nextReferralAskOn", str(p.nextReferralAskOn()));
        m.put("thankYouOn", str(p.thankYouOn()));
        m.put("thankYouFor", p.thankYouFor());
        m.put("wonOn", str(p.wonOn()));
        m.put("plan", plan(p.plan()));
        m.put("touchesSinceResponse", p.touchesSinceResponse());
        m.put("touchCount", p.touchCount());
        m.put("salesReady", p.salesReady());
        m.put("salesReadyAt", str(p.salesReadyAt()));
        m.put("version", p.version());
        return m;
    }

    /** A prospect's place in a plan: the plan, and the next step ({@code index} from 1) with its day. */
    private static Map<String, Object> plan(Enrolment e) {
        if (e == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.planId());
        m.put("name", e.planName());
        m.put("enrolledOn", e.enrolledOn().toString());
        m.put("step", step(e.index() + 1, e.steps().size(), e.current().channel(), e.current().templateId()));
        m.put("dueOn", e.dueOn().toString());
        m.put("steps", PlanViews.progress(e));
        return m;
    }

    private static Map<String, Object> step(int index, int of, Channel channel, String templateId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("of", of);
        m.put("channel", channel.wire());
        m.put("templateId", templateId);
        return m;
    }

    static Map<String, Object> touch(Touch t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("prospectId", t.prospectId());
        m.put("channel", t.channel().wire());
        m.put("outcome", t.outcome().wire());
        m.put("note", t.note());
        m.put("at", str(t.at()));
        m.put("day", str(t.day()));
        m.put("purpose", t.purpose() == null ? null : t.purpose().wire());
        return m;
    }

    static Map<String, Object> agenda(Agenda a) {
        return agenda(a, null);
    }

    /** {@code done}: due touches already done that day (progress: done of done + still due). */
    static Map<String, Object> agenda(Agenda a, Integer done) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", a.date().toString());
        if (done != null) m.put("done", done);
        m.put("overdue", entries(a.overdue()));
        m.put("due", entries(a.due()));
        return m;
    }

    private static List<Map<String, Object>> entries(List<AgendaEntry> es) {
        return es.stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            m.put("company", e.company());
            m.put("tier", e.tier());
            m.put("nextDueOn", e.nextDueOn().toString());
            m.put("daysOverdue", e.daysOverdue());
            m.put("touchesSinceResponse", e.touchesSinceResponse());
            m.put("salesReady", e.salesReady());
            m.put("reasons", e.reasons().stream().map(DueReason::wire).toList());
            m.put("reason", e.reason().wire());
            m.put("step", e.step() == null ? null : step(e.step().index(), e.step().of(), e.step().channel(), e.step().templateId()));
            m.put("lastNote", e.lastNote());
            return m;
        }).toList();
    }

    static Map<String, Object> profile(RepProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.repId());
        m.put("name", p.name());
        m.put("email", p.email());
        m.put("org", p.org());
        m.put("role", p.role());
        m.put("timeZone", p.timeZone().getId());
        m.put("digestHour", p.digestHour());
        m.put("skipWeekends", p.skipWeekends());
        m.put("away", p.away() == null ? null : Map.of("from", p.away().from().toString(), "to", p.away().to().toString()));
        m.put("dailyCapacity", p.dailyCapacity());
        m.put("holidays", p.holidays());
        return m;
    }

    static Map<String, Object> template(com.salescarousel.template.Template t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("subject", t.subject());
        m.put("bodyText", t.bodyText());
        m.put("bodyHtml", t.bodyHtml());
        m.put("needsRelevantInfo", t.needsRelevantInfo());
        m.put("version", t.version());
        return m;
    }

    static Map<String, Object> send(com.salescarousel.send.Send s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("prospectId", s.prospectId());
        m.put("templateId", s.templateId());
        m.put("date", str(s.date()));
        m.put("attempts", s.attempts());
        m.put("messageId", s.messageId());
        m.put("touchId", s.touchId());
        m.put("detail", s.detail());
        m.put("createdAt", str(s.createdAt()));
        m.put("updatedAt", str(s.updatedAt()));
        return m;
    }

    static Map<String, Object> tiers(Tiers tiers) {
        return Map.of("tiers", tiers.inPriorityOrder().stream().map(Views::tier).toList());
    }

    private static Map<String, Object> tier(Tier t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", t.key());
        m.put("label", t.label());
        m.put("cadence", t.cadence().toString());
        m.put("autoSendTemplateId", t.autoSendTemplateId());
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
