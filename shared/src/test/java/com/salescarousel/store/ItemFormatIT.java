package com.salescarousel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.push.DynamoDbPushStore;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.DynamoDbSuppressions;
import com.salescarousel.send.Send;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.template.DynamoDbTemplateStore;
import com.salescarousel.template.Template;
import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.Prospects;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.DynamoDbTouchStore;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import com.salescarousel.touch.TouchStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stored bytes of every item type, attribute by attribute: the local cloud keeps its data between
 * versions, so a store may change how it talks to DynamoDB but never what it writes or what it can
 * read. Each test writes through a store and compares the raw item with a literal, then puts that
 * literal raw and reads it back through the store.
 */
class ItemFormatIT {
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00.123Z");

    private DynamoDbClient ddb;
    private String table;
    private TestClock clock;
    private DynamoDbEnhancedClient enhanced;

    @BeforeEach
    void freshTable() {
        ddb = DynamoDbFixture.client(DynamoDbFixture.localEndpoint());
        table = DynamoDbFixture.freshTable(ddb);
        clock = new TestClock(NOW);
        enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
    }

    @Test
    void tiers_listOfMaps_autoSendOnlyWhenSet() {
        var store = new DynamoDbTierStore(ddb, table);
        Tiers tiers = new Tiers(List.of(new Tier("active", "Active", Period.ofDays(7), null),
                new Tier("nurture", "Nurture", Period.ofMonths(3), "T1")));
        store.put("acme", tiers);

        var expected = item("PK", s("ORG#acme"), "SK", s("TIERS"), "type", s("tiers"), "tiers", AttributeValue.fromL(List.of(
                AttributeValue.fromM(item("key", s("active"), "label", s("Active"), "cadence", s("P7D"))),
                AttributeValue.fromM(item("key", s("nurture"), "label", s("Nurture"), "cadence", s("P3M"), "autoSendTemplateId", s("T1"))))));
        assertEquals(expected, raw("ORG#acme", "TIERS"));

        ddb.putItem(b -> b.tableName(table).item(withKey(expected, "ORG#other", "TIERS")));
        assertEquals(tiers.withCustomer(), store.of("other"), "read back with the customer tier added (DESIGN 7.3)");
        assertEquals(Tiers.defaults(), store.of("nobody"));
    }

    @Test
    void send_everyFieldWhenSet_expiresNinetyDaysAfterCreation() {
        var store = new DynamoDbSendStore(ddb, table);
        Instant created = Instant.parse("2026-11-23T14:00:00Z");
        Send full = new Send("ada", "S1", Send.Kind.TOUCH, "P1", "T1", "their talk", LocalDate.of(2026, 11, 23),
                Send.Status.SENDING, 2, NOW.plusSeconds(60), "m-1", "touch-1", "why", created, NOW);
        assertTrue(store.createIfAbsent(full));

        long expires = created.getEpochSecond() + 90L * 24 * 3600;
        var expected = item("PK", s("REP#ada"), "SK", s("SEND#S1"), "type", s("send"), "kind", s("TOUCH"), "status", s("SENDING"),
                "attempts", n("2"), "createdAt", s("2026-11-23T14:00:00Z"), "updatedAt", s("2026-11-23T14:00:00.123Z"),
                "expiresAt", n(Long.toString(expires)), "prospectId", s("P1"), "templateId", s("T1"), "relevantInfo", s("their talk"),
                "date", s("2026-11-23"), "leaseUntil", s("2026-11-23T14:01:00.123Z"), "messageId", s("m-1"), "touchId", s("touch-1"),
                "detail", s("why"));
        assertEquals(expected, raw("REP#ada", "SEND#S1"));

        ddb.putItem(b -> b.tableName(table).item(withKey(expected, "REP#ada", "SEND#S2")));
        assertEquals(new Send("ada", "S2", full.kind(), full.prospectId(), full.templateId(), full.relevantInfo(), full.date(),
                full.status(), full.attempts(), full.leaseUntil(), full.messageId(), full.touchId(), full.detail(),
                full.createdAt(), full.updatedAt()), store.find("ada", "S2").orElseThrow());
    }

    @Test
    void send_digest_leavesUnsetFieldsOut_andClaimCountsTheAttempt() {
        var store = new DynamoDbSendStore(ddb, table);
        Send digest = Send.digest("ada", LocalDate.of(2026, 11, 23), NOW);
        assertTrue(store.createIfAbsent(digest));
        assertFalse(store.createIfAbsent(digest));
        long expires = NOW.getEpochSecond() + 90L * 24 * 3600;
        var expected = item("PK", s("REP#ada"), "SK", s("SEND#DIGEST-2026-11-23"), "type", s("send"), "kind", s("DIGEST"),
                "status", s("QUEUED"), "attempts", n("0"), "createdAt", s("2026-11-23T14:00:00.123Z"),
                "updatedAt", s("2026-11-23T14:00:00.123Z"), "expiresAt", n(Long.toString(expires)), "date", s("2026-11-23"));
        assertEquals(expected, raw("REP#ada", "SEND#DIGEST-2026-11-23"));

        Instant later = NOW.plusSeconds(5);
        Send claimed = store.claim("ada", digest.id(), later, later.plusSeconds(120)).orElseThrow();
        assertEquals(1, claimed.attempts());
        assertEquals(Send.Status.SENDING, claimed.status());
        var afterClaim = new HashMap<>(expected);
        afterClaim.put("status", s("SENDING"));
        afterClaim.put("attempts", n("1"));
        afterClaim.put("updatedAt", s("2026-11-23T14:00:05.123Z"));
        afterClaim.put("leaseUntil", s("2026-11-23T14:02:05.123Z"));
        assertEquals(afterClaim, raw("REP#ada", "SEND#DIGEST-2026-11-23"));
        assertEquals(claimed, store.find("ada", digest.id()).orElseThrow());
    }

    @Test
    void suppressions_hashOfTheAddress_everywhereOrPerOrg() {
        var store = new DynamoDbSuppressions(ddb, table, clock);
        store.suppressEverywhere("Grace@Navy.mil ", "bounce");
        store.optOut("acme", "grace@navy.mil");
        String pk = "SUPPRESS#" + sha256("grace@navy.mil");
        assertEquals(item("PK", s(pk), "SK", s("SUPPRESS"), "type", s("suppression"), "reason", s("bounce"),
                "at", s("2026-11-23T14:00:00.123Z")), raw(pk, "SUPPRESS"));
        assertEquals(item("PK", s(pk), "SK", s("ORG#acme"), "type", s("suppression"), "reason", s("unsubscribed"),
                "at", s("2026-11-23T14:00:00.123Z")), raw(pk, "ORG#acme"));

        String other = "SUPPRESS#" + sha256("ada@example.com");
        ddb.putItem(b -> b.tableName(table).item(item("PK", s(other), "SK", s("ORG#acme"), "type", s("suppression"),
                "reason", s("unsubscribed"), "at", s("2026-01-01T00:00:00Z"))));
        assertTrue(store.isSuppressed("acme", "ADA@example.com"));
        assertFalse(store.isSuppressed("globex", "ada@example.com"));
        assertTrue(store.isSuppressed("globex", "grace@navy.mil"));
    }

    @Test
    void push_subscriptionUnderTheRep_keyedByTheEndpointsHash() {
        var store = new DynamoDbPushStore(ddb, table);
        String endpoint = "https://push.example/abc";
        var sub = new PushSubscription("ada", endpoint, "p-key", "a-secret", NOW);
        store.save(sub);
        String sk = "PUSH#" + sha256(endpoint);
        var expected = item("PK", s("REP#ada"), "SK", s(sk), "type", s("push"), "endpoint", s(endpoint), "p256dh", s("p-key"),
                "auth", s("a-secret"), "createdAt", s("2026-11-23T14:00:00.123Z"));
        assertEquals(expected, raw("REP#ada", sk));

        ddb.putItem(b -> b.tableName(table).item(withKey(expected, "REP#bob", sk)));
        assertEquals(List.of(new PushSubscription("bob", endpoint, "p-key", "a-secret", NOW)), store.forRep("bob"));
        assertTrue(store.remove("bob", endpoint));
        assertFalse(store.remove("bob", endpoint));
    }

    @Test
    void template_versionIsANumber_htmlOnlyWhenSet() {
        var store = new DynamoDbTemplateStore(ddb, table);
        store.put(new Template("acme", "T1", "Follow-up", "Hello {{prospect.name}}", "Body", null, 1));
        store.put(new Template("acme", "T2", "Rich", "Hi", "Text", "<p>Html</p>", 1));
        assertEquals(item("PK", s("ORG#acme"), "SK", s("TEMPLATE#T1"), "type", s("template"), "name", s("Follow-up"),
                "subject", s("Hello {{prospect.name}}"), "bodyText", s("Body"), "version", n("1")), raw("ORG#acme", "TEMPLATE#T1"));
        var rich = item("PK", s("ORG#acme"), "SK", s("TEMPLATE#T2"), "type", s("template"), "name", s("Rich"),
                "subject", s("Hi"), "bodyText", s("Text"), "bodyHtml", s("<p>Html</p>"), "version", n("1"));
        assertEquals(rich, raw("ORG#acme", "TEMPLATE#T2"));

        ddb.putItem(b -> b.tableName(table).item(withKey(rich, "ORG#globex", "TEMPLATE#T9")));
        assertEquals(new Template("globex", "T9", "Rich", "Hi", "Text", "<p>Html</p>", 1), store.find("globex", "T9").orElseThrow());
        assertEquals(List.of("T1", "T2"), store.all("acme").stream().map(Template::id).toList());
    }

    @Test
    void profile_andTheZonesInUse() {
        var store = new DynamoDbProfileStore(ddb, enhanced, table);
        RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", ZoneId.of("America/New_York"), 7, true);
        store.put(ada);
        // Stage two added acceptsLeads (and, when set, awayFrom/awayTo, dailyCapacity, holidays).
        var stageOne = item("PK", s("REP#ada"), "SK", s("PROFILE"), "GSI2PK", s("DIGEST#America/New_York#07"), "GSI2SK", s("REP#ada"),
                "type", s("profile"), "name", s("Ada"), "email", s("ada@example.com"), "org", s("acme"), "role", s("rep"),
                "timeZone", s("America/New_York"), "digestHour", n("7"), "skipWeekends", AttributeValue.fromBool(true));
        var now = new java.util.HashMap<>(stageOne);
        now.put("acceptsLeads", AttributeValue.fromBool(true));
        assertEquals(now, raw("REP#ada", "PROFILE"));
        // A stage-one item (no acceptsLeads) still reads: a rep takes leads by default.
        ddb.putItem(b -> b.tableName(table).item(withKey(stageOne, "REP#old", "PROFILE")));
        assertTrue(store.find("old").orElseThrow().acceptsLeads());
        assertEquals(item("PK", s("ZONES"), "SK", s("ZONES"), "zones", AttributeValue.fromSs(List.of("America/New_York"))),
                raw("ZONES", "ZONES"));
    }

    @Test
    void touch_counters_sentMail_andIdempotencyGuards_inOneTransaction() {
        var idem = new Idempotency(ddb, table, clock);
        var prospects = new DynamoDbProspectStore(ddb, enhanced, table, idem);
        var touches = new DynamoDbTouchStore(ddb, enhanced, table, idem);
        var sends = new DynamoDbSendStore(ddb, table);
        Prospect p = Prospects.fresh("Grace", "active", LocalDate.of(2026, 11, 23)).repId("ada").id("P1").build();
        prospects.create(p, "create-0001");
        long guardExpires = NOW.getEpochSecond() + 30L * 24 * 3600;
        assertEquals(item("PK", s("REP#ada"), "SK", s("IDEM#create-0001"), "resultSk", s("PROSPECT#P1"),
                "expiresAt", n(Long.toString(guardExpires))), raw("REP#ada", "IDEM#create-0001"));

        Send mail = Send.touch("ada", "S1", "P1", "T1", "news", NOW);
        sends.createIfAbsent(mail);
        sends.claim("ada", "S1", NOW, NOW.plusSeconds(60));
        Touch t = new Touch("ada", "P1", "01KTOUCH", Channel.EMAIL, Outcome.LEFT_MESSAGE, "Hello", NOW,
                LocalDate.of(2026, 11, 23), "touch-0001", NOW);
        Prospect after = p.toBuilder().lastTouchAt(NOW).lastTouchOn(t.day()).nextDueOn(LocalDate.of(2026, 11, 30))
                .touchCount(1).touchesSinceResponse(1).version(2).build();
        assertTrue(touches.record(t, after, WeekTally.of(t, p), new TouchStore.SentMail("S1", "m-1")).isEmpty());

        assertEquals(item("PK", s("REP#ada"), "SK", s("TOUCH#P1#01KTOUCH"), "type", s("touch"), "prospectId", s("P1"),
                "touchId", s("01KTOUCH"), "channel", s("email"), "outcome", s("left_message"), "note", s("Hello"),
                "at", s("2026-11-23T14:00:00.123Z"), "day", s("2026-11-23"), "idempotencyKey", s("touch-0001"),
                "recordedAt", s("2026-11-23T14:00:00.123Z")), raw("REP#ada", "TOUCH#P1#01KTOUCH"));
        assertEquals(item("PK", s("REP#ada"), "SK", s("STATS#2026-W48"), "touches", n("1"), "channel_email", n("1"),
                "outcome_left_message", n("1"), "tier_active", n("1"), "dueOnTime", n("1"), "dueDone_2026-11-23", n("1"), "added", n("1")),
                raw("REP#ada", "STATS#2026-W48"));
        assertEquals(item("PK", s("REP#ada"), "SK", s("IDEM#touch-0001"), "resultSk", s("TOUCH#P1#01KTOUCH"),
                "expiresAt", n(Long.toString(guardExpires))), raw("REP#ada", "IDEM#touch-0001"));
        var send = raw("REP#ada", "SEND#S1");
        assertEquals(List.of(s("SENT"), s("m-1"), s("01KTOUCH")), List.of(send.get("status"), send.get("messageId"), send.get("touchId")));
        assertEquals(after, prospects.find("ada", "P1").orElseThrow());
        assertEquals(t, touches.byIdempotencyKey("ada", "touch-0001").orElseThrow());
    }

    @Test
    void emailGuard_underTheRep_keyedByTheAddressHash_andATouchsTrace() {
        var idem = new Idempotency(ddb, table, clock);
        var prospects = new DynamoDbProspectStore(ddb, enhanced, table, idem);
        var touches = new DynamoDbTouchStore(ddb, enhanced, table, idem);
        Prospect p = Prospects.fresh("Grace", "active", LocalDate.of(2026, 11, 23)).repId("ada").id("P1").email("Grace@Navy.mil").build();
        prospects.create(p, null);
        String sk = "EMAIL#" + sha256("grace@navy.mil");
        assertEquals(item("PK", s("REP#ada"), "SK", s(sk), "type", s("email-guard"), "prospectId", s("P1")), raw("REP#ada", sk));
        ddb.putItem(b -> b.tableName(table).item(item("PK", s("REP#ada"), "SK", s("EMAIL#" + sha256("ann@example.com")),
                "type", s("email-guard"), "prospectId", s("P2"))));
        assertEquals(java.util.Optional.of("P2"), prospects.withEmail("ada", "ANN@example.com"));

        Touch t = new Touch("ada", "P1", "01KTOUCH", Channel.CALL, Outcome.NOT_INTERESTED, null, NOW, LocalDate.of(2026, 11, 23), null, NOW);
        Prospect after = p.toBuilder().tier("nurture").lastTouchAt(NOW).lastTouchOn(t.day()).nextDueOn(LocalDate.of(2027, 2, 23))
                .touchCount(1).touchesSinceResponse(1).version(2).build();
        var tally = new WeekTally("2026-W48", Map.of("touches", 1));
        touches.record(t, after, com.salescarousel.touch.TouchTrace.of(p, after, tally), null);
        var stored = raw("REP#ada", "TOUCH#P1#01KTOUCH");
        assertEquals(AttributeValue.fromM(Map.of("tier", s("active"), "cadenceDueOn", s("2026-11-23"), "touchesSinceResponse", n("0"),
                "touchCount", n("0"), "salesReady", AttributeValue.fromBool(false))), stored.get("prior"));
        assertEquals(List.of(n("2"), s("nurture"), s("2026-W48"), AttributeValue.fromM(Map.of("touches", n("1")))),
                List.of(stored.get("prospectVersion"), stored.get("tierAfter"), stored.get("tallyWeek"), stored.get("tally")));
        var read = touches.recorded("ada", "P1", "01KTOUCH").orElseThrow();
        assertEquals(t, read.touch());
        assertEquals(p.toBuilder().version(7).build(), read.trace().prior().applyTo(after.toBuilder().version(7).build()));
    }

    private Map<String, AttributeValue> raw(String pk, String sk) {
        return ddb.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of("PK", s(pk), "SK", s(sk)))).item();
    }

    private static Map<String, AttributeValue> withKey(Map<String, AttributeValue> item, String pk, String sk) {
        var copy = new HashMap<>(item);
        copy.put("PK", s(pk));
        copy.put("SK", s(sk));
        return copy;
    }

    private static Map<String, AttributeValue> item(Object... namesAndValues) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) m.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
        return m;
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    private static String sha256(String v) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
