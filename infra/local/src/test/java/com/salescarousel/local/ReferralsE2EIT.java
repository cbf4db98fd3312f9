package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.local.LocalApi.Res;
import com.salescarousel.testing.DynamoDbFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Customers and referrals over HTTP against the local cloud (DESIGN 7.3), every answer checked against
 * openapi.yaml: links and trees, 404 for another rep's or another team's prospect, 400 naming
 * {@code referredById}, the thank-you when a referral is won, the team's ask rhythm (managers only) and a
 * customer's ask on Today.
 */
class ReferralsE2EIT {
    private static LocalCloud cloud;
    private static LocalApi api;
    private static DynamoDbClient ddb;
    private static String ada, cy, bob, boss, adaId;

    @BeforeAll
    static void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, Instant.parse("2026-11-24T09:00:00Z"), null)); // a Tuesday
        api = new LocalApi(cloud.url());
        ddb = DynamoDbFixture.client(cloud.dynamoDbEndpoint());
        var a = api.call("POST", "/local/login", null, "{\"email\":\"ada@acme.example\",\"name\":\"Ada\",\"org\":\"acme\",\"timeZone\":\"Europe/London\"}");
        ada = a.str("token");
        adaId = a.str("repId");
        cy = api.login("{\"email\":\"cy@acme.example\",\"name\":\"Cy\",\"org\":\"acme\"}");
        bob = api.login("{\"email\":\"bob@globex.example\",\"name\":\"Bob\",\"org\":\"globex\"}");
        boss = api.login("{\"email\":\"boss@acme.example\",\"name\":\"Boss\",\"org\":\"acme\",\"role\":\"manager\"}");
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static Res call(String method, String path, String token, String body, String... headers) throws Exception {
        return api.call(method, path, token, body, headers);
    }

    private static String create(String token, String json) throws Exception {
        Res r = call("POST", "/api/prospects", token, json);
        assertEquals(201, r.status(), r.raw().body());
        return r.str("id");
    }

    private static Res patch(String token, String id, String json) throws Exception {
        Res now = call("GET", "/api/prospects/" + id, token, null);
        return call("PATCH", "/api/prospects/" + id, token, json, "If-Match", now.raw().headers().firstValue("etag").orElseThrow());
    }

    private static Res touch(String token, String id, String json) throws Exception {
        Res r = call("POST", "/api/prospects/" + id + "/touches", token, json);
        assertEquals(201, r.status(), r.raw().body());
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonsOf(String token, String id) throws Exception {
        Res agenda = call("GET", "/api/agenda", token, null);
        for (String part : List.of("overdue", "due")) {
            for (Map<String, Object> e : agenda.list(part)) if (id.equals(e.get("id"))) return (List<String>) e.get("reasons");
        }
        return List.of();
    }

    private static int adaItems() {
        return DynamoDbFixture.itemsOf(ddb, LocalCloud.TABLE, adaId);
    }

    @Test
    void referralTree_isTheRepsOwn_otherRepsAndTeamsGet404_andBadLinksAre400() throws Exception {
        String carol = create(ada, "{\"name\":\"Carol Tree\"}");
        String erin = create(ada, "{\"name\":\"Erin Tree\",\"referredById\":\"" + carol + "\"}");
        String frank = create(ada, "{\"name\":\"Frank Tree\",\"referredById\":\"" + erin + "\"}");

        Res tree = call("GET", "/api/prospects/" + carol + "/referrals", ada, null);
        assertEquals(200, tree.status());
        assertEquals("Carol Tree", tree.str("name"));
        assertNull(tree.body().get("referredBy"));
        Map<String, Object> erinNode = tree.list("referrals").get(0);
        assertEquals(Map.of("id", frank, "name", "Frank Tree", "status", "open", "referrals", List.of()),
                ((List<?>) erinNode.get("referrals")).get(0));
        assertEquals(Map.of("id", erin, "name", "Erin Tree", "status", "open"),
                call("GET", "/api/prospects/" + frank + "/referrals", ada, null).map("referredBy"));

        assertEquals(404, call("GET", "/api/prospects/" + carol + "/referrals", cy, null).status(), "another rep of the same team");
        assertEquals(404, call("GET", "/api/prospects/" + carol + "/referrals", bob, null).status(), "another team");
        assertEquals(404, call("GET", "/api/prospects/not-an-id/referrals", ada, null).status());
        assertEquals(Set.of("referredById"), call("POST", "/api/prospects", cy, "{\"name\":\"X\",\"referredById\":\"" + carol + "\"}").invalid());
        assertEquals(Set.of("referredById"), call("POST", "/api/prospects", bob, "{\"name\":\"X\",\"referredById\":\"" + carol + "\"}").invalid());
        int items = adaItems();
        Res loop = patch(ada, carol, "{\"referredById\":\"" + frank + "\"}");
        assertEquals(400, loop.status());
        assertEquals(Set.of("referredById"), loop.invalid());
        assertTrue(loop.raw().body().contains("loop"), loop.raw().body());
        assertEquals(Set.of("referredById", "tier"), call("POST", "/api/prospects", ada,
                "{\"name\":\"X\",\"tier\":\"gold\",\"referredById\":\"01KAAAAAAAAAAAAAAAAAAAAAAA\"}").invalid());
        assertEquals(items, adaItems(), "nothing written");
        Res unlinked = patch(ada, frank, "{\"referredById\":null}");
        assertEquals(200, unlinked.status(), unlinked.raw().body());
        assertNull(unlinked.body().get("referredById"));
        assertEquals(List.of(), call("GET", "/api/prospects/" + erin + "/referrals", ada, null).list("referrals"));
    }

    @Test
    void winningAReferral_thanksTheReferrer_andCountsInTheStats() throws Exception {
        String carol = create(cy, "{\"name\":\"Carol Stats\"}");
        String erin = create(cy, "{\"name\":\"Erin Stats\",\"referredById\":\"" + carol + "\"}");
        touch(cy, carol, "{\"channel\":\"call\",\"outcome\":\"replied\"}");
        assertEquals(List.of(), reasonsOf(cy, carol), "touched today: not due");
        Res won = patch(cy, erin, "{\"status\":\"won\"}");
        assertEquals(200, won.status(), won.raw().body());
        assertEquals("customer", won.str("tier"));
        assertEquals("2026-12-24", won.str("nextReferralAskOn"));
        assertEquals(List.of("thank_you"), reasonsOf(cy, carol), "due today to say thank you");
        assertEquals(erin, call("GET", "/api/prospects/" + carol, cy, null).str("thankYouFor"));
        touch(cy, carol, "{\"channel\":\"email\",\"outcome\":\"left_message\",\"note\":\"thanks for Erin\"}");
        assertEquals(List.of(), reasonsOf(cy, carol), "the next touch said thank you");

        Res stats = call("GET", "/api/referrals/stats", cy, null);
        assertEquals(200, stats.status());
        assertEquals(1, stats.integer("wonDeals"));
        assertEquals(1, stats.integer("wonThroughReferral"));
        assertEquals(1.0, ((Number) stats.body().get("referralShare")).doubleValue());
        assertEquals(List.of(Map.of("id", carol, "name", "Carol Stats", "status", "open", "referrals", 1, "won", 1)), stats.list("referrers"));
        Res empty = call("GET", "/api/referrals/stats", bob, null);
        assertEquals(0, empty.integer("wonDeals"));
        assertNull(empty.body().get("referralShare"));
    }

    @Test
    void referralSettings_managersSetTheRhythm_andACustomersAskComesOnTodayThenSixMonthsOn() throws Exception {
        Res defaults = call("GET", "/api/referrals/settings", ada, null);
        assertEquals("P1M", defaults.str("firstAskAfter"));
        assertEquals(403, call("PUT", "/api/referrals/settings", ada, "{\"firstAskAfter\":\"P2W\",\"askEvery\":\"P3M\"}").status());
        assertEquals(Set.of("askTemplateId"), call("PUT", "/api/referrals/settings", boss,
                "{\"firstAskAfter\":\"P2W\",\"askEvery\":\"P3M\",\"askTemplateId\":\"no-such-template\"}").invalid());
        String tpl = call("POST", "/api/templates", boss,
                "{\"name\":\"Referral ask\",\"subject\":\"Who else?\",\"bodyText\":\"Hi {{prospect.firstName}}, who else should I talk to?\"}").str("id");
        Res set = call("PUT", "/api/referrals/settings", boss, "{\"firstAskAfter\":\"P2W\",\"askEvery\":\"P3M\",\"askTemplateId\":\"" + tpl + "\"}");
        assertEquals(200, set.status(), set.raw().body());
        assertEquals("P14D", call("GET", "/api/referrals/settings", ada, null).str("firstAskAfter"), "the whole team's");
        assertEquals(tpl, call("GET", "/api/referrals/settings", ada, null).str("askTemplateId"));
        assertEquals("P1M", call("GET", "/api/referrals/settings", bob, null).str("firstAskAfter"), "another team keeps its own");

        String dora = create(ada, "{\"name\":\"Dora Customer\"}");
        Res won = patch(ada, dora, "{\"status\":\"won\"}");
        assertEquals("2026-12-08", won.str("nextReferralAskOn"), "two weeks after the win");
        assertEquals("2027-02-24", won.str("cadenceDueOn"), "the customer tier's P3M");
        assertTrue(call("GET", "/api/tiers", ada, null).list("tiers").stream().anyMatch(t -> "customer".equals(t.get("key"))));

        cloud.clock().set(Instant.parse("2026-12-08T09:00:00Z"));
        try {
            assertEquals(List.of("referral_ask"), reasonsOf(ada, dora));
            Res asked = touch(ada, dora, "{\"channel\":\"call\",\"outcome\":\"replied\",\"purpose\":\"referral_ask\",\"note\":\"gave us two names\"}");
            assertEquals("referral_ask", asked.map("touch").get("purpose"));
            assertEquals("2027-03-08", asked.map("prospect").get("nextReferralAskOn"), "askEvery (P3M) from the ask");
            assertEquals("2027-03-08", asked.map("prospect").get("cadenceDueOn"), "the ask counted for the cadence");
            assertEquals(List.of(), reasonsOf(ada, dora));
        } finally {
            cloud.clock().set(Instant.parse("2026-11-24T09:00:00Z"));
            call("PUT", "/api/referrals/settings", boss, "{\"firstAskAfter\":\"P1M\",\"askEvery\":\"P6M\"}");
        }
    }
}
