package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.EventFiles;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan routes in the fast tier: payload 2.0 events from files, the in-memory stores behind the handler. */
class PlansApiHandlerTest {
    private static final String ADA = "6b8e0f5a-1111-4c1e-9f00-0000000000ad";
    private static final String UNKNOWN = "01M86N96NHN6H247XZ1GSYCD0Q";

    private InMemoryStores stores;
    private ProspectsApiHandler handler;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        handler = new ProspectsApiHandler(DaggerInMemoryProspectsApiComponent.factory().create(stores, new RecordingSendQueue(),
                new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF,
                new TestClock(Instant.parse("2026-11-24T09:15:00Z"))));
    }

    private APIGatewayV2HTTPResponse call(String file, String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) values.put(namesAndValues[i], namesAndValues[i + 1]);
        return handler.handleRequest(EventFiles.event(APIGatewayV2HTTPEvent.class, "events/" + file + ".json", values), null);
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse r) {
        return Json.object(r.getBody());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String field) {
        return (List<Map<String, Object>>) m.get(field);
    }

    private String planByManager() {
        var r = call("plan-create-by-manager");
        assertEquals(201, r.getStatusCode(), r.getBody());
        String id = (String) body(r).get("id");
        assertEquals("/api/plans/" + id, r.getHeaders().get("location"));
        assertEquals("\"1\"", r.getHeaders().get("etag"));
        return id;
    }

    @Test
    void aManagerCreatesAPlan_everyMemberReadsIt_aRepGets403() {
        String id = planByManager();
        var rep = call("plan-create-by-rep");
        assertEquals(403, rep.getStatusCode(), rep.getBody());
        assertEquals("application/problem+json", rep.getHeaders().get("content-type"));
        var all = body(call("plans-list"));
        assertEquals(List.of(id), list(all, "items").stream().map(p -> p.get("id")).toList());
        var steps = list(list(all, "items").get(0), "steps");
        assertEquals(List.of(0, 7, 14), steps.stream().map(s -> ((Number) s.get("offsetDays")).intValue()).toList());
        assertEquals(List.of("mail", "mail", "call"), steps.stream().map(s -> s.get("channel")).toList());
    }

    @Test
    void badSteps_areEachNamed_andNothingIsWritten() {
        var r = call("plan-create-bad-steps");
        assertEquals(400, r.getStatusCode(), r.getBody());
        var names = Set.copyOf(list(body(r), "invalid-params").stream().map(p -> p.get("name")).toList());
        assertEquals(Set.of("name", "steps[0].offsetDays", "steps[0].channel", "steps[1].offsetDays", "steps[1].auto", "steps[1].extra"), names);
        assertEquals(0, stores.plans().all("acme").size());
    }

    @Test
    void enrolling_answersPerProspect_aRepeatEnrolsNobodyTwice_andTheFiguresCountIt() {
        String plan = planByManager();
        var created = call("create-prospect");
        String grace = (String) body(created).get("id");
        var first = call("plan-enrol", "planId", plan, "prospectId", grace, "otherId", UNKNOWN);
        assertEquals(200, first.getStatusCode(), first.getBody());
        var results = list(body(first), "results");
        assertEquals(List.of("enrolled", "not_found"), results.stream().map(x -> x.get("outcome")).toList());
        assertEquals(List.of(201, 404), results.stream().map(x -> ((Number) x.get("status")).intValue()).toList());
        assertEquals("2026-11-24", results.get(0).get("dueOn"), "the first step's day: today");
        var again = call("plan-enrol", "planId", plan, "prospectId", grace, "otherId", UNKNOWN);
        assertEquals(200, again.getStatusCode());
        assertEquals(1, ((Number) body(again).get("enrolled")).intValue());
        var stats = body(call("plan-stats", "planId", plan));
        assertEquals(1, ((Number) stats.get("enrolled")).intValue());
        assertEquals(1, ((Number) stats.get("active")).intValue());
        var p = stores.prospects().find(ADA, grace).orElseThrow();
        assertEquals(plan, p.plan().planId());
        assertTrue(p.nextDueOn().toString().equals("2026-11-24"));
    }
}
