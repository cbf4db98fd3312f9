package com.salescarousel.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.ReferralPolicy;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Idempotency;
import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.Prospects;
import com.salescarousel.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The bytes this feature adds to the table, as DynamoDB Local stores them: the referral index keys, the org's rhythm. */
class ReferralItemFormatIT {
    private static final LocalDate DAY = LocalDate.of(2027, 1, 4);
    private final DynamoDbClient ddb = DynamoDbFixture.client(DynamoDbFixture.localEndpoint());
    private final String table = DynamoDbFixture.freshTable(ddb);

    private Map<String, AttributeValue> raw(String pk, String sk) {
        return ddb.getItem(b -> b.tableName(table).key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }

    @Test
    void prospect_referredAndWon_carryTheReferralIndexKeys_othersNone() {
        var store = new DynamoDbProspectStore(ddb, DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build(), table,
                new Idempotency(ddb, table, new TestClock(Instant.parse("2027-01-04T09:00:00Z"))));
        Prospect plain = Prospects.fresh("Plain", "working", DAY).repId("ada").id("01J0000000000000000000PLAN").build();
        Prospect referred = Prospects.fresh("Erin", "working", DAY).repId("ada").id("01J0000000000000000000ERIN")
                .referredById("01J000000000000000000CAROL").build();
        Prospect won = Prospects.fresh("Carol", "customer", DAY).repId("ada").id("01J000000000000000000CAROL")
                .status(ProspectStatus.WON).build();
        for (Prospect p : new Prospect[] {plain, referred, won}) store.create(p, null);
        var item = raw("REP#ada", "PROSPECT#" + referred.id());
        assertEquals(AttributeValue.fromS("REP#ada"), item.get(CarouselTable.GSI3PK));
        assertEquals(AttributeValue.fromS("REF#01J000000000000000000CAROL#01J0000000000000000000ERIN"), item.get(CarouselTable.GSI3SK));
        assertEquals(AttributeValue.fromS("WON#01J000000000000000000CAROL"), raw("REP#ada", "PROSPECT#" + won.id()).get(CarouselTable.GSI3SK));
        assertFalse(raw("REP#ada", "PROSPECT#" + plain.id()).containsKey(CarouselTable.GSI3PK), "sparse: a plain prospect is not in it");
    }

    /**
     * The local cloud keeps its data between versions: a table persisted before GSI3 gets it when the next
     * version starts. As the local cloud does: its own DynamoDB Local on a data directory, stopped, started again.
     * (Not the suite's shared instance: once it has served a few hundred requests, DynamoDB Local leaves a new
     * index on an existing table CREATING for good, and a Query on it answers 500.)
     */
    @Test
    void ensure_addsTheReferralIndexToATableMadeBeforeIt(@TempDir Path data) throws Exception {
        try (LocalDynamoDb before = LocalDynamoDb.start(data)) {
            var old = DynamoDbFixture.client(before.endpoint());
            var def = CarouselTable.definition("Carousel");
            old.createTable(def.toBuilder()
                    .globalSecondaryIndexes(def.globalSecondaryIndexes().stream().filter(i -> !i.indexName().equals(CarouselTable.GSI3)).toList())
                    .attributeDefinitions(def.attributeDefinitions().stream().filter(a -> !a.attributeName().startsWith("GSI3")).toList()).build());
        }
        try (LocalDynamoDb after = LocalDynamoDb.start(data)) {
            var ddb2 = DynamoDbFixture.client(after.endpoint());
            long t0 = System.nanoTime();
            assertFalse(CarouselTable.ensure(ddb2, "Carousel"), "it existed");
            System.out.println("GSI3 added to a table made before it in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            var indexes = ddb2.describeTable(b -> b.tableName("Carousel")).table().globalSecondaryIndexes();
            assertEquals(Set.of("GSI1", "GSI2", "GSI3"), indexes.stream().map(i -> i.indexName()).collect(Collectors.toSet()));
            assertEquals(Set.of("ACTIVE"), indexes.stream().map(i -> i.indexStatusAsString()).collect(Collectors.toSet()));
            assertEquals(0, ddb2.query(b -> b.tableName("Carousel").indexName(CarouselTable.GSI3).keyConditionExpression("GSI3PK = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("REP#ada")))).count());
        }
    }

    @Test
    void tiers_storeAReferralRhythmOnlyWhenSet() {
        var store = new DynamoDbTierStore(ddb, table);
        var policy = new ReferralPolicy(Period.ofWeeks(2), Period.ofMonths(4), "T-ASK", null);
        store.put("acme", Tiers.defaults().withReferrals(policy));
        var item = raw("ORG#acme", "TIERS");
        assertEquals(AttributeValue.fromS("P14D"), item.get("referralFirstAsk"));
        assertEquals(AttributeValue.fromS("P4M"), item.get("referralAskEvery"));
        assertEquals(AttributeValue.fromS("T-ASK"), item.get("referralAskTemplateId"));
        assertFalse(item.containsKey("thankYouTemplateId"));
        assertEquals(policy, store.of("acme").referrals());
        store.put("acme", Tiers.defaults());
        assertFalse(raw("ORG#acme", "TIERS").containsKey("referralAskEvery"), "the default rhythm is not stored");
    }
}
