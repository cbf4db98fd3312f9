package com.salescarousel.entry.api;

import static com.salescarousel.entry.api.ApiCalls.invalidFields;
import static com.salescarousel.entry.api.ApiCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The referral routes through the router, on the in-memory stores (Ada, a rep of acme, Tuesday 24 November 2026). */
class ReferralsApiTest {
    private ApiCalls api;
    private InMemoryStores stores;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        api = new ApiCalls(DaggerInMemoryProspectsApiComponent.factory().create(stores, new RecordingSendQueue(),
                new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF,
                new TestClock(ApiCalls.NOW)).prospectsApi());
    }

    private String create(String body) {
        var r = api.call("POST", "/api/prospects", body);
        assertEquals(201, r.getStatusCode(), r.getBody());
        return (String) json(r).get("id");
    }

    private APIGatewayV2HTTPResponse patch(String id, String body) {
        long version = ((Number) json(api.call("GET", "/api/prospects/" + id)).get("version")).longValue();
        return api.call("PATCH", "/api/prospects/" + id, true, Map.of("if-match", Long.toString(version)), body);
    }

    @Test
    void referredById_linksATree_andBadOnesAreNamed() {
        String carol = create("{\"name\":\"Carol\"}");
        String erin = create("{\"name\":\"Erin\",\"referredById\":\"" + carol + "\"}");
        create("{\"name\":\"Frank\",\"referredById\":\"" + erin + "\",\"referredBy\":\"Erin at the conference\"}");
        assertEquals(List.of("referredById"), invalidFields(api.call("POST", "/api/prospects", "{\"name\":\"X\",\"referredById\":\"nope\"}")));
        assertEquals(List.of("referredById"), invalidFields(api.call("POST", "/api/prospects",
                "{\"name\":\"X\",\"referredById\":\"01KAAAAAAAAAAAAAAAAAAAAAAA\"}")));
        assertEquals(List.of("referredById"), invalidFields(patch(carol, "{\"referredById\":\"" + erin + "\"}")));

        var tree = json(api.call("GET", "/api/prospects/" + carol + "/referrals"));
        assertEquals("Carol", tree.get("name"));
        assertNull(tree.get("referredBy"));
        var erinNode = (Map<?, ?>) ((List<?>) tree.get("referrals")).get(0);
        assertEquals("Erin", erinNode.get("name"));
        assertEquals("Frank", ((Map<?, ?>) ((List<?>) erinNode.get("referrals")).get(0)).get("name"));
        var erinTree = json(api.call("GET", "/api/prospects/" + erin + "/referrals"));
        assertEquals(Map.of("id", carol, "name", "Carol", "status", "open"), erinTree.get("referredBy"));
        assertEquals(404, api.call("GET", "/api/prospects/01KAAAAAAAAAAAAAAAAAAAAAAA/referrals").getStatusCode());

        assertEquals(200, patch(erin, "{\"status\":\"won\"}").getStatusCode());
        var carolNow = json(api.call("GET", "/api/prospects/" + carol));
        assertEquals("2026-11-24", carolNow.get("thankYouOn"));
        assertEquals(erin, carolNow.get("thankYouFor"));
        var stats = json(api.call("GET", "/api/referrals/stats"));
        assertEquals(1, ((Number) stats.get("wonDeals")).intValue());
        assertEquals(1.0, ((Number) stats.get("referralShare")).doubleValue());
        assertEquals(List.of("Carol", "Erin"), ((List<?>) stats.get("referrers")).stream().map(r -> ((Map<?, ?>) r).get("name")).sorted().toList());
    }

    @Test
    void touchPurpose_answersACustomersAsk_andAnUnknownPurposeIsNamed() {
        String carol = create("{\"name\":\"Carol\"}");
        var won = json(patch(carol, "{\"status\":\"won\"}"));
        assertEquals("customer", won.get("tier"));
        assertEquals("2026-12-24", won.get("nextReferralAskOn"));
        assertEquals(List.of("purpose"), invalidFields(api.call("POST", "/api/prospects/" + carol + "/touches",
                "{\"channel\":\"call\",\"outcome\":\"replied\",\"purpose\":\"gossip\"}")));
        var asked = json(api.call("POST", "/api/prospects/" + carol + "/touches",
                "{\"channel\":\"call\",\"outcome\":\"replied\",\"purpose\":\"referral_ask\"}"));
        assertEquals("referral_ask", ((Map<?, ?>) asked.get("touch")).get("purpose"));
        assertEquals("2027-05-24", ((Map<?, ?>) asked.get("prospect")).get("nextReferralAskOn"));
    }

    @Test
    void settings_everyoneReads_aRepCannotChange_badPeriodsAreNamed() {
        var s = json(api.call("GET", "/api/referrals/settings"));
        assertEquals("P1M", s.get("firstAskAfter"));
        assertEquals("P6M", s.get("askEvery"));
        assertEquals(403, api.call("PUT", "/api/referrals/settings", "{\"firstAskAfter\":\"P1M\",\"askEvery\":\"P3M\"}").getStatusCode());
        assertEquals(List.of("firstAskAfter", "askEvery"),
                invalidFields(api.call("PUT", "/api/referrals/settings", "{\"firstAskAfter\":\"P0D\",\"askEvery\":\"soon\"}")));
        assertEquals("P6M", stores.tiers().of("acme").referrals().askEvery().toString());
    }
}
