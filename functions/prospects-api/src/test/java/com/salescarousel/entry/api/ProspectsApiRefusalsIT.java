package com.salescarousel.entry.api;

import static com.salescarousel.entry.api.ApiCalls.invalidFields;
import static com.salescarousel.entry.api.ApiCalls.json;
import static com.salescarousel.entry.api.ApiCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.testing.DynamoDbFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The domain's refusals as the API answers them, on DynamoDB Local: every bad field named at once,
 * conflicts carrying what the client needs to recover, and nothing written.
 */
class ProspectsApiRefusalsIT {
    private ApiCalls api;
    private DynamoDbClient ddb;
    private String table;

    @BeforeEach
    void wire() {
        var endpoint = DynamoDbFixture.localEndpoint();
        ddb = DynamoDbFixture.client(endpoint);
        table = DynamoDbFixture.freshTable(ddb);
        api = new ApiCalls(ApiCalls.wired(DynamoDbFixture.settings(table, endpoint)));
    }

    private String grace() {
        var r = api.call("POST", "/api/prospects", "{\"name\":\"Grace Hopper\",\"tier\":\"working\"}");
        assertEquals(201, r.getStatusCode(), r.getBody());
        return (String) json(r).get("id");
    }

    @Test
    void patch_withUnknownTierAndPastSnooze_namesBothAndWritesNothing() {
        String id = grace();
        int items = DynamoDbFixture.itemsOf(ddb, table, "ada");
        var r = api.call("PATCH", "/api/prospects/" + id, true, Map.of("If-Match", "\"1\""),
                "{\"tier\":\"gold\",\"snoozeUntil\":\"2026-11-01\"}");
        assertEquals(400, r.getStatusCode(), r.getBody());
        assertEquals(List.of("tier", "snoozeUntil"), invalidFields(r));
        assertEquals(items, DynamoDbFixture.itemsOf(ddb, table, "ada"));
        assertEquals(1, ((Number) json(api.call("GET", "/api/prospects/" + id)).get("version")).intValue());
    }

    @Test
    void patch_withAStaleVersion_is409CarryingTheCurrentVersion() {
        String id = grace();
        assertEquals(200, api.call("PATCH", "/api/prospects/" + id, true, Map.of("If-Match", "1"), "{\"name\":\"Grace H.\"}").getStatusCode());
        var stale = api.call("PATCH", "/api/prospects/" + id, true, Map.of("If-Match", "1"), "{\"name\":\"Amazing Grace\"}");
        assertEquals(409, stale.getStatusCode());
        var p = problem(stale);
        assertEquals("https://salescarousel.dev/problems/version-conflict", p.get("type"));
        assertEquals(2, ((Number) p.get("currentVersion")).intValue());
        assertEquals("Grace H.", json(api.call("GET", "/api/prospects/" + id)).get("name"));
    }

    @Test
    void list_withUnknownTierAndOverlongSearch_namesBoth() {
        var r = api.call("GET", "/api/prospects?tier=gold&q=" + "x".repeat(101));
        assertEquals(400, r.getStatusCode(), r.getBody());
        assertEquals(List.of("q", "tier"), invalidFields(r));
        assertTrue(((String) problem(r).get("detail")).contains("2 fields are invalid"));
    }

    @Test
    void send_withUnknownTemplateToAProspectWithoutAddress_namesBothAndQueuesNothing() {
        String id = grace();
        var r = api.call("POST", "/api/prospects/" + id + "/send", "{\"templateId\":\"01M86N96NHN6H247XZ1GSYCD0Q\",\"relevantInfo\":\"x\"}");
        assertEquals(400, r.getStatusCode(), r.getBody());
        assertEquals(List.of("templateId", "prospectId"), invalidFields(r));
        assertEquals(List.of(), json(api.call("GET", "/api/outbox")).get("items"));
    }

    @Test
    void templateReplace_withAStaleVersion_saysTemplate() {
        var created = api.call("POST", "/api/templates", "{\"name\":\"Hi\",\"subject\":\"Hello\",\"bodyText\":\"Hi {{prospect.firstName}}\"}");
        assertEquals(201, created.getStatusCode(), created.getBody());
        String path = "/api/templates/" + json(created).get("id");
        String body = "{\"name\":\"Hi\",\"subject\":\"Hello again\",\"bodyText\":\"Hi\"}";
        assertEquals(200, api.call("PUT", path, true, Map.of("If-Match", "1"), body).getStatusCode());
        var stale = api.call("PUT", path, true, Map.of("If-Match", "1"), body);
        assertEquals(409, stale.getStatusCode());
        assertEquals("the template was changed since the version you sent; current version is 2", problem(stale).get("detail"));
        assertEquals(2, ((Number) problem(stale).get("currentVersion")).intValue());
    }
}
