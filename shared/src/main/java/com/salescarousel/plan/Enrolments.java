package com.salescarousel.plan;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.error.Conflict;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Enrolling a rep's prospects in a plan, and taking one out. Each prospect is enrolled on its own
 * (one transaction: the prospect on its version and the plan's {@code enrolled} count), so a batch
 * answers per prospect ({@link Result}). With an idempotency key every prospect's enrolment is
 * guarded by it (the key and the prospect id), so a repeated call enrols nobody twice, even when a
 * prospect's plan ended in between.
 */
public final class Enrolments {
    public static final int MAX_PROSPECTS = 100;
    private static final int ATTEMPTS = 5;

    private final PlanStore plans;
    private final ProspectStore prospects;
    private final TierStore tiers;
    private final Clock clock;

    /** Whom to enrol: the ids, or everyone with the tag who is on the carousel. */
    public record Request(List<String> prospectIds, String tag, String idempotencyKey) {}

    /** What became of one prospect; {@code status} is the HTTP status it would get alone. */
    public enum Outcome {
        ENROLLED(201), ALREADY_ENROLLED(200), NOT_FOUND(404), IN_ANOTHER_PLAN(409), NOT_ON_CAROUSEL(409);

        public final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    /** {@code dueOn}: the first step's day; {@code otherPlanId}: the plan the prospect is in instead. */
    public record Result(String prospectId, Outcome outcome, LocalDate dueOn, String otherPlanId) {}

    /**
     * The batch's answer. Its status is 200 when anyone is (now or already) in the plan, or nobody was
     * asked for; otherwise the refusal the prospects met: 409 when one is in another plan or off the
     * carousel, else 404.
     */
    public record Answer(Plan plan, List<Result> results) {
        public int status() {
            if (results.isEmpty() || results.stream().anyMatch(r -> r.outcome().status < 300)) return 200;
            return results.stream().anyMatch(r -> r.outcome().status == 409) ? 409 : 404;
        }

        public long count(Outcome o) {
            return results.stream().filter(r -> r.outcome() == o).count();
        }
    }

    @Inject
    public Enrolments(PlanStore plans, ProspectStore prospects, TierStore tiers, Clock clock) {
        this.plans = plans;
        this.prospects = prospects;
        this.tiers = tiers;
        this.clock = clock;
    }

    public Answer enrol(RepProfile rep, String planId, Request req) {
        Plan plan = plans.find(rep.org(), planId).orElseThrow(() -> new NotFound("plan " + planId));
        if (plan.retired()) throw Conflict.state("the plan " + plan.name() + " is retired and takes no new enrolments", Map.of("planId", planId));
        List<String> ids = req.tag() != null ? tagged(rep, req.tag()) : req.prospectIds();
        LocalDate today = Cadence.localDay(clock.instant(), rep.timeZone());
        List<Result> out = new ArrayList<>();
        for (String id : ids) out.add(enrolOne(rep, plan, id, today, req.idempotencyKey()));
        return new Answer(plan, out);
    }

    private Result enrolOne(RepProfile rep, Plan plan, String id, LocalDate today, String key) {
        String guard = key == null ? null : key + "@" + id;
        String result = Keys.plan(plan.id());
        for (int attempt = 1; ; attempt++) {
            Optional<String> first = plans.guarded(rep.repId(), guard);
            if (first.isPresent()) return replayed(rep, plan, id, first.get(), result);
            Prospect p = prospects.find(rep.repId(), id).orElse(null);
            if (p == null) return new Result(id, Outcome.NOT_FOUND, null, null);
            if (p.plan() != null) {
                boolean same = p.plan().planId().equals(plan.id());
                return new Result(id, same ? Outcome.ALREADY_ENROLLED : Outcome.IN_ANOTHER_PLAN, p.plan().dueOn(),
                        same ? null : p.plan().planId());
            }
            if (!p.status().onCarousel()) return new Result(id, Outcome.NOT_ON_CAROUSEL, null, null);
            Prospect after = PlanProgress.enrolled(p, plan, today, rep.workingDays(), Ulid.at(clock.instant()))
                    .toBuilder().version(p.version() + 1).build();
            try {
                Optional<String> again = plans.moveProspect(after, PlanProgress.enrolment(after), guard, result);
                if (again.isPresent()) return replayed(rep, plan, id, again.get(), result);
                return new Result(id, Outcome.ENROLLED, after.plan().dueOn(), null);
            } catch (VersionConflict race) {
                // The rep touched or edited the prospect a moment ago: read it again; nothing was written.
                if (attempt == ATTEMPTS) throw Conflict.busy("prospect " + id + " kept changing; try again");
            }
        }
    }

    /** The key enrolled this prospect before: the same answer, nothing written. */
    private Result replayed(RepProfile rep, Plan plan, String id, String first, String result) {
        if (!first.equals(result)) throw Invalid.of("idempotencyKey", "already used for another request");
        LocalDate due = prospects.find(rep.repId(), id).map(Prospect::plan).filter(e -> e.planId().equals(plan.id()))
                .map(Enrolment::dueOn).orElse(null);
        return new Result(id, Outcome.ENROLLED, due, null);
    }

    /**
     * The rep's prospects with the tag (any case) on the carousel, those already in this plan too (they
     * answer {@code already_enrolled}, or {@code enrolled} again for a repeated call): one Query over the rep's own.
     */
    private List<String> tagged(RepProfile rep, String tag) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var page = prospects.list(rep.repId(), new ProspectStore.ProspectFilter(null, null), 100, after);
            for (Prospect p : page.items()) {
                if (p.status().onCarousel() && p.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag))) ids.add(p.id());
            }
            after = page.nextAfterId();
        } while (after != null);
        if (ids.size() > MAX_PROSPECTS) {
            throw Invalid.of("tag", ids.size() + " prospects have this tag; enrol at most " + MAX_PROSPECTS + " at a time (by prospectIds)");
        }
        return ids;
    }

    /** Out of the plan: the tier's cadence resumes from the last touch. A prospect not in this plan is 404. */
    public Prospect withdraw(RepProfile rep, String planId, String prospectId) {
        plans.find(rep.org(), planId).orElseThrow(() -> new NotFound("plan " + planId));
        var known = tiers.of(rep.org());
        for (int attempt = 1; ; attempt++) {
            Prospect p = prospects.find(rep.repId(), prospectId).orElseThrow(() -> new NotFound("prospect " + prospectId));
            if (p.plan() == null || !p.plan().planId().equals(planId)) {
                throw new NotFound("enrolment", "prospect " + prospectId + " is not in plan " + planId);
            }
            var moved = PlanProgress.withdrawn(p, known.of(p.tier()).cadence(), rep.workingDays());
            Prospect after = moved.prospect().toBuilder().version(p.version() + 1).build();
            try {
                plans.moveProspect(after, moved.tally(), null, null);
                return after;
            } catch (VersionConflict race) {
                if (attempt == ATTEMPTS) throw Conflict.busy("prospect " + prospectId + " kept changing; try again");
            }
        }
    }
}
