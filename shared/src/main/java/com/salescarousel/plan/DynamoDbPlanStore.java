package com.salescarousel.plan;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.Send;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.CounterAdds;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.store.WriteTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Plans at {@code ORG#<org>} / {@code PLAN#<id>} (versioned), their figures at {@code ORG#<org>} /
 * {@code PLANSTATS#<id>} (raw {@code ADD}s, like the week's counters: they grow from every rep at
 * once and go inside the transaction that does the work).
 */
public final class DynamoDbPlanStore implements PlanStore {

    /** The steps as one list attribute, through the same converter as an enrolment's copy. */
    private static final class StepsAttribute implements AttributeConverter<List<PlanStep>> {
        @Override
        public AttributeValue transformFrom(List<PlanStep> steps) {
            return PlanSteps.write(steps);
        }

        @Override
        public List<PlanStep> transformTo(AttributeValue v) {
            return PlanSteps.read(v);
        }

        @Override
        public EnhancedType<List<PlanStep>> type() {
            return EnhancedType.listOf(PlanStep.class);
        }

        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.L;
        }
    }

    /** Static schema: no bean introspection at cold start. */
    static final TableSchema<Plan> SCHEMA = StaticImmutableTableSchema.builder(Plan.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbPlanStore::plan)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(p -> Keys.org(p.org()))
                    .setter((f, v) -> f.put("org", Keys.after(v, "ORG#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(p -> Keys.plan(p.id()))
                    .setter((f, v) -> f.put("id", Keys.after(v, Keys.PLAN))).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(p -> "plan").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("name").getter(Plan::name).setter(Fields.into("name")))
            .addAttribute(EnhancedType.listOf(PlanStep.class), a -> a.name("steps").getter(Plan::steps).setter(Fields.into("steps"))
                    .attributeConverter(new StepsAttribute()))
            .addAttribute(Boolean.class, a -> a.name("retired").getter(Plan::retired).setter(Fields.into("retired")))
            .addAttribute(Long.class, a -> a.name(CarouselTable.VERSION).getter(Plan::version).setter(Fields.into("version")))
            .build();

    @SuppressWarnings("unchecked")
    private static Plan plan(Fields f) {
        return new Plan(f.str("org"), f.str("id"), f.str("name"), (List<PlanStep>) f.get("steps"), f.bool("retired", false),
                f.number("version", 0));
    }

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<Plan> table;
    private final Idempotency idempotency;

    public DynamoDbPlanStore(DynamoDbClient ddb, String tableName, Idempotency idempotency) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
        this.idempotency = idempotency;
    }

    @Override
    public Optional<Plan> find(String org, String id) {
        return Optional.ofNullable(table.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.org(org)).sortValue(Keys.plan(id)).build())));
    }

    @Override
    public List<Plan> all(String org) {
        List<Plan> out = new ArrayList<>();
        table.query(r -> r.queryConditional(QueryConditional.sortBeginsWith(
                Key.builder().partitionValue(Keys.org(org)).sortValue(Keys.PLAN).build())).consistentRead(true))
                .forEach(page -> out.addAll(page.items()));
        return out;
    }

    @Override
    public void put(Plan plan) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(Plan.class).item(plan)
                    .conditionExpression(plan.version() == 1 ? Conditions.ABSENT : Conditions.versionIs(plan.version() - 1)).build());
        } catch (ConditionalCheckFailedException e) {
            throw new VersionConflict("plan " + plan.id());
        }
    }

    @Override
    public PlanFigures figures(String org, String planId) {
        var item = ddb.getItem(b -> b.tableName(tableName).consistentRead(true).key(key(Keys.org(org), Keys.planStats(planId)))).item();
        Map<String, Long> counters = new HashMap<>();
        if (item != null) item.forEach((k, v) -> {
            if (v.n() != null) counters.put(k, Long.parseLong(v.n()));
        });
        return new PlanFigures(planId, counters);
    }

    @Override
    public Optional<String> moveProspect(Prospect after, PlanTally tally, String guard, String result) {
        var work = new WriteTransaction(tableName);
        WriteTransaction.Slot prospect = work.put(DynamoDbProspectStore.SCHEMA.itemToMap(after, true),
                Conditions.versionIs(after.version() - 1));
        work.update(counters(tableName, tally));
        try {
            return idempotency.writeOnce(after.repId(), guard, result, work);
        } catch (TransactionCanceledException e) {
            if (prospect.failedCondition(e) || WriteTransaction.isRace(e)) throw new VersionConflict("prospect " + after.id());
            throw e;
        }
    }

    @Override
    public Optional<String> guarded(String repId, String guard) {
        return idempotency.previous(repId, guard);
    }

    @Override
    public void skipStep(Prospect after, PlanTally tally, String sendId, String detail, Instant now) {
        var work = new WriteTransaction(tableName);
        WriteTransaction.Slot send = work.update(DynamoDbSendStore.markFinished(tableName, after.repId(), sendId,
                Send.Status.SUPPRESSED, detail, now));
        WriteTransaction.Slot prospect = work.put(DynamoDbProspectStore.SCHEMA.itemToMap(after, true),
                Conditions.versionIs(after.version() - 1));
        work.update(counters(tableName, tally));
        try {
            work.commit(ddb);
        } catch (TransactionCanceledException e) {
            if (send.failedCondition(e)) throw new IllegalStateException("send " + sendId + " is no longer SENDING");
            if (prospect.failedCondition(e) || WriteTransaction.isRace(e)) throw new VersionConflict("prospect " + after.id());
            throw e;
        }
    }

    /** The figures' {@code ADD}s, for any transaction that moves a prospect through a plan (a touch's too). */
    public static Update counters(String tableName, PlanTally tally) {
        return CounterAdds.update(tableName, Keys.org(tally.org()), Keys.planStats(tally.planId()), tally.counters());
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(pk), CarouselTable.SK, AttributeValue.fromS(sk));
    }
}
