package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.salescarousel.json.Json;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.TestClock;
import com.salescarousel.wiring.QueueSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The handler fed real HTTP API payload 2.0 events (as API Gateway sends them, JWT claims included),
 * storing in DynamoDB Local through the production Dagger graph.
 */
class ProspectsApiEventsIT {
    private static final String ADA = "6b8e0f5a-1111-4c1e-9f00-0000000000ad";

    private ProspectsApiHandler handler;
    private DynamoDbClient ddb;
    private String table;

    @BeforeEach
    void wire() {
        var endpoint = DynamoDbFixture.localEndpoint();
        ddb = DynamoDbFixture.client(endpoint);
        table = DynamoDbFixture.freshTable(ddb);
        var clock = new TestClock(Instant.parse("2026-11-24T09:15:00Z"));
        // The send queue is lazy and these events never send: a queue nobody listens at is fine.
        var queue = new QueueSettings("http://127.0.0.1:9/000000000000/none", "us-east-1", Optional.of(URI.create("http://127.0.0.1:9")));
        var tokens = new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
        handler = new ProspectsApiHandler(ProspectsApiComponent.create(DynamoDbFixture.settings(table, endpoint), queue, tokens,
                com.salescarousel.push.PushSettings.OFF, clock));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(APIGatewayV2HTTPResponse r) {
        return (Map<String, Object>) (Map<?, ?>) Json.object(r.getBody());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> invalidFields(APIGatewayV2HTTPResponse r) {
        var params = (List<Map<String, Object>>) body(r).get("invalid-params");
        return Set.copyOf(params.stream().map(p -> (String) p.get("name")).toList());
    }

    @ParameterizedTest
    @Event(value = "events/create-prospect.json", type = APIGatewayV2HTTPEvent.class)
    void create_fromApiGatewayEvent_is201WithDueToday(APIGatewayV2HTTPEvent event) {
        var r = handler.handleRequest(event, null);
        assertEquals(201, r.getStatusCode(), r.getBody());
        var p = body(r);
        assertEquals("Grace Hopper", p.get("name"));
        assertEquals("working", p.get("tier"));
        assertEquals("2026-11-24", p.get("nextDueOn"));
        assertEquals(1, ((Number) p.get("version")).intValue());
        assertEquals("/api/prospects/" + p.get("id"), r.getHeaders().get("location"));
        assertEquals(4, DynamoDbFixture.itemsOf(ddb, table, ADA),
                "the prospect, the rep's first-seen profile, the hold on Grace's e-mail and the week's counters (added)");
    }

    @ParameterizedTest
    @Event(value = "events/create-prospect-base64-stage.json", type = APIGatewayV2HTTPEvent.class)
    void create_withBase64BodyAndStagePrefix_isUnderstood(APIGatewayV2HTTPEvent event) {
        var r = handler.handleRequest(event, null);
        assertEquals(201, r.getStatusCode(), r.getBody());
        assertEquals("Grace Hopper", body(r).get("name"));
    }

    @ParameterizedTest
    @Event(value = "events/create-prospect-bad-fields.json", type = APIGatewayV2HTTPEvent.class)
    void create_withWrongTypesAndUnknownField_is400NamingEachAndWritesNothing(APIGatewayV2HTTPEvent event) {
        var r = handler.handleRequest(event, null);
        assertEquals(400, r.getStatusCode());
        assertEquals("application/problem+json", r.getHeaders().get("content-type"));
        assertEquals(Set.of("name", "email", "tier", "shoeSize"), invalidFields(r), "the unknown tier too (it used to go unnamed)");
        assertEquals(0, DynamoDbFixture.itemsOf(ddb, table, ADA));
    }

    @ParameterizedTest
    @Event(value = "events/create-prospect-malformed.json", type = APIGatewayV2HTTPEvent.class)
    void create_withMalformedJson_is400OnBody(APIGatewayV2HTTPEvent event) {
        var r = handler.handleRequest(event, null);
        assertEquals(400, r.getStatusCode());
        assertEquals(Set.of("body"), invalidFields(r));
        assertEquals(0, DynamoDbFixture.itemsOf(ddb, table, ADA));
    }

    @ParameterizedTest
    @Event(value = "events/create-prospect-unknown-tier.json", type = APIGatewayV2HTTPEvent.class)
    void create_withUnknownTier_is400OnTierAndStoresNoProspect(APIGatewayV2HTTPEvent event) {
        var r = handler.handleRequest(event, null);
        assertEquals(400, r.getStatusCode());
        assertEquals(Set.of("tier"), invalidFields(r));
        assertTrue(((String) body(r).get("detail")).contains("active, working, customer, nurture"));
        assertEquals(0, DynamoDbFixture.itemsOf(ddb, table, ADA) - 1, "only the first-seen profile exists");
    }

    @ParameterizedTest
    @Event(value = "events/agenda-no-authorizer.json", type = APIGatewayV2HTTPEvent.class)
    void anyRoute_withoutJwtClaims_is401(APIGatewayV2HTTPEvent event) {
        assertEquals(401, handler.handleRequest(event, null).getStatusCode());
    }

    @ParameterizedTest
    @Event(value = "events/agenda.json", type = APIGatewayV2HTTPEvent.class)
    void agenda_forADate_isEmptyForANewRep(APIGatewayV2HTTPEvent event) {
        var r = handler.handleRequest(event, null);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("2026-11-30", body(r).get("date"));
        assertEquals(List.of(), body(r).get("due"));
    }

    @ParameterizedTest
    @Event(value = "events/agenda-bad-date.json", type = APIGatewayV2HTTPEvent.class)
    void agenda_withBadDate_is400OnDate(APIGatewayV2HTTPEvent event) {
        var r = handler.handleRequest(event, null);
        assertEquals(400, r.getStatusCode());
        assertEquals(Set.of("date"), invalidFields(r));
    }

    @ParameterizedTest
    @Event(value = "events/me.json", type = APIGatewayV2HTTPEvent.class)
    void me_firstCall_createsDefaultsFromClaims(APIGatewayV2HTTPEvent event) {
        var me = body(handler.handleRequest(event, null));
        assertEquals("Ada Lovelace", me.get("name"));
        assertEquals("acme", me.get("org"));
        assertEquals("UTC", me.get("timeZone"));
        assertEquals(7, ((Number) me.get("digestHour")).intValue());
        assertEquals(true, me.get("skipWeekends"));
        assertEquals("rep", me.get("role"));
    }

    @ParameterizedTest
    @Event(value = "events/tiers-put-by-rep.json", type = APIGatewayV2HTTPEvent.class)
    void putTiers_byARepNotInManagers_is403(APIGatewayV2HTTPEvent event) {
        assertEquals(403, handler.handleRequest(event, null).getStatusCode());
    }
}
