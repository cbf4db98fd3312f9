package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.salescarousel.problem.Problem;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Claims;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The parts of an HTTP API v2 event a route needs; the caller comes only from the authorizer's claims. */
public final class ApiRequest {
    /** Nothing a rep sends is this big; larger bodies are refused before parsing. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final APIGatewayV2HTTPEvent event;
    private final String method;
    private final List<String> segments;

    ApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
        var http = event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        this.method = http == null || http.getMethod() == null ? "GET" : http.getMethod().toUpperCase(Locale.ROOT);
        this.segments = segmentsAfterApi(event.getRawPath() != null ? event.getRawPath() : http == null ? "/" : http.getPath());
    }

    /** Path segments after {@code /api}, whatever stage prefix API Gateway put before it. */
    static List<String> segmentsAfterApi(String path) {
        List<String> parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        int api = parts.indexOf("api");
        return api < 0 ? parts : parts.subList(api + 1, parts.size());
    }

    public String method() { return method; }

    public List<String> segments() { return segments; }

    public Optional<Caller> caller() {
        var ctx = event.getRequestContext();
        if (ctx == null || ctx.getAuthorizer() == null || ctx.getAuthorizer().getJwt() == null) return Optional.empty();
        return Claims.caller(ctx.getAuthorizer().getJwt().getClaims());
    }

    public Optional<String> query(String name) {
        Map<String, String> q = event.getQueryStringParameters();
        return q == null ? Optional.empty() : Optional.ofNullable(q.get(name));
    }

    /** Header names are case-insensitive; API Gateway lower-cases them, tests may not. */
    public Optional<String> header(String name) {
        Map<String, String> h = event.getHeaders();
        if (h == null) return Optional.empty();
        return h.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    public String body() {
        String raw = event.getBody();
        if (raw == null) return null;
        byte[] bytes = event.getIsBase64Encoded() ? Base64.getDecoder().decode(raw) : raw.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new Problem(413, "Request too large", "the body is " + bytes.length + " bytes; the limit is " + MAX_BODY_BYTES, List.of());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
