package com.salescarousel.plan;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.team.Managers;
import com.salescarousel.team.MemberStore;
import com.salescarousel.template.Template;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.touch.Channel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * The org's plans: every member reads them; managers (as the membership item in the store says, not
 * the token alone) create, change and retire them. A plan's steps are checked as a whole, every bad
 * one named: offsets count days from the enrolment, from 0 and never going back; an automatic step
 * is an e-mail with a template of the org that needs no relevant-info slot (nobody is there to fill it).
 */
public final class Plans {
    public static final int MAX_STEPS = 20;
    /** A plan is a short series before the cadence takes over: a year is already long. */
    public static final int MAX_OFFSET_DAYS = 365;

    private final PlanStore store;
    private final TemplateStore templates;
    private final Managers managers;
    private final Clock clock;

    /** A plan as a manager writes it. */
    public record Draft(String name, List<PlanStep> steps) {}

    /** Managers checked against the store's memberships alone (tests). */
    public Plans(PlanStore store, TemplateStore templates, MemberStore members, Clock clock) {
        this(store, templates, new Managers(members), clock);
    }

    @Inject
    public Plans(PlanStore store, TemplateStore templates, Managers managers, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.managers = managers;
        this.clock = clock;
    }

    public List<Plan> all(String org) {
        return store.all(org);
    }

    public Plan get(String org, String id) {
        return store.find(org, id).orElseThrow(() -> new NotFound("plan " + id));
    }

    public PlanFigures figures(String org, String id) {
        get(org, id);
        return store.figures(org, id);
    }

    public Plan create(RepProfile rep, Draft d) {
        requireManager(rep);
        check(rep.org(), d);
        Plan p = new Plan(rep.org(), Ulid.at(clock.instant()), d.name(), d.steps(), false, 1);
        store.put(p);
        return p;
    }

    /** New name and steps; running enrolments keep the steps they were enrolled with. */
    public Plan replace(RepProfile rep, String id, long expectedVersion, Draft d) {
        requireManager(rep);
        Plan current = get(rep.org(), id);
        if (current.retired()) throw Conflict.state("the plan is retired; create a new one instead", Map.of("planId", id));
        if (current.version() != expectedVersion) throw Conflict.staleVersion("plan", current.version());
        check(rep.org(), d);
        Plan next = new Plan(rep.org(), id, d.name(), d.steps(), false, current.version() + 1);
        try {
            store.put(next);
        } catch (VersionConflict e) {
            throw Conflict.staleVersion("plan", get(rep.org(), id).version());
        }
        return next;
    }

    /** Retired: no new enrolments; the running ones go on. Retiring twice changes nothing. */
    public Plan retire(RepProfile rep, String id) {
        requireManager(rep);
        for (int attempt = 0; attempt < 3; attempt++) {
            Plan current = get(rep.org(), id);
            if (current.retired()) return current;
            try {
                store.put(current.retire());
                return current.retire();
            } catch (VersionConflict e) {
                // another manager edited it a moment ago: retire what is there now
            }
        }
        throw Conflict.busy("the plan kept changing; try again");
    }

    private void requireManager(RepProfile rep) {
        managers.managerOf(rep);
    }

    /** Every bad step named at once, nothing written. */
    private void check(String org, Draft d) {
        List<FieldError> bad = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) bad.add(new FieldError("name", "is required"));
        List<PlanStep> steps = d.steps() == null ? List.of() : d.steps();
        if (steps.isEmpty()) bad.add(new FieldError("steps", "needs at least one step"));
        if (steps.size() > MAX_STEPS) bad.add(new FieldError("steps", "must have at most " + MAX_STEPS + " steps"));
        for (int i = 0; i < steps.size() && steps.size() <= MAX_STEPS; i++) {
            PlanStep s = steps.get(i);
            String at = "steps[" + i + "].";
            if (s.offsetDays() < 0 || s.offsetDays() > MAX_OFFSET_DAYS) {
                bad.add(new FieldError(at + "offsetDays", "must be a day from 0 to " + MAX_OFFSET_DAYS + " after the enrolment"));
            } else if (i > 0 && s.offsetDays() < steps.get(i - 1).offsetDays()) {
                bad.add(new FieldError(at + "offsetDays", "must not come before step " + i + " (day " + steps.get(i - 1).offsetDays() + ")"));
            }
            checkTemplate(org, s, at, bad);
        }
        Invalid.throwIfAny(bad);
    }

    private void checkTemplate(String org, PlanStep s, String at, List<FieldError> bad) {
        if (s.auto() && s.channel() != Channel.EMAIL) bad.add(new FieldError(at + "channel", "an automatic step is an e-mail: use email"));
        if (s.templateId() == null) {
            if (s.auto()) bad.add(new FieldError(at + "templateId", "an automatic step needs a template"));
            return;
        }
        Optional<Template> t = templates.find(org, s.templateId());
        if (t.isEmpty()) {
            bad.add(new FieldError(at + "templateId", "no template " + s.templateId() + " in your team"));
        } else if (s.auto() && t.get().needsRelevantInfo()) {
            bad.add(new FieldError(at + "templateId", "uses {{relevantInfo}}, which nobody fills in an automatic e-mail"));
        }
    }
}
