package com.salescarousel.team;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Memberships at {@code ORG#<org>} / {@code MEMBER#<rep>}: the team is one key range. */
public final class DynamoDbMemberStore implements MemberStore {

    /** Static schema: no bean introspection at cold start. */
    public static final TableSchema<Member> SCHEMA = StaticImmutableTableSchema.builder(Member.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbMemberStore::member)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(m -> Keys.org(m.org()))
                    .setter((f, v) -> f.put("org", Keys.after(v, "ORG#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(m -> Keys.member(m.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, Keys.MEMBER))).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(m -> "member").setter((f, v) -> {}))
            .addAttribute(String.class, a -> a.name("name").getter(Member::name).setter((f, v) -> f.put("name", v)))
            .addAttribute(String.class, a -> a.name("email").getter(Member::email).setter((f, v) -> f.put("email", v)))
            .addAttribute(String.class, a -> a.name("role").getter(Member::role).setter((f, v) -> f.put("role", v)))
            .addAttribute(Boolean.class, a -> a.name("acceptsLeads").getter(Member::acceptsLeads).setter((f, v) -> f.put("acceptsLeads", v)))
            .addAttribute(String.class, a -> a.name("status").getter(m -> m.status().wire()).setter((f, v) -> f.put("status", v)))
            .addAttribute(Instant.class, a -> a.name("since").getter(Member::since).setter((f, v) -> f.put("since", v)))
            .build();

    private static Member member(Fields f) {
        return new Member(f.str("org"), f.str("repId"), f.str("name"), f.str("email"), f.str("role"), f.bool("acceptsLeads", false),
                Member.Status.fromWire(f.str("status")).orElse(Member.Status.ACTIVE), f.get("since", Instant.class));
    }

    private final DynamoDbTable<Member> table;

    public DynamoDbMemberStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.table = enhanced.table(tableName, SCHEMA);
    }

    @Override
    public List<Member> of(String org) {
        List<Member> out = new ArrayList<>();
        table.query(r -> r.queryConditional(QueryConditional.sortBeginsWith(
                Key.builder().partitionValue(Keys.org(org)).sortValue(Keys.MEMBER).build())).consistentRead(true))
                .forEach(page -> out.addAll(page.items()));
        return out;
    }

    @Override
    public Optional<Member> find(String org, String repId) {
        return Optional.ofNullable(table.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.org(org)).sortValue(Keys.member(repId)).build())));
    }

    @Override
    public boolean putIfAbsent(Member member) {
        try {
            table.putItem(r -> r.item(member).conditionExpression(Conditions.ABSENT));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public void put(Member member) {
        table.putItem(member);
    }

    @Override
    public boolean createIfAbsent(Member member) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(Member.class).item(member).conditionExpression(Conditions.ABSENT).build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }
}
