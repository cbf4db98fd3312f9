package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** The checker the end-to-end suites rely on, fed hand-made responses: it must pass what the document says and catch the rest. */
class ApiContractTest {
    private static final String ID = "01KAB3C4D5E6F7G8H9JKMNPQRS";
    private static final String PROSPECT = "{\"id\":\"" + ID + "\",\"name\":\"Grace\",\"company\":null,\"email\":null,\"phone\":null,"
            + "\"title\":null,\"tier\":\"active\",\"status\":\"open\",\"source\":null,\"referredBy\":null,\"referredById\":null,"
            + "\"tags\":[],\"notes\":null,\"createdOn\":\"2026-11-24\",\"lastTouchAt\":null,\"lastTouchOn\":null,\"lastTouchNote\":null,"
            + "\"nextDueOn\":\"2026-11-24\",\"cadenceDueOn\":\"2026-11-24\",\"nextReferralAskOn\":null,\"thankYouOn\":null,\"thankYouFor\":null,\"wonOn\":null,"
            + "\"plan\":null,\"touchesSinceResponse\":0,\"touchCount\":0,\"salesReady\":false,\"salesReadyAt\":null,\"version\":1}";
    private static final String JSON = "application/json";

    @Test
    void documentedResponses_pass() {
        assertDoesNotThrow(() -> ApiContract.check(response("POST", "/api/prospects", 201, JSON, PROSPECT,
                "etag", "\"1\"", "location", "/api/prospects/" + ID)));
        assertDoesNotThrow(() -> ApiContract.check(response("DELETE", "/api/prospects/" + ID, 204, null, "")));
        assertDoesNotThrow(() -> ApiContract.check(response("GET", "/api/agenda?date=x", 400, "application/problem+json",
                "{\"type\":\"https://salescarousel.dev/problems/invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"date: must be a date\",\"invalid-params\":[{\"name\":\"date\",\"reason\":\"must be a date\"}]}")));
        assertDoesNotThrow(() -> ApiContract.check(response("GET", "/api/unsubscribe/a.b", 404, "text/html; charset=utf-8", "<!doctype html>")));
        assertDoesNotThrow(() -> ApiContract.check(response("POST", "/local/login", 500, "text/plain", "not the API")), "local routes are not the API");
    }

    @Test
    void undocumentedRouteOrStatus_fails() {
        assertTrue(message(response("GET", "/api/nowhere", 404, JSON, "{}")).startsWith("undocumented route: GET /api/nowhere"));
        assertTrue(message(response("PUT", "/api/prospects/" + ID, 405, JSON, "{}")).startsWith("undocumented route"));
        assertTrue(message(response("GET", "/api/prospects/" + ID, 500, JSON, "{}")).startsWith("undocumented status"));
    }

    @Test
    void bodyHeadersAndContentType_areChecked() {
        String missingField = PROSPECT.replace("\"salesReady\":false,", "");
        assertTrue(message(response("GET", "/api/prospects/" + ID, 200, JSON, missingField, "etag", "\"1\"")).contains("salesReady"));
        String badDate = PROSPECT.replace("\"nextDueOn\":\"2026-11-24\"", "\"nextDueOn\":\"+5881637-06-09\"");
        assertTrue(message(response("GET", "/api/prospects/" + ID, 200, JSON, badDate, "etag", "\"1\"")).contains("nextDueOn"));
        String extra = PROSPECT.replace("{", "{\"secret\":1,");
        assertTrue(message(response("GET", "/api/prospects/" + ID, 200, JSON, extra, "etag", "\"1\"")).contains("secret"));
        assertTrue(message(response("GET", "/api/prospects/" + ID, 200, JSON, PROSPECT)).contains("required header ETag"));
        assertTrue(message(response("GET", "/api/prospects/" + ID, 200, JSON, PROSPECT, "etag", "1")).contains("header ETag"));
        assertTrue(message(response("GET", "/api/prospects/" + ID, 200, "text/plain", PROSPECT, "etag", "\"1\"")).contains("content type"));
        assertTrue(message(response("DELETE", "/api/prospects/" + ID, 204, JSON, "{}")).contains("a body where the document describes none"));
    }

    @Test
    void documentOperations_areListedWithTheirTemplates() {
        var doc = OpenApiDocument.load();
        var ops = doc.operations().stream().map(OpenApiDocument.Operation::toString).toList();
        assertTrue(ops.contains("PATCH /api/prospects/{id}") && ops.contains("POST /api/unsubscribe/{token}"), ops.toString());
        assertEquals(ops.size(), ops.stream().distinct().count());
        assertTrue(ops.stream().allMatch(o -> o.contains(" /api/") || o.contains(" /cal/") || o.contains(" /hooks/")), "only the deployed API: " + ops);
        assertEquals(Optional.of(new OpenApiDocument.Operation("DELETE", "/api/push/subscription")), doc.find("delete", "/api/push/subscription"));
        assertEquals(Optional.empty(), doc.find("GET", "/api/prospects/" + ID + "/touches/extra"));
    }

    private static String message(HttpResponse<String> r) {
        return assertThrows(AssertionError.class, () -> ApiContract.check(r)).getMessage();
    }

    /** A response as HttpClient would hand it over; {@code headers} are name, value pairs. */
    private static HttpResponse<String> response(String method, String pathAndQuery, int status, String contentType, String body, String... headers) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8787" + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        Map<String, List<String>> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (contentType != null) h.put("content-type", List.of(contentType));
        for (int i = 0; i < headers.length; i += 2) h.put(headers[i], List.of(headers[i + 1]));
        HttpHeaders all = HttpHeaders.of(h, (k, v) -> true);
        return new HttpResponse<>() {
            public int statusCode() { return status; }
            public HttpRequest request() { return request; }
            public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
            public HttpHeaders headers() { return all; }
            public String body() { return body; }
            public Optional<SSLSession> sslSession() { return Optional.empty(); }
            public URI uri() { return request.uri(); }
            public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
