package com.salescarousel.signal;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The org's small signal items, raw because each is a few attributes written under a condition: the
 * webhook's event marks ({@code HOOK#<id>}, QUEUED then RECORDED, kept 30 days), the round-robin turn
 * counter ({@code LEADS}) and new leads' address claims ({@code LEAD#<sha256>}).
 */
final class DynamoDbOrgItems {
    static final String QUEUED = "QUEUED", RECORDED = "RECORDED";
    /** As long as idempotency keys: a sender's retries and the queue's redeliveries are long over by then. */
    static final long KEEP_SECONDS = 30L * 24 * 3600;

    private final DynamoDbClient ddb;
    private final String tableName;

    DynamoDbOrgItems(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    static Map<String, AttributeValue> key(String org, String sk) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.org(org)), CarouselTable.SK, AttributeValue.fromS(sk));
    }

    private Map<String, AttributeValue> read(String org, String sk) {
        var item = ddb.getItem(b -> b.tableName(tableName).key(key(org, sk)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    Optional<SignalStore.EventMark> event(String org, String eventId) {
        return Optional.ofNullable(read(org, SignalKeys.hook(eventId))).map(m -> new SignalStore.EventMark(
                RECORDED.equals(str(m, "status")), str(m, "repId"), str(m, "prospectId"), str(m, "alertId")));
    }

    boolean markQueued(String org, String eventId, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key(org, SignalKeys.hook(eventId)));
        item.put("type", AttributeValue.fromS("hook"));
        item.put("status", AttributeValue.fromS(QUEUED));
        item.put(CarouselTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(now.getEpochSecond() + KEEP_SECONDS)));
        try {
            ddb.putItem(b -> b.tableName(tableName).item(item).conditionExpression(Conditions.ABSENT.expression()));
            return true;
        } catch (ConditionalCheckFailedException known) {
            return false;
        }
    }

    /** The intake's guard: recorded once; a mark the hook left QUEUED is taken over. */
    static Map<String, AttributeValue> recordedMark(SignalStore.EventGuard g, Signal s, String alertId) {
        Map<String, AttributeValue> item = new HashMap<>(key(g.org(), SignalKeys.hook(g.eventId())));
        item.put("type", AttributeValue.fromS("hook"));
        item.put("status", AttributeValue.fromS(RECORDED));
        item.put("repId", AttributeValue.fromS(s.repId()));
        item.put("prospectId", AttributeValue.fromS(s.prospectId()));
        item.put("signalId", AttributeValue.fromS(s.id()));
        if (alertId != null) item.put("alertId", AttributeValue.fromS(alertId));
        item.put(CarouselTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(s.recordedAt().getEpochSecond() + KEEP_SECONDS)));
        return item;
    }

    static final Expression NOT_RECORDED = Expression.builder().expression("attribute_not_exists(PK) OR #st = :queued")
            .expressionNames(Map.of("#st", "status")).expressionValues(Map.of(":queued", AttributeValue.fromS(QUEUED))).build();

    long leadTurns(String org) {
        var item = read(org, SignalKeys.LEADS);
        return item == null || !item.containsKey("turns") ? 0 : Long.parseLong(item.get("turns").n());
    }

    /** The turn moves on only from the count the pick was made with: a concurrent lead makes this one retry. */
    Update nextTurn(String org, long before) {
        return Update.builder().tableName(tableName).key(key(org, SignalKeys.LEADS))
                .updateExpression("SET turns = :next, #t = :type")
                .conditionExpression(before == 0 ? "attribute_not_exists(turns) OR turns = :before" : "turns = :before")
                .expressionAttributeNames(Map.of("#t", "type"))
                .expressionAttributeValues(Map.of(":next", AttributeValue.fromN(Long.toString(before + 1)),
                        ":before", AttributeValue.fromN(Long.toString(before)), ":type", AttributeValue.fromS("leadTurns")))
                .build();
    }

    Optional<SignalStore.LeadClaim> leadClaim(String org, String email) {
        return Optional.ofNullable(read(org, SignalKeys.lead(email)))
                .map(m -> new SignalStore.LeadClaim(str(m, "repId"), str(m, "prospectId")));
    }

    static Map<String, AttributeValue> claim(SignalStore.NewLead lead, String repId, String prospectId) {
        Map<String, AttributeValue> item = new HashMap<>(key(lead.org(), SignalKeys.lead(lead.email())));
        item.put("type", AttributeValue.fromS("leadClaim"));
        item.put("repId", AttributeValue.fromS(repId));
        item.put("prospectId", AttributeValue.fromS(prospectId));
        return item;
    }

    /** A new claim, or one taking over a claim whose prospect is gone. */
    static Expression claimCondition(SignalStore.NewLead lead) {
        if (lead.staleProspectId() == null) return Conditions.ABSENT;
        return Expression.builder().expression("attribute_not_exists(PK) OR prospectId = :stale")
                .expressionValues(Map.of(":stale", AttributeValue.fromS(lead.staleProspectId()))).build();
    }

    private static String str(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v == null ? null : v.s();
    }
}
