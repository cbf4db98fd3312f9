package com.salescarousel.entry.api;

import static com.salescarousel.entry.api.ApiCalls.invalidFields;
import static com.salescarousel.entry.api.ApiCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The router on its own: the route table, 401/404/405, and ids that cannot exist. Nothing here
 * reaches a store, so the graph points at a port where nothing listens.
 */
class ProspectsApiTest {
    private static final String SOME_ULID = "01M86N96NHN6H247XZ1GSYCD0Q";
    private static ProspectsApi api;

    @BeforeAll
    static void wire() {
        api = ApiCalls.wired(ApiCalls.nowhere());
    }

    private static APIGatewayV2HTTPResponse call(String method, String path, boolean signedIn, Map<String, String> headers, String body) {
        return new ApiCalls(api).call(method, path, signedIn, headers, body);
    }

    private static APIGatewayV2HTTPResponse call(String method, String path) {
        return call(method, path, true, Map.of(), null);
    }

    @Test
    void routes_areExactlyTheApiOfTheReadme() {
        var expected = List.of(
                "GET /api/me", "PUT /api/me", "GET /api/tiers", "PUT /api/tiers", "GET /api/agenda",
                "GET /api/prospects", "POST /api/prospects",
                "GET /api/prospects/{id}", "PATCH /api/prospects/{id}", "DELETE /api/prospects/{id}",
                "GET /api/prospects/{id}/touches", "POST /api/prospects/{id}/touches",
                "PATCH /api/prospects/{id}/touches/{touchId}", "DELETE /api/prospects/{id}/touches/{touchId}",
                "POST /api/prospects/{id}/send",
                "GET /api/outbox", "GET /api/push", "PUT /api/push/subscription", "DELETE /api/push/subscription",
                "GET /api/templates", "POST /api/templates",
                "GET /api/templates/{id}", "PUT /api/templates/{id}", "DELETE /api/templates/{id}",
                "GET /api/plans", "POST /api/plans", "GET /api/plans/{id}", "PUT /api/plans/{id}", "DELETE /api/plans/{id}",
                "POST /api/plans/{id}/enrolments", "DELETE /api/plans/{id}/enrolments/{prospectId}", "GET /api/plans/{id}/stats",
                "GET /api/prospects/{id}/referrals", "GET /api/referrals/stats", "GET /api/referrals/settings", "PUT /api/referrals/settings",
                "GET /api/stats", "GET /api/team/stats", "GET /api/team/reps/{rep}/stats",
                "POST /api/team/invitations", "DELETE /api/team/reps/{rep}",
                "POST /api/imports", "GET /api/exports/prospects.csv", "GET /api/prospects/{id}/vcard", "POST /api/calendar", "GET /cal/{token}.ics",
                "GET /api/prospects/{id}/signals", "POST /api/prospects/{id}/signals", "GET /api/prospects/{id}/timeline",
                "GET /api/org/scoring", "PUT /api/org/scoring", "GET /api/org/webhook", "POST /api/org/webhook-secret",
                "GET /api/unsubscribe/{token}", "POST /api/unsubscribe/{token}", "POST /hooks/signals/{org}");
        assertEquals(expected, api.routes().stream().map(r -> r.method() + " " + r.path()).toList());
        assertEquals(List.of("/cal/{token}.ics", "/api/unsubscribe/{token}", "/api/unsubscribe/{token}", "/hooks/signals/{org}"),
                api.routes().stream().filter(Route::isOpen).map(Route::path).toList(), "only the e-mail link, the calendar feed and the signed webhook are public");
    }

    @Test
    void unknownPath_is404Problem() {
        var r = call("GET", "/api/nothing/here");
        assertEquals(404, r.getStatusCode());
        assertEquals("https://salescarousel.dev/problems/not-found", problem(r).get("type"));
        assertEquals("no such route: GET /api/nothing/here", problem(r).get("detail"));
    }

    @Test
    void knownPathWithAnotherMethod_is405WithAllow() {
        var agenda = call("DELETE", "/api/agenda");
        assertEquals(405, agenda.getStatusCode());
        assertEquals("GET", agenda.getHeaders().get("allow"));
        assertEquals(405, ((Number) problem(agenda).get("status")).intValue());
        var prospect = call("POST", "/prod/api/prospects/" + SOME_ULID);
        assertEquals(405, prospect.getStatusCode());
        assertEquals("GET, PATCH, DELETE", prospect.getHeaders().get("allow"));
    }

    @Test
    void idsThatAreNotUlids_are404ForTheirKind() {
        var prospect = call("GET", "/api/prospects/not-a-ulid");
        assertEquals(404, prospect.getStatusCode());
        assertEquals("prospect not-a-ulid not found", problem(prospect).get("detail"));
        assertEquals(404, call("POST", "/api/prospects/nope/touches", true, Map.of(), "{\"channel\":\"call\",\"outcome\":\"no_answer\"}").getStatusCode());
        assertEquals(404, call("GET", "/api/prospects/nope/touches").getStatusCode());
        assertEquals(404, call("DELETE", "/api/prospects/nope").getStatusCode());
        assertEquals("template x1 not found", problem(call("GET", "/api/templates/x1")).get("detail"));
    }

    @Test
    void withoutCaller_is401_evenWhereNoRouteIs() {
        assertEquals(401, call("GET", "/api/agenda", false, Map.of(), null).getStatusCode());
        assertEquals(401, call("GET", "/api/nothing", false, Map.of(), null).getStatusCode());
        assertEquals(401, call("DELETE", "/api/agenda", false, Map.of(), null).getStatusCode());
    }

    @Test
    void unsubscribeLinks_needNoToken() {
        var forged = call("POST", "/api/unsubscribe/forged.token", false, Map.of(), "List-Unsubscribe=One-Click");
        assertEquals(404, forged.getStatusCode());
        assertTrue(forged.getHeaders().get("content-type").startsWith("text/html"));
        var put = call("PUT", "/api/unsubscribe/forged.token", false, Map.of(), null);
        assertEquals(405, put.getStatusCode());
        assertEquals("GET, POST", put.getHeaders().get("allow"));
    }

    @Test
    void preflight_is204WithoutToken() {
        var r = call("OPTIONS", "/api/prospects", false, Map.of(), null);
        assertEquals(204, r.getStatusCode());
        assertNull(r.getBody());
    }

    @Test
    void badLimitAndCursor_areNamedTogether() {
        var r = call("GET", "/api/prospects?limit=101&cursor=UFJPU1BFQ1QjYWJj");
        assertEquals(400, r.getStatusCode());
        assertEquals(List.of("limit", "cursor"), invalidFields(r));
    }

    @Test
    void patch_withoutVersion_is428_andWithAMalformedOne_is400OnIfMatch() {
        String path = "/api/prospects/" + SOME_ULID;
        var missing = call("PATCH", path, true, Map.of(), "{\"name\":\"Grace\"}");
        assertEquals(428, missing.getStatusCode());
        assertEquals(List.of("If-Match"), invalidFields(missing));
        var malformed = call("PATCH", path, true, Map.of("If-Match", "\"abc\""), "{\"name\":\"Grace\"}");
        assertEquals(400, malformed.getStatusCode());
        assertEquals(List.of("If-Match"), invalidFields(malformed));
    }
}
