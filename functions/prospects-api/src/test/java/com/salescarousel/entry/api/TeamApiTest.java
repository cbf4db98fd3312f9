package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.team.Member;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.InMemoryTeamDirectory;
import com.salescarousel.testing.memory.RecordingSendQueue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The team routes on the fast tier (in-memory stores and directory): who may call them, what an
 * invitation and a disable write, and how bad input is refused. The access matrix over HTTP is in the
 * local cloud's {@code TeamE2EIT}.
 */
class TeamApiTest {
    private static final Instant NOW = Instant.parse("2027-02-26T09:00:00Z");

    private InMemoryStores stores;
    private ProspectsApiHandler handler;

    private record Who(String sub, String email, String name, String org, boolean manager) {}

    private static final Who MAYA = new Who("maya", "maya@acme.example", "Maya", "acme", true);
    private static final Who ADA = new Who("ada", "ada@acme.example", "Ada", "acme", false);
    private static final Who OTTO = new Who("otto", "otto@other.example", "Otto", "other", true);

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        handler = new ProspectsApiHandler(DaggerInMemoryProspectsApiComponent.factory().create(stores, new RecordingSendQueue(),
                new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF, new TestClock(NOW)));
        for (Who w : List.of(MAYA, ADA, OTTO)) assertEquals(200, call(w, "GET", "/api/me", null).getStatusCode()); // first sign-in
    }

    private APIGatewayV2HTTPResponse call(Who who, String method, String path, String body) {
        Map<String, String> claims = new HashMap<>(Map.of("sub", who.sub(), "email", who.email(), "name", who.name(), "custom:org", who.org()));
        if (who.manager()) claims.put("cognito:groups", "[managers]");
        int q = path.indexOf('?');
        Map<String, String> query = new HashMap<>();
        if (q >= 0) for (String kv : path.substring(q + 1).split("&")) query.put(kv.split("=")[0], kv.split("=")[1]);
        var ctx = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build());
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRawPath(q < 0 ? path : path.substring(0, q))
                .withQueryStringParameters(query).withBody(body).withIsBase64Encoded(false).withRequestContext(ctx.build()).build(), null);
    }

    private static Map<String, Object> json(APIGatewayV2HTTPResponse r) {
        return Json.object(r.getBody());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> invalid(APIGatewayV2HTTPResponse r) {
        return Set.copyOf(((List<Map<String, Object>>) json(r).get("invalid-params")).stream().map(p -> (String) p.get("name")).toList());
    }

    @Test
    void aRep_isForbiddenEveryTeamRoute_butReadsTheirOwnStats() {
        assertEquals(403, call(ADA, "GET", "/api/team/stats", null).getStatusCode());
        assertEquals(403, call(ADA, "GET", "/api/team/reps/maya/stats", null).getStatusCode());
        assertEquals(403, call(ADA, "POST", "/api/team/invitations", "{\"email\":\"x@acme.example\",\"name\":\"X\"}").getStatusCode());
        assertEquals(403, call(ADA, "DELETE", "/api/team/reps/maya", null).getStatusCode());
        var mine = call(ADA, "GET", "/api/stats", null);
        assertEquals(200, mine.getStatusCode());
        assertEquals(12, ((List<?>) json(mine).get("weeks")).size(), "12 weeks by default");
        assertEquals(0, stores.directory().user("x@acme.example").map(u -> 1).orElse(0), "nothing was created");
    }

    @Test
    void aTokenSayingManager_isNotEnough_theMembershipDecides() {
        Who promotedInToken = new Who("ada", "ada@acme.example", "Ada", "acme", true);
        assertEquals(403, call(promotedInToken, "GET", "/api/team/stats", null).getStatusCode());
    }

    @Test
    void invitation_createsTheUserInTheManagersOrg_once() {
        var r = call(MAYA, "POST", "/api/team/invitations", "{\"email\":\"Rita@Acme.example\",\"name\":\"Rita\",\"manager\":false}");
        assertEquals(201, r.getStatusCode(), r.getBody());
        String rita = (String) json(r).get("repId");
        assertEquals(Map.of("repId", rita, "name", "Rita", "email", "rita@acme.example", "role", "rep", "status", "invited"), json(r));
        assertEquals("/api/team/reps/" + rita + "/stats", r.getHeaders().get("location"));
        assertEquals("acme", stores.directory().user("rita@acme.example").orElseThrow().org(), "the org comes from Maya's token");
        var again = call(MAYA, "POST", "/api/team/invitations", "{\"email\":\"rita@acme.example\",\"name\":\"Rita\"}");
        assertEquals(200, again.getStatusCode(), "a retried invitation returns the first");
        assertEquals(rita, json(again).get("repId"));
        assertEquals(Member.Status.INVITED, stores.members().find("acme", rita).orElseThrow().status());

        var team = call(MAYA, "GET", "/api/team/stats?weeks=4", null);
        assertEquals(200, team.getStatusCode());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reps = (List<Map<String, Object>>) json(team).get("reps");
        assertEquals(List.of("Ada", "Maya", "Rita"), reps.stream().map(m -> m.get("name")).toList(), "active by name, then invited");
        assertEquals(4, ((List<?>) reps.get(2).get("weeks")).size());
        assertNull(reps.get(2).get("adherence"));
        assertEquals(409, call(MAYA, "POST", "/api/team/invitations", "{\"email\":\"ada@acme.example\",\"name\":\"Ada\"}").getStatusCode(),
                "already in the team");
        assertEquals(409, call(OTTO, "POST", "/api/team/invitations", "{\"email\":\"rita@acme.example\",\"name\":\"Rita\"}").getStatusCode(),
                "another team's user");
    }

    @Test
    void badInput_namesEveryField_andWritesNothing() {
        var r = call(MAYA, "POST", "/api/team/invitations", "{\"email\":\"nope\",\"name\":\"\",\"manager\":\"yes\",\"org\":\"other\"}");
        assertEquals(400, r.getStatusCode());
        assertEquals(Set.of("email", "name", "manager", "org"), invalid(r), r.getBody());
        assertEquals(Set.of("weeks"), invalid(call(ADA, "GET", "/api/stats?weeks=0", null)));
        assertEquals(Set.of("weeks"), invalid(call(ADA, "GET", "/api/stats?weeks=27", null)));
        assertEquals(Set.of("weeks"), invalid(call(MAYA, "GET", "/api/team/stats?weeks=twelve", null)));
        assertEquals(2, stores.members().of("acme").size(), "Maya, Ada and no one else");
    }

    @Test
    void anotherOrgsRep_isNotFound_aDisabledOne_staysReadable() {
        assertEquals(404, call(OTTO, "GET", "/api/team/reps/ada/stats", null).getStatusCode());
        assertEquals(404, call(OTTO, "DELETE", "/api/team/reps/ada", null).getStatusCode());
        assertEquals(404, call(MAYA, "GET", "/api/team/reps/not%20an%20id/stats", null).getStatusCode());
        String rita = (String) json(call(MAYA, "POST", "/api/team/invitations", "{\"email\":\"rita@acme.example\",\"name\":\"Rita\"}"))
                .get("repId");
        assertEquals(204, call(MAYA, "DELETE", "/api/team/reps/" + rita, null).getStatusCode());
        assertEquals(204, call(MAYA, "DELETE", "/api/team/reps/" + rita, null).getStatusCode(), "twice is harmless");
        assertFalse(stores.directory().user("rita@acme.example").orElseThrow().enabled());
        var read = call(MAYA, "GET", "/api/team/reps/" + rita + "/stats?weeks=2", null);
        assertEquals(200, read.getStatusCode());
        assertEquals("disabled", json(read).get("status"));
        assertEquals(Set.of("rep"), invalid(call(MAYA, "DELETE", "/api/team/reps/maya", null)), "not yourself");
        assertEquals(InMemoryTeamDirectory.subjectFor("rita@acme.example"), rita);
    }
}
