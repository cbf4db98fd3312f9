package com.salescarousel.entry.api;

import com.salescarousel.stats.NowFigures;
import com.salescarousel.stats.RepStats;
import com.salescarousel.stats.WeekFigures;
import com.salescarousel.team.Member;
import com.salescarousel.team.MemberStats;
import java.util.LinkedHashMap;
import java.util.Map;

/** The coaching figures' JSON (DESIGN 7.2): {@code {weeks, now, adherence}}, and a member's row of the team view. */
final class StatsViews {
    private StatsViews() {}

    static Map<String, Object> stats(RepStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("weeks", s.weeks().stream().map(StatsViews::week).toList());
        m.put("now", now(s.now()));
        m.put("adherence", s.adherence());
        return m;
    }

    static Map<String, Object> week(WeekFigures w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("week", w.week());
        m.put("touches", w.touches());
        m.put("byChannel", w.byChannel());
        m.put("byOutcome", w.byOutcome());
        m.put("byTier", w.byTier());
        m.put("responses", w.responses());
        m.put("meetings", w.meetings());
        m.put("due", w.due());
        m.put("onTime", w.onTime());
        m.put("late", w.late());
        m.put("early", w.early());
        m.put("added", w.added());
        m.put("tierMoves", w.tierMoves());
        m.put("signals", w.signals());
        m.put("salesReady", w.salesReady());
        m.put("speedToLeadHours", w.speedToLeadHours());
        m.put("overdue", w.overdue());
        return m;
    }

    static Map<String, Object> now(NowFigures n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("openByTier", n.openByTier());
        m.put("overdue", n.overdue());
        m.put("oldestOverdueDays", n.oldestOverdueDays());
        m.put("neglected", n.neglected());
        m.put("stale", n.stale());
        m.put("givenUpEarly", n.givenUpEarly());
        m.put("touchesBeforeFirstResponse", n.touchesBeforeFirstResponse());
        return m;
    }

    static Map<String, Object> member(Member member) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("repId", member.repId());
        m.put("name", member.name());
        m.put("email", member.email());
        m.put("role", member.role());
        m.put("status", member.status().wire());
        return m;
    }

    /** A row of the team view: who, and their figures. */
    static Map<String, Object> row(MemberStats s) {
        Map<String, Object> m = member(s.member());
        m.putAll(stats(s.stats()));
        return m;
    }
}
