package com.salescarousel.touch;

import com.salescarousel.plan.PlanTally;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.WeekTally;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A touch's {@link TouchTrace} as attributes of the touch item: {@code prior} (a map of the prospect's
 * attributes in {@link PriorState#FIELDS}, written and read by the prospect's own schema, so every
 * type is stored as on the prospect), {@code prospectVersion}, {@code tierAfter}, {@code tallyWeek}
 * and {@code tally} (a map of counter to amount).
 */
final class TraceAttributes {
    static final String PRIOR = "prior", AFTER_VERSION = "prospectVersion", AFTER_TIER = "tierAfter", WEEK = "tallyWeek", TALLY = "tally";
    /** The plan figures the touch added: {@code {org, planId, counters}}. */
    static final String PLAN = "planTally";

    private TraceAttributes() {}

    /** Nothing for a trace without a prior state: such a touch is recorded as stage one did. */
    static Map<String, AttributeValue> write(TouchTrace trace) {
        Map<String, AttributeValue> out = new HashMap<>();
        if (trace.prior() == null) return out;
        Map<String, AttributeValue> all = DynamoDbProspectStore.SCHEMA.itemToMap(trace.prior().before(), true);
        Map<String, AttributeValue> prior = new LinkedHashMap<>();
        for (String f : PriorState.FIELDS) if (all.containsKey(f)) prior.put(f, all.get(f));
        out.put(PRIOR, AttributeValue.fromM(prior));
        out.put(AFTER_VERSION, AttributeValue.fromN(Long.toString(trace.afterVersion())));
        if (trace.afterTier() != null) out.put(AFTER_TIER, AttributeValue.fromS(trace.afterTier()));
        Map<String, AttributeValue> tally = new LinkedHashMap<>();
        trace.tally().counters().forEach((k, v) -> tally.put(k, AttributeValue.fromN(Integer.toString(v))));
        out.put(WEEK, AttributeValue.fromS(trace.tally().week()));
        out.put(TALLY, AttributeValue.fromM(tally));
        if (trace.plan() != null) {
            Map<String, AttributeValue> counters = new LinkedHashMap<>();
            trace.plan().counters().forEach((k, v) -> counters.put(k, AttributeValue.fromN(Integer.toString(v))));
            out.put(PLAN, AttributeValue.fromM(Map.of("org", AttributeValue.fromS(trace.plan().org()),
                    "planId", AttributeValue.fromS(trace.plan().planId()), "counters", AttributeValue.fromM(counters))));
        }
        return out;
    }

    /** The trace on a stored touch item; null when it has none (recorded before undo existed). */
    static TouchTrace read(Map<String, AttributeValue> item) {
        AttributeValue prior = item.get(PRIOR);
        if (prior == null || !prior.hasM()) return null;
        Prospect before = DynamoDbProspectStore.SCHEMA.mapToItem(prior.m());
        WeekTally tally = null;
        if (item.containsKey(WEEK) && item.containsKey(TALLY)) {
            Map<String, Integer> counters = new LinkedHashMap<>();
            item.get(TALLY).m().forEach((k, v) -> counters.put(k, Integer.valueOf(v.n())));
            tally = new WeekTally(item.get(WEEK).s(), counters);
        }
        String tier = item.containsKey(AFTER_TIER) ? item.get(AFTER_TIER).s() : null;
        PlanTally plan = null;
        if (item.containsKey(PLAN) && item.get(PLAN).hasM()) {
            Map<String, AttributeValue> m = item.get(PLAN).m();
            Map<String, Integer> counters = new LinkedHashMap<>();
            m.get("counters").m().forEach((k, v) -> counters.put(k, Integer.valueOf(v.n())));
            plan = new PlanTally(m.get("org").s(), m.get("planId").s(), counters);
        }
        return new TouchTrace(before == null ? null : new PriorState(before), Long.parseLong(item.get(AFTER_VERSION).n()), tier, tally, plan);
    }
}
