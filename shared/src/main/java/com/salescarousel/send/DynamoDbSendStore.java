package com.salescarousel.send;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Fields;
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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Send records at {@code REP#<rep>} / {@code SEND#<id>}; they expire after {@link #KEEP}.
 *
 * <p>Whole records are written and read through the static schema. The status transitions stay
 * UpdateItem expressions on purpose: each is conditional on the status it leaves, changes a few
 * attributes of a record other workers may be changing too, and {@code claim} counts the attempt
 * with {@code ADD}; {@link #markSent} goes inside the touch's TransactWriteItems, which the enhanced
 * client cannot mix with the raw counter update there. A put of the whole record would need a read
 * first and could overwrite a concurrent transition.
 */
public final class DynamoDbSendStore implements SendStore {
    private static final String UNCERTAIN_WHY =
            "a worker stopped after claiming this e-mail; it may or may not have gone out, so it is not sent again automatically";

    static final Duration KEEP = Duration.ofDays(90);

    public static final TableSchema<Send> SCHEMA = StaticImmutableTableSchema.builder(Send.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbSendStore::send)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(s -> Keys.rep(s.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(s -> Keys.send(s.id()))
                    .setter((f, v) -> f.put("id", Keys.after(v, Keys.SEND))).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(s -> "send").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("kind").getter(s -> s.kind().name()).setter(Fields.into("kind")))
            .addAttribute(String.class, a -> a.name("status").getter(s -> s.status().name()).setter(Fields.into("status")))
            .addAttribute(Integer.class, a -> a.name("attempts").getter(Send::attempts).setter(Fields.into("attempts")))
            .addAttribute(Instant.class, a -> a.name("createdAt").getter(Send::createdAt).setter(Fields.into("createdAt")))
            .addAttribute(Instant.class, a -> a.name("updatedAt").getter(Send::updatedAt).setter(Fields.into("updatedAt")))
            .addAttribute(Long.class, a -> a.name(CarouselTable.EXPIRES_AT).getter(s -> s.createdAt().plus(KEEP).getEpochSecond())
                    .setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("prospectId").getter(Send::prospectId).setter(Fields.into("prospectId")))
            .addAttribute(String.class, a -> a.name("templateId").getter(Send::templateId).setter(Fields.into("templateId")))
            .addAttribute(String.class, a -> a.name("relevantInfo").getter(Send::relevantInfo).setter(Fields.into("relevantInfo")))
            .addAttribute(LocalDate.class, a -> a.name("date").getter(Send::date).setter(Fields.into("date")))
            .addAttribute(Instant.class, a -> a.name("leaseUntil").getter(Send::leaseUntil).setter(Fields.into("leaseUntil")))
            .addAttribute(String.class, a -> a.name("messageId").getter(Send::messageId).setter(Fields.into("messageId")))
            .addAttribute(String.class, a -> a.name("touchId").getter(Send::touchId).setter(Fields.into("touchId")))
            .addAttribute(String.class, a -> a.name("detail").getter(Send::detail).setter(Fields.into("detail")))
            .build();

    private static Send send(Fields f) {
        return new Send(f.str("repId"), f.str("id"), Send.Kind.valueOf(f.str("kind")), f.str("prospectId"), f.str("templateId"),
                f.str("relevantInfo"), f.get("date", LocalDate.class), Send.Status.valueOf(f.str("status")),
                f.integer("attempts", 0), f.get("leaseUntil", Instant.class), f.str("messageId"), f.str("touchId"),
                f.str("detail"), f.get("createdAt", Instant.class), f.get("updatedAt", Instant.class));
    }

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<Send> table;

    public DynamoDbSendStore(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
    }

    static Map<String, AttributeValue> key(String repId, String id) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)), CarouselTable.SK, AttributeValue.fromS(Keys.send(id)));
    }

    @Override
    public boolean createIfAbsent(Send send) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(Send.class).item(send).conditionExpression(Conditions.ABSENT).build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Optional<Send> find(String repId, String id) {
        return Optional.ofNullable(table.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.send(id)).build())));
    }

    @Override
    public Optional<Send> claim(String repId, String id, Instant now, Instant leaseUntil) {
        try {
            var res = ddb.updateItem(b -> b.tableName(tableName).key(key(repId, id))
                    .conditionExpression("#s = :queued")
                    .updateExpression("SET #s = :sending, leaseUntil = :lease, updatedAt = :now ADD attempts :one")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":queued", AttributeValue.fromS("QUEUED"), ":sending", AttributeValue.fromS("SENDING"),
                            ":lease", AttributeValue.fromS(leaseUntil.toString()), ":now", AttributeValue.fromS(now.toString()),
                            ":one", AttributeValue.fromN("1")))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(SCHEMA.mapToItem(res.attributes()));
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
            ddb.updateItem(b -> b.tableName(tableName).key(key(repId, id))
                    .conditionExpression("#s = :sending AND leaseUntil < :now")
                    .updateExpression("SET #s = :uncertain, updatedAt = :now, detail = :why")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS("SENDING"),
                            ":uncertain", AttributeValue.fromS("UNCERTAIN"), ":now", AttributeValue.fromS(now.toString()),
                            ":why", AttributeValue.fromS(UNCERTAIN_WHY))));
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
        ddb.updateItem(b -> b.tableName(tableName).key(key(repId, id)).conditionExpression("#s = :from")
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

    /** The transaction item that finishes a send without a touch (SENDING → {@code status}) together with other work. */
    public static Update markFinished(String table, String repId, String id, Send.Status status, String detail, Instant now) {
        return Update.builder().tableName(table).key(key(repId, id)).conditionExpression("#s = :sending")
                .updateExpression("SET #s = :to, detail = :detail, updatedAt = :now")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS("SENDING"), ":to", AttributeValue.fromS(status.name()),
                        ":detail", AttributeValue.fromS(detail), ":now", AttributeValue.fromS(now.toString())))
                .build();
    }

    @Override
    public List<Send> recent(String repId, int limit) {
        List<Send> all = new ArrayList<>();
        table.query(QueryConditional.sortBeginsWith(Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.SEND).build()))
                .items().forEach(all::add);
        all.sort(Comparator.comparing(Send::createdAt).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }
}
