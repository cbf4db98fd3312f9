package com.salescarousel.send;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Send records at {@code REP#<rep>} / {@code SEND#<id>}; they expire after {@link #KEEP}. */
public final class DynamoDbSendStore implements SendStore {
    static final Duration KEEP = Duration.ofDays(90);

    private final DynamoDbClient ddb;
    private final String table;

    public DynamoDbSendStore(DynamoDbClient ddb, String table) {
        this.ddb = ddb;
        this.table = table;
    }

    static Map<String, AttributeValue> key(String repId, String id) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)), CarouselTable.SK, AttributeValue.fromS(Keys.send(id)));
    }

    static Map<String, AttributeValue> item(Send s) {
        Map<String, AttributeValue> m = new HashMap<>(key(s.repId(), s.id()));
        m.put("type", AttributeValue.fromS("send"));
        m.put("kind", AttributeValue.fromS(s.kind().name()));
        m.put("status", AttributeValue.fromS(s.status().name()));
        m.put("attempts", AttributeValue.fromN(Integer.toString(s.attempts())));
        m.put("createdAt", AttributeValue.fromS(s.createdAt().toString()));
        m.put("updatedAt", AttributeValue.fromS(s.updatedAt().toString()));
        m.put(CarouselTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(s.createdAt().plus(KEEP).getEpochSecond())));
        put(m, "prospectId", s.prospectId());
        put(m, "templateId", s.templateId());
        put(m, "relevantInfo", s.relevantInfo());
        put(m, "date", s.date() == null ? null : s.date().toString());
        put(m, "leaseUntil", s.leaseUntil() == null ? null : s.leaseUntil().toString());
        put(m, "messageId", s.messageId());
        put(m, "touchId", s.touchId());
        put(m, "detail", s.detail());
        return m;
    }

    private static void put(Map<String, AttributeValue> m, String k, String v) {
        if (v != null) m.put(k, AttributeValue.fromS(v));
    }

    static Send send(Map<String, AttributeValue> m) {
        return new Send(Keys.after(m.get(CarouselTable.PK).s(), "REP#"), Keys.after(m.get(CarouselTable.SK).s(), Keys.SEND),
                Send.Kind.valueOf(m.get("kind").s()), s(m, "prospectId"), s(m, "templateId"), s(m, "relevantInfo"),
                s(m, "date") == null ? null : LocalDate.parse(s(m, "date")), Send.Status.valueOf(m.get("status").s()),
                Integer.parseInt(m.get("attempts").n()), s(m, "leaseUntil") == null ? null : Instant.parse(s(m, "leaseUntil")),
                s(m, "messageId"), s(m, "touchId"), s(m, "detail"), Instant.parse(s(m, "createdAt")), Instant.parse(s(m, "updatedAt")));
    }

    private static String s(Map<String, AttributeValue> m, String k) {
        AttributeValue v = m.get(k);
        return v == null ? null : v.s();
    }

    @Override
    public boolean createIfAbsent(Send send) {
        try {
            ddb.putItem(b -> b.tableName(table).item(item(send)).conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Optional<Send> find(String repId, String id) {
        var item = ddb.getItem(b -> b.tableName(table).key(key(repId, id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(send(item));
    }

    @Override
    public Optional<Send> claim(String repId, String id, Instant now, Instant leaseUntil) {
        try {
            var res = ddb.updateItem(b -> b.tableName(table).key(key(repId, id))
                    .conditionExpression("#s = :queued")
                    .updateExpression("SET #s = :sending, leaseUntil = :lease, updatedAt = :now ADD attempts :one")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":queued", AttributeValue.fromS("QUEUED"), ":sending", AttributeValue.fromS("SENDING"),
                            ":lease", AttributeValue.fromS(leaseUntil.toString()), ":now", AttributeValue.fromS(now.toString()),
                            ":one", AttributeValue.fromN("1")))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(send(res.attributes()));
        } catch (ConditionalCheckFailedException notQueued) {
            return Optional.empty();
        }
    }

    @Override
    public void release(String repId, String id, String detail, Instant now) {
        transition(repId, id, "SENDING", "QUEUED", null, detail, now);
    }

    @Override
    public void finish(String repId, String id, Send.Status status, String messageId, String detail, Instant now) {
        transition(repId, id, "SENDING", status.name(), messageId, detail, now);
    }

    @Override
    public boolean markUncertain(String repId, String id, Instant now) {
        try {
            ddb.updateItem(b -> b.tableName(table).key(key(repId, id))
                    .conditionExpression("#s = :sending AND leaseUntil < :now")
                    .updateExpression("SET #s = :uncertain, updatedAt = :now, detail = :why")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS("SENDING"),
                            ":uncertain", AttributeValue.fromS("UNCERTAIN"), ":now", AttributeValue.fromS(now.toString()),
                            ":why", AttributeValue.fromS("a worker stopped after claiming this e-mail; it may or may not have gone out, so it is not sent again automatically"))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private void transition(String repId, String id, String from, String to, String messageId, String detail, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":from", AttributeValue.fromS(from), ":to", AttributeValue.fromS(to),
                ":now", AttributeValue.fromS(now.toString())));
        StringBuilder set = new StringBuilder("SET #s = :to, updatedAt = :now");
        if (messageId != null) {
            set.append(", messageId = :mid");
            values.put(":mid", AttributeValue.fromS(messageId));
        }
        if (detail != null) {
            set.append(", detail = :detail");
            values.put(":detail", AttributeValue.fromS(detail));
        }
        ddb.updateItem(b -> b.tableName(table).key(key(repId, id)).conditionExpression("#s = :from")
                .updateExpression(set.toString()).expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(values));
    }

    /** The transaction item that marks a touch e-mail SENT together with its touch. */
    public static Update markSent(String table, String repId, String id, String messageId, String touchId, Instant now) {
        return Update.builder().tableName(table).key(key(repId, id)).conditionExpression("#s = :sending")
                .updateExpression("SET #s = :sent, messageId = :mid, touchId = :tid, updatedAt = :now")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS("SENDING"), ":sent", AttributeValue.fromS("SENT"),
                        ":mid", AttributeValue.fromS(messageId), ":tid", AttributeValue.fromS(touchId), ":now", AttributeValue.fromS(now.toString())))
                .build();
    }

    @Override
    public List<Send> recent(String repId, int limit) {
        List<Send> all = new ArrayList<>();
        ddb.queryPaginator(b -> b.tableName(table).keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.rep(repId)), ":p", AttributeValue.fromS(Keys.SEND))))
                .items().forEach(i -> all.add(send(i)));
        all.sort(Comparator.comparing(Send::createdAt).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }
}
