package com.salescarousel.entry.api;

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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rep's-app rules at the API (issue 10), on the in-memory stores: every bad field at once, duplicates, undo, notes. */
class RepAppApiTest {
    private InMemoryStores stores;
    private ApiCalls api;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        var graph = DaggerInMemoryProspectsApiComponent.factory().create(stores, new RecordingSendQueue(),
                new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF, new TestClock(ApiCalls.NOW));
        api = new ApiCalls(graph.prospectsApi());
    }

    private Map<?, ?> ok(APIGatewayV2HTTPResponse r, int status) {
        assertEquals(status, r.getStatusCode(), r.getBody());
        return ApiCalls.json(r);
    }

    private Set<?> invalid(APIGatewayV2HTTPResponse r, int status) {
        assertEquals(status, r.getStatusCode(), r.getBody());
        return Set.copyOf(ApiCalls.invalidFields(r));
    }

    private String create(String json) {
        return (String) ok(api.call("POST", "/api/prospects", json), 201).get("id");
    }

    @Test
    void create_namesTheBadEmailAndTheUnknownTier_together() {
        var r = api.call("POST", "/api/prospects", "{\"name\":\"X\",\"email\":\"nope\",\"tier\":\"gold\"}");
        assertEquals(Set.of("email", "tier"), invalid(r, 400));
        assertEquals(0, stores.itemsOf("ada"), "nothing: no prospect, no e-mail hold, not even a first-seen profile");
    }

    @Test
    void patch_namesEveryBadField_withTheTier_beforeAskingForTheVersion() {
        String id = create("{\"name\":\"Grace\"}");
        var r = api.call("PATCH", "/api/prospects/" + id, true, Map.of(), "{\"email\":\"nope\",\"tier\":\"gold\",\"status\":\"sleeping\"}");
        assertEquals(Set.of("email", "tier", "status"), invalid(r, 400));
        var tierOnly = api.call("PATCH", "/api/prospects/" + id, true, Map.of("If-Match", "1"), "{\"tier\":\"gold\"}");
        assertEquals(Set.of("tier"), invalid(tierOnly, 400));
    }

    @Test
    void aSecondProspectWithTheSameEmail_is409NamingEmail_withTheExistingId() {
        String mo = create("{\"name\":\"Mo Ahmad\",\"email\":\"Mo.Ahmad@Example.COM\"}");
        var dup = api.call("POST", "/api/prospects", "{\"name\":\"Mo\",\"email\":\"mo.ahmad@example.com\"}");
        assertEquals(List.of("email"), ApiCalls.invalidFields(dup));
        assertEquals(409, dup.getStatusCode());
        var body = ApiCalls.problem(dup);
        assertEquals("https://salescarousel.dev/problems/duplicate", body.get("type"));
        assertEquals(mo, body.get("existingId"));
    }

    @Test
    void undo_restoresTheProspect_andANoteEdit_followsToItsLastNote() {
        String id = create("{\"name\":\"Grace\",\"tier\":\"working\"}");
        Map<?, ?> before = ok(api.call("GET", "/api/prospects/" + id), 200);
        Map<?, ?> logged = ok(api.call("POST", "/api/prospects/" + id + "/touches", "{\"channel\":\"call\",\"outcome\":\"not_interested\"}"), 201);
        Map<?, ?> moved = (Map<?, ?>) logged.get("prospect");
        assertEquals("nurture", moved.get("tier"));
        String touchId = (String) ((Map<?, ?>) logged.get("touch")).get("id");

        Map<?, ?> noted = ok(api.call("PATCH", "/api/prospects/" + id + "/touches/" + touchId, "{\"note\":\"wants a call in spring\"}"), 200);
        assertEquals("wants a call in spring", ((Map<?, ?>) noted.get("touch")).get("note"));
        assertEquals("wants a call in spring", ((Map<?, ?>) noted.get("prospect")).get("lastTouchNote"));

        var undone = api.call("DELETE", "/api/prospects/" + id + "/touches/" + touchId);
        Map<?, ?> after = (Map<?, ?>) ok(undone, 200).get("prospect");
        for (String f : List.of("tier", "nextDueOn", "lastTouchOn", "lastTouchNote", "touchCount", "touchesSinceResponse")) {
            assertEquals(before.get(f), after.get(f), f);
        }
        assertEquals("\"" + after.get("version") + "\"", undone.getHeaders().get("etag"));
        assertEquals(404, api.call("DELETE", "/api/prospects/" + id + "/touches/" + touchId).getStatusCode());
        assertEquals(404, api.call("DELETE", "/api/prospects/" + id + "/touches/not-a-ulid").getStatusCode());
    }

    @Test
    void notes_overTheLimit_areRefused_neverCut() {
        String id = create("{\"name\":\"Grace\"}");
        var touch = api.call("POST", "/api/prospects/" + id + "/touches",
                "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"note\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(Set.of("note"), invalid(touch, 400));
        assertEquals("must be at most 2000 characters", ((Map<?, ?>) ((List<?>) ApiCalls.problem(touch).get("invalid-params")).get(0)).get("reason"));
        var atTheLimit = ok(api.call("POST", "/api/prospects/" + id + "/touches",
                "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"note\":\"" + "x".repeat(2000) + "\"}"), 201);
        assertEquals(2000, ((String) ((Map<?, ?>) atTheLimit.get("touch")).get("note")).length());
        var notes = api.call("POST", "/api/prospects", "{\"name\":\"Ann\",\"notes\":\"" + "y".repeat(4001) + "\"}");
        assertEquals(Set.of("notes"), invalid(notes, 400));
        var edit = api.call("PATCH", "/api/prospects/" + id + "/touches/" + ((Map<?, ?>) atTheLimit.get("touch")).get("id"),
                "{\"note\":\"" + "z".repeat(2001) + "\"}");
        assertEquals(Set.of("note"), invalid(edit, 400));
        var missing = api.call("PATCH", "/api/prospects/" + id + "/touches/" + ((Map<?, ?>) atTheLimit.get("touch")).get("id"), "{}");
        assertEquals(Set.of("note"), invalid(missing, 400));
    }

    @Test
    void theAgenda_saysHowManyDueTouchesAreDoneToday() {
        String a = create("{\"name\":\"Ann\"}");
        create("{\"name\":\"Bea\"}");
        assertEquals(0, ((Number) ok(api.call("GET", "/api/agenda"), 200).get("done")).intValue());
        ok(api.call("POST", "/api/prospects/" + a + "/touches", "{\"channel\":\"call\",\"outcome\":\"no_answer\"}"), 201);
        Map<?, ?> agenda = ok(api.call("GET", "/api/agenda"), 200);
        assertEquals(1, ((Number) agenda.get("done")).intValue());
        assertEquals(1, ((List<?>) agenda.get("due")).size());
        assertNull(ok(api.call("GET", "/api/prospects/" + a), 200).get("lastTouchNote"));
    }
}
