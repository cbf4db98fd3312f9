package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import com.salescarousel.local.LocalApi.Res;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A team on the local cloud over HTTP: a manager invites a rep, the invited e-mail signs in and lands
 * in the manager's org, and the access matrix of the coaching routes (rep, manager, another org's
 * manager, a disabled rep); then the Monday e-mail. Every answer is checked against openapi.yaml.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamE2EIT {
    /** Monday 22 February 2027 (2027-W08), 06:00 UTC. */
    private static final Instant MONDAY = Instant.parse("2027-02-22T06:00:00Z");

    private LocalCloud cloud;
    private LocalApi api;
    private String maya, ada, otto, adaId;

    @BeforeAll
    void start() throws Exception {
        cloud = LocalCloud.start(new Options(0, null, MONDAY, null));
        api = new LocalApi(cloud.url());
        maya = api.login("{\"email\":\"maya@acme.example\",\"name\":\"Maya\",\"role\":\"manager\",\"org\":\"acme\"}");
        Res a = api.call("POST", "/local/login", null, "{\"email\":\"ada@acme.example\",\"name\":\"Ada\",\"org\":\"acme\"}");
        ada = a.str("token");
        adaId = a.str("repId");
        otto = api.login("{\"email\":\"otto@other.example\",\"name\":\"Otto\",\"role\":\"manager\",\"org\":\"other\"}");
    }

    @AfterAll
    void stop() {
        cloud.close();
    }

    private Res call(String method, String path, String token, String body) throws Exception {
        return api.call(method, path, token, body);
    }

    private Map<String, Object> row(String token, String name) throws Exception {
        return call("GET", "/api/team/stats?weeks=2", token, null).list("reps").stream().filter(r -> name.equals(r.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in the team"));
    }

    @Test
    void invitedRep_signsInIntoTheManagersOrg_andTheAccessMatrixHolds() throws Exception {
        Res invited = call("POST", "/api/team/invitations", maya, "{\"email\":\"rita@acme.example\",\"name\":\"Rita\"}");
        assertEquals(201, invited.status());
        String rita = invited.str("repId");
        assertEquals("invited", row(maya, "Rita").get("status"));

        // The invitation wins over the login form, as Cognito's attributes would: acme, rep, the invited name.
        Res login = call("POST", "/local/login", null, "{\"email\":\"rita@acme.example\",\"role\":\"manager\"}");
        assertEquals(rita, login.str("repId"));
        String ritaToken = login.str("token");
        Res me = call("GET", "/api/me", ritaToken, null);
        assertEquals(List.of("acme", "rep", "Rita"), List.of(me.str("org"), me.str("role"), me.str("name")));
        assertEquals("active", row(maya, "Rita").get("status"), "her first sign-in made the membership active");

        String id = call("POST", "/api/prospects", ritaToken, "{\"name\":\"Grace Hopper\"}").str("id");
        assertEquals(201, call("POST", "/api/prospects/" + id + "/touches", ritaToken,
                "{\"channel\":\"call\",\"outcome\":\"replied\",\"at\":\"2027-02-17T10:00:00Z\"}").status());

        // The matrix: the manager reads, a rep of the team is forbidden, another org's manager finds nobody.
        Res seen = call("GET", "/api/team/reps/" + rita + "/stats?weeks=2", maya, null);
        assertEquals(200, seen.status());
        List<Map<String, Object>> weeks = seen.list("weeks");
        assertEquals(List.of("2027-W07", "2027-W08"), weeks.stream().map(w -> w.get("week")).toList());
        assertEquals(List.of(1, 1, 1), List.of(weeks.get(0).get("touches"), weeks.get(0).get("responses"), weeks.get(1).get("added")),
                "the back-dated reply counts in W07, the prospect was added in W08");
        assertEquals(403, call("GET", "/api/team/reps/" + rita + "/stats", ada, null).status());
        assertEquals(403, call("GET", "/api/team/stats", ada, null).status());
        assertEquals(403, call("POST", "/api/team/invitations", ada, "{\"email\":\"x@acme.example\",\"name\":\"X\"}").status());
        assertEquals(403, call("DELETE", "/api/team/reps/" + rita, ada, null).status());
        assertEquals(404, call("GET", "/api/team/reps/" + rita + "/stats", otto, null).status());
        assertEquals(404, call("DELETE", "/api/team/reps/" + rita, otto, null).status());
        assertEquals(List.of("Otto"), call("GET", "/api/team/stats", otto, null).list("reps").stream().map(r -> r.get("name")).toList());
        assertEquals(200, call("GET", "/api/stats", ada, null).status(), "every rep reads their own");

        // Disabled: the token and the login are refused; the manager still reads the figures.
        assertEquals(204, call("DELETE", "/api/team/reps/" + rita, maya, null).status());
        assertEquals(401, call("GET", "/api/agenda", ritaToken, null).status());
        assertEquals(403, call("POST", "/local/login", null, "{\"email\":\"rita@acme.example\"}").status());
        Res after = call("GET", "/api/team/reps/" + rita + "/stats?weeks=2", maya, null);
        assertEquals(List.of("disabled", 1), List.of(after.str("status"), after.list("weeks").get(0).get("touches")));
    }

    @Test
    void uninvitedSignIn_joinsTheOrgItNames_asTheLocalCloudAlwaysAllowed() throws Exception {
        String zed = api.login("{\"email\":\"zed@acme.example\",\"name\":\"Zed\",\"org\":\"acme\"}");
        assertEquals(200, call("GET", "/api/me", zed, null).status());
        assertEquals("active", row(maya, "Zed").get("status"));
        assertEquals(403, call("GET", "/api/team/stats", zed, null).status());
        assertEquals(409, call("POST", "/api/team/invitations", otto, "{\"email\":\"ada@acme.example\",\"name\":\"Ada\"}").status(),
                "Ada signed in to acme: not invitable into another team");
        assertEquals(adaId, row(maya, "Ada").get("repId"));
        Res dup = call("POST", "/api/team/invitations", maya, "{\"email\":\"ADA@acme.example\",\"name\":\"Ada\"}");
        assertEquals(List.of(409, adaId), List.of(dup.status(), dup.str("existingId")), "already in the team");
    }

    @Test
    void mondayEmail_goesToTheManagerOnce_withLastWeeksTable_andMorningsNoteTheOverdueTrend() throws Exception {
        String due = call("POST", "/api/prospects", ada, "{\"name\":\"Ken Thompson\"}").str("id"); // due Monday 22 Feb
        String at = "2027-02-22T07:00:00Z"; // Maya's digest hour (07:00 UTC) on a Monday
        assertEquals(200, call("POST", "/local/scheduler/run?at=" + at, null, null).status());
        assertEquals(200, call("POST", "/local/scheduler/run?at=" + at, null, null).status());
        Res box = call("GET", "/local/outbox?to=maya@acme.example", null, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mails = (List<Map<String, Object>>) Json.object("{\"l\":" + box.raw().body() + "}").get("l");
        List<Map<String, Object>> team = mails.stream().filter(m -> ((String) m.get("subject")).startsWith("Team week 2027-W07")).toList();
        assertEquals(1, team.size(), "once, however often the run fires: " + mails);
        assertTrue(((String) team.get(0).get("text")).contains("Ada"), (String) team.get(0).get("text"));
        assertTrue(!call("GET", "/local/outbox?to=ada@acme.example", null, null).raw().body().contains("Team week"), "reps get no team mail");

        assertEquals(0, overdueOf("2027-W08"), "Monday: due today, not overdue");
        assertEquals(200, call("POST", "/local/scheduler/run?at=2027-02-24T07:00:00Z", null, null).status());
        assertEquals(1, overdueOf("2027-W08"), "Wednesday: " + due + " is two days overdue");
        assertEquals(null, call("GET", "/api/stats?weeks=2", ada, null).list("weeks").get(0).get("overdue"), "W07 had no morning run");
    }

    private int overdueOf(String week) throws Exception {
        return ((Number) call("GET", "/api/stats?weeks=2", ada, null).list("weeks").stream().filter(w -> week.equals(w.get("week")))
                .findFirst().orElseThrow().get("overdue")).intValue();
    }
}
