package com.salescarousel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Forbidden;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each domain refusal as the problem document the API answers with (the types and titles the app and clients know). */
class ProblemsTest {
    private static final String TYPES = "https://salescarousel.dev/problems/";

    @Test
    void invalid_is400NamingEveryField() {
        var body = ProblemJson.of(Problems.of(new Invalid(List.of(
                new FieldError("email", "must be an e-mail address"), new FieldError("tags[1]", "must be a non-empty string")))));
        assertEquals(TYPES + "invalid-request", body.get("type"));
        assertEquals("Invalid request", body.get("title"));
        assertEquals(400, body.get("status"));
        assertEquals("2 fields are invalid: email, tags[1]", body.get("detail"));
        assertEquals(List.of(Map.of("name", "email", "reason", "must be an e-mail address"),
                Map.of("name", "tags[1]", "reason", "must be a non-empty string")), body.get("invalid-params"));
    }

    @Test
    void invalid_withOneField_saysWhichInTheDetail() {
        var p = Problems.of(Invalid.of("at", "touches cannot be logged in the future"));
        assertEquals("at: touches cannot be logged in the future", p.detail());
        assertEquals(List.of(new Problem.InvalidParam("at", "touches cannot be logged in the future")), p.invalidParams());
    }

    @Test
    void invalid_withNoFields_cannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new Invalid(List.of()));
    }

    @Test
    void notFound_is404WithoutInvalidParams() {
        var body = ProblemJson.of(Problems.of(new NotFound("prospect 01J00000000000000000000000")));
        assertEquals(TYPES + "not-found", body.get("type"));
        assertEquals("Not found", body.get("title"));
        assertEquals(404, body.get("status"));
        assertEquals("prospect 01J00000000000000000000000 not found", body.get("detail"));
        assertFalse(body.containsKey("invalid-params"));
    }

    @Test
    void forbidden_is403() {
        var p = Problems.of(new Forbidden("only managers change the team's tiers"));
        assertEquals(403, p.status());
        assertEquals(TYPES + "forbidden", p.type());
        assertEquals("Forbidden", p.title());
        assertEquals("only managers change the team's tiers", p.detail());
    }

    @Test
    void staleVersion_is409VersionConflictCarryingTheCurrentVersion() {
        var body = ProblemJson.of(Problems.of(Conflict.staleVersion("template", 4)));
        assertEquals(TYPES + "version-conflict", body.get("type"));
        assertEquals("Version conflict", body.get("title"));
        assertEquals(409, body.get("status"));
        assertEquals("the template was changed since the version you sent; current version is 4", body.get("detail"));
        assertEquals(4L, body.get("currentVersion"));
    }

    @Test
    void busy_is503TitledBusy_neverAConflictOfTheClient() {
        var p = Problems.of(Conflict.busy("the prospect kept changing; try again"));
        assertEquals(503, p.status());
        assertEquals(TYPES + "busy", p.type());
        assertEquals("Busy", p.title());
    }

    @Test
    void suppressed_is409OfItsOwnType() {
        var p = Problems.of(Conflict.suppressed("grace@navy.example unsubscribed"));
        assertEquals(409, p.status());
        assertEquals(TYPES + "address-suppressed", p.type());
        assertEquals("Address suppressed", p.title());
    }

    @Test
    void duplicate_is409NamingTheFieldAndTheExistingItem() {
        var body = ProblemJson.of(Problems.of(Conflict.duplicate("email", "another prospect has this address", "01J0000000000000000000000A")));
        assertEquals(409, body.get("status"));
        assertEquals(TYPES + "duplicate", body.get("type"));
        assertEquals(List.of(Map.of("name", "email", "reason", "another prospect has this address")), body.get("invalid-params"));
        assertEquals("01J0000000000000000000000A", body.get("existingId"));
    }

    @Test
    void extensions_neverShadowTheStandardMembers() {
        var c = new Conflict(Conflict.Kind.BUSY, "busy", List.of(), Map.of("status", 200, "retryAfterSeconds", 1));
        var body = ProblemJson.of(Problems.of(c));
        assertEquals(503, body.get("status"));
        assertEquals(1, body.get("retryAfterSeconds"));
    }

    @Test
    void edgeProblems_keepTheirDocumentedTypes() {
        assertEquals(TYPES + "too-large", new Problem(413, "Request too large", "big", List.of()).type());
        assertEquals(TYPES + "unauthorized", new Problem(401, "Unauthorized", "no token", List.of()).type());
        assertEquals(TYPES + "precondition-required", new Problem(428, "Version required", "send If-Match", List.of()).type());
        assertEquals("about:blank", new Problem(405, "Method not allowed", "use GET", List.of()).type());
        assertEquals(400, Problem.invalid("at", "bad").status());
        assertEquals(TYPES + "not-found", Problem.notFound("/x").type());
    }
}
