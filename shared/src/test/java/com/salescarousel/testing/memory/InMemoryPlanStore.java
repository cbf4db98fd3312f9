package com.salescarousel.testing.memory;

import com.salescarousel.plan.Plan;
import com.salescarousel.plan.PlanFigures;
import com.salescarousel.plan.PlanStore;
import com.salescarousel.plan.PlanTally;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.Send;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans at {@code ORG#<org>} / {@code PLAN#<id>}, their figures at {@code ORG#<org>} /
 * {@code PLANSTATS#<id>}, and the plan's prospect writes as the adapter's transactions: the prospect
 * on its version, the counts, the idempotency guard and the send record land together or not at all.
 */
public final class InMemoryPlanStore implements PlanStore {
    private final MemoryTable table;
    private final MemoryIdempotency idempotency;
    private final InMemoryProspectStore prospects;

    InMemoryPlanStore(MemoryTable table, MemoryIdempotency idempotency, InMemoryProspectStore prospects) {
        this.table = table;
        this.idempotency = idempotency;
        this.prospects = prospects;
    }

    record Figures(Map<String, Long> counters) {}

    @Override
    public Optional<Plan> find(String org, String id) {
        return Optional.ofNullable(table.get(Keys.org(org), Keys.plan(id), Plan.class));
    }

    @Override
    public List<Plan> all(String org) {
        return table.startingWith(Keys.org(org), Keys.PLAN, Plan.class);
    }

    @Override
    public void put(Plan plan) {
        table.atomically(() -> {
            Plan current = find(plan.org(), plan.id()).orElse(null);
            boolean fits = plan.version() == 1 ? current == null : current != null && current.version() == plan.version() - 1;
            if (!fits) throw new VersionConflict("plan " + plan.id());
            table.put(Keys.org(plan.org()), Keys.plan(plan.id()), plan);
            return null;
        });
    }

    @Override
    public PlanFigures figures(String org, String planId) {
        Figures f = table.get(Keys.org(org), Keys.planStats(planId), Figures.class);
        return new PlanFigures(planId, f == null ? Map.of() : f.counters());
    }

    @Override
    public Optional<String> moveProspect(Prospect after, PlanTally tally, String guard, String result) {
        return table.atomically(() -> {
            Optional<String> first = idempotency.previous(after.repId(), guard);
            if (first.isPresent()) return first;
            prospects.requireVersion(after);
            table.put(Keys.rep(after.repId()), Keys.prospect(after.id()), after);
            add(table, tally);
            idempotency.remember(after.repId(), guard, result);
            return Optional.<String>empty();
        });
    }

    @Override
    public Optional<String> guarded(String repId, String guard) {
        return idempotency.previous(repId, guard);
    }

    @Override
    public void skipStep(Prospect after, PlanTally tally, String sendId, String detail, Instant now) {
        table.atomically(() -> {
            String pk = Keys.rep(after.repId());
            Send s = table.get(pk, Keys.send(sendId), Send.class);
            if (s == null || s.status() != Send.Status.SENDING) throw new IllegalStateException("send " + sendId + " is no longer SENDING");
            prospects.requireVersion(after);
            table.put(pk, Keys.send(sendId), new Send(s.repId(), s.id(), s.kind(), s.prospectId(), s.templateId(), s.relevantInfo(),
                    s.date(), Send.Status.SUPPRESSED, s.attempts(), s.leaseUntil(), s.messageId(), s.touchId(), detail, s.createdAt(), now));
            table.put(pk, Keys.prospect(after.id()), after);
            add(table, tally);
            return null;
        });
    }

    /** The figures' {@code ADD}s; call while holding the table. */
    static void add(MemoryTable table, PlanTally tally) {
        String pk = Keys.org(tally.org()), sk = Keys.planStats(tally.planId());
        Figures f = table.get(pk, sk, Figures.class);
        Map<String, Long> counters = new HashMap<>(f == null ? Map.of() : f.counters());
        tally.counters().forEach((k, v) -> counters.merge(k, (long) v, Long::sum));
        table.put(pk, sk, new Figures(Map.copyOf(counters)));
    }
}
