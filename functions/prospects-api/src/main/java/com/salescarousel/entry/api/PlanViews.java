package com.salescarousel.entry.api;

import com.salescarousel.plan.Enrolment;
import com.salescarousel.plan.Enrolments;
import com.salescarousel.plan.Plan;
import com.salescarousel.plan.PlanFigures;
import com.salescarousel.plan.PlanStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plans' JSON shapes (openapi.yaml: Plan, PlanEnrolled, PlanStats, Prospect.plan). */
final class PlanViews {
    private PlanViews() {}

    static Map<String, Object> plan(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("steps", p.steps().stream().map(PlanViews::step).toList());
        m.put("retired", p.retired());
        m.put("version", p.version());
        return m;
    }

    private static Map<String, Object> step(PlanStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offsetDays", s.offsetDays());
        m.put("channel", s.channel().wire());
        m.put("templateId", s.templateId());
        m.put("auto", s.auto());
        return m;
    }

    /**
     * A prospect's progress through its plan, step by step: {@code done} or {@code skipped} on the day
     * it was, {@code due} (the current step, on its day), {@code upcoming} (on the day it would be if
     * the current step were done on time; weekends and time away may move it).
     */
    static List<Map<String, Object>> progress(Enrolment e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < e.steps().size(); i++) {
            Map<String, Object> m = step(e.steps().get(i));
            m.put("index", i + 1);
            String state;
            LocalDate on;
            if (i < e.index()) {
                boolean known = i < e.marks().size();
                state = known && e.marks().get(i).skipped() ? "skipped" : "done";
                on = known ? e.marks().get(i).on() : null;
            } else if (i == e.index()) {
                state = "due";
                on = e.dueOn();
            } else {
                state = "upcoming";
                on = e.dueOn().plusDays(e.steps().get(i).offsetDays() - e.current().offsetDays());
            }
            m.put("state", state);
            m.put("on", on == null ? null : on.toString());
            out.add(m);
        }
        return out;
    }

    /** A batch's answer: counts, then one result per prospect in the order asked. */
    static Map<String, Object> enrolled(Enrolments.Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planId", a.plan().id());
        m.put("enrolled", a.count(Enrolments.Outcome.ENROLLED));
        m.put("alreadyEnrolled", a.count(Enrolments.Outcome.ALREADY_ENROLLED));
        m.put("refused", a.results().size() - a.count(Enrolments.Outcome.ENROLLED) - a.count(Enrolments.Outcome.ALREADY_ENROLLED));
        m.put("results", a.results().stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("prospectId", r.prospectId());
            x.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
            x.put("status", r.outcome().status);
            x.put("dueOn", r.dueOn() == null ? null : r.dueOn().toString());
            x.put("planId", r.otherPlanId());
            return x;
        }).toList());
        return m;
    }

    static Map<String, Object> figures(Plan plan, PlanFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planId", plan.id());
        m.put("enrolled", f.enrolled());
        m.put("active", f.active());
        m.put("finished", f.finished());
        for (String k : List.of("completed", "responded", "stopped", "withdrawn")) m.put(k, f.count(k));
        m.put("responseRate", f.responseRate());
        m.put("steps", f.steps(plan.steps().size()).stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("index", s.step());
            PlanStep step = s.step() <= plan.steps().size() ? plan.steps().get(s.step() - 1) : null;
            x.put("channel", step == null ? null : step.channel().wire());
            x.put("done", s.done());
            x.put("skipped", s.skipped());
            x.put("responses", s.responses());
            x.put("responseRate", s.responseRate());
            return x;
        }).toList());
        return m;
    }
}
