package com.salescarousel.local;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every {@code /api} (and {@code /cal}, {@code /hooks}) response the end-to-end suites get to openapi.yaml: the route and the
 * status must be documented, and the content type, the required headers and the JSON body must be
 * what the document says (JSON Schema 2020-12, formats asserted). Local-only routes and the app's
 * files are not the deployed API and are let through. A mismatch fails the test that made the call.
 */
public final class ApiContract {
    private static final ApiContract INSTANCE = new ApiContract(OpenApiDocument.load());
    /** Served by the local cloud from the jar (the document itself), not by the deployed API. */
    private static final String DOCUMENT_ROUTE = "/api/openapi.yaml";

    private final OpenApiDocument doc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31());
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ApiContract(OpenApiDocument doc) {
        this.doc = doc;
    }

    /** The suites' hook: call it on every response; it throws {@link AssertionError} on a mismatch. */
    public static void check(HttpResponse<String> r) {
        INSTANCE.verify(r);
    }

    void verify(HttpResponse<String> r) {
        String method = r.request().method();
        String path = r.request().uri().getRawPath();
        if (!(path.startsWith("/api/") || path.startsWith("/cal/") || path.startsWith("/hooks/")) || path.equals(DOCUMENT_ROUTE)) return;
        String call = method + " " + path + " -> " + r.statusCode();
        var op = doc.find(method, path).orElseThrow(() -> new AssertionError("undocumented route: " + call));
        var responses = doc.node(op).path("responses");
        String status = String.valueOf(r.statusCode());
        String key = responses.has(status) ? status : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX" : "default";
        if (!responses.has(key)) throw new AssertionError("undocumented status: " + call + " (" + op + " documents " + responses.propertyNames() + ")");
        var response = doc.resolve(responses.get(key), OpenApiDocument.pointer(op) + "/responses/" + key);

        List<String> problems = new ArrayList<>();
        checkHeaders(r, response, problems);
        checkBody(r, response, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(call + " breaks openapi.yaml (" + response.pointer() + "):\n  " + String.join("\n  ", problems)
                    + "\nbody: " + abbreviate(r.body()));
        }
    }

    private void checkHeaders(HttpResponse<String> r, OpenApiDocument.Located response, List<String> problems) {
        for (var h : response.node().path("headers").properties()) {
            var header = doc.resolve(h.getValue(), response.pointer() + "/headers/" + OpenApiDocument.escape(h.getKey()));
            var value = r.headers().firstValue(h.getKey());
            if (value.isEmpty()) {
                if (header.node().path("required").asBoolean(false)) problems.add("required header " + h.getKey() + " is missing");
                continue;
            }
            if (header.node().has("schema")) {
                for (Error e : schema(header.pointer() + "/schema").validate(json.getNodeFactory().stringNode(value.get()), Formats::on)) {
                    problems.add("header " + h.getKey() + ": " + e.getMessage());
                }
            }
        }
    }

    private void checkBody(HttpResponse<String> r, OpenApiDocument.Located response, List<String> problems) {
        var content = response.node().path("content");
        String body = r.body();
        if (content.isEmpty()) {
            if (!body.isEmpty()) problems.add("a body where the document describes none");
            return;
        }
        String type = r.headers().firstValue("content-type").map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("");
        if (!content.has(type)) {
            problems.add("content type '" + type + "' is not one of " + content.propertyNames());
            return;
        }
        if (!(type.equals("application/json") || type.endsWith("+json")) || !content.get(type).has("schema")) return;
        JsonNode instance;
        try {
            instance = json.readTree(body);
        } catch (JacksonException e) {
            problems.add("the body is not JSON: " + e.getOriginalMessage());
            return;
        }
        for (Error e : schema(response.pointer() + "/content/" + OpenApiDocument.escape(type) + "/schema").validate(instance, Formats::on)) {
            problems.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
    }

    /** The schema at a pointer into the document, compiled once; $refs resolve within the document. */
    private Schema schema(String pointer) {
        return compiled.computeIfAbsent(pointer, p -> schemas.getSchema(SchemaLocation.of("classpath:openapi.yaml#" + p)));
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "...";
    }

    /** Since 2019-09 formats only annotate by default; the API promises real dates and instants. */
    private static final class Formats {
        static void on(com.networknt.schema.ExecutionContext context) {
            context.executionConfig(c -> c.formatAssertionsEnabled(true));
        }
    }
}
