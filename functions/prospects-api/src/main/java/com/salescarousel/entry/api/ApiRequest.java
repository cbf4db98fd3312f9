package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.problem.Problem;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Claims;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an HTTP API v2 event a route needs, read and checked: path parameters, paging,
 * If-Match, the body. The caller comes only from the authorizer's claims.
 */
public final class ApiRequest {
    /** Nothing a rep sends is this big; larger bodies are refused before parsing. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** The webhooks' root: public routes that live beside {@code /api}, not under it. */
    static final String HOOKS = "/hooks";
    /** The calendar feeds' root, beside {@code /api} too. */
    static final String CAL = "/cal";

    private final APIGatewayV2HTTPEvent event;
    private final String method;
    private final List<String> segments;
    private final Map<String, String> pathParams;

    ApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
        var http = event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        this.method = http == null || http.getMethod() == null ? "GET" : http.getMethod().toUpperCase(Locale.ROOT);
        this.segments = segmentsAfterApi(event.getRawPath() != null ? event.getRawPath() : http == null ? "/" : http.getPath());
        this.pathParams = Map.of();
    }

    private ApiRequest(ApiRequest r, Map<String, String> pathParams) {
        this.event = r.event;
        this.method = r.method;
        this.segments = r.segments;
        this.pathParams = Map.copyOf(pathParams);
    }

    /**
     * Path segments after {@code /api}, whatever stage prefix API Gateway put before it. The public
     * roots beside {@code /api} keep their root as one segment: {@code /cal/x.ics} is {@code ["/cal",
     * "x.ics"]}, {@code /hooks/signals/o} is {@code ["/hooks", "signals", "o"]} (no segment of a real
     * path contains a slash, so {@code /api/hooks/...} can never reach a webhook route).
     */
    static List<String> segmentsAfterApi(String path) {
        List<String> parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).equals("api")) return parts.subList(i + 1, parts.size());
            String root = "/" + parts.get(i);
            if (root.equals(HOOKS) || root.equals(CAL)) {
                List<String> out = new ArrayList<>(parts.subList(i, parts.size()));
                out.set(0, root);
                return out;
            }
        }
        return parts;
    }

    /** This request with the values of its route's {@code {name}} segments. */
    ApiRequest withPathParams(Map<String, String> params) {
        return new ApiRequest(this, params);
    }

    public String method() { return method; }

    public List<String> segments() { return segments; }

    /** The value of a {@code {name}} segment of the route's path. */
    public String path(String name) {
        String v = pathParams.get(name);
        if (v == null) throw new IllegalStateException("the route has no {" + name + "} segment");
        return v;
    }

    /**
     * An id from the path. Ids are ULIDs: anything else cannot exist, and gets the same 404 as
     * another rep's id, so {@code what} ("prospect") is all the answer says.
     */
    public String id(String name, String what) {
        String id = path(name);
        if (!Ulid.looksValid(id)) throw new NotFound(what + " " + id);
        return id;
    }

    public Optional<Caller> caller() {
        var ctx = event.getRequestContext();
        if (ctx == null || ctx.getAuthorizer() == null || ctx.getAuthorizer().getJwt() == null) return Optional.empty();
        return Claims.caller(ctx.getAuthorizer().getJwt().getClaims());
    }

    public Optional<String> query(String name) {
        Map<String, String> q = event.getQueryStringParameters();
        return q == null ? Optional.empty() : Optional.ofNullable(q.get(name));
    }

    /** A query parameter that was sent with something in it. */
    public Optional<String> queryText(String name) {
        return query(name).filter(s -> !s.isBlank());
    }

    /** Header names are case-insensitive; API Gateway lower-cases them, tests may not. */
    public Optional<String> header(String name) {
        Map<String, String> h = event.getHeaders();
        if (h == null) return Optional.empty();
        return h.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    public String body() {
        byte[] bytes = bytes(MAX_BODY_BYTES);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The body's bytes as sent (what a webhook's signature covers); empty when there is none; 413 over the limit. */
    public byte[] rawBody() {
        byte[] bytes = bytes(MAX_BODY_BYTES);
        return bytes == null ? new byte[0] : bytes;
    }

    /** The raw body, refused with 413 (naming the limit) above {@code maxBytes}; null when there is none. */
    public byte[] bytes(int maxBytes) {
        String raw = event.getBody();
        if (raw == null) return null;
        byte[] bytes = event.getIsBase64Encoded() ? Base64.getDecoder().decode(raw) : raw.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new Problem(413, "Request too large", "the body is " + bytes.length + " bytes; the limit is " + maxBytes, List.of());
        }
        return bytes;
    }

    /** Where a list starts and how long it is: {@code limit} and the opaque {@code cursor} a previous page returned. */
    public record Page(int limit, String afterId) {}

    /** Reads {@code limit} (1 to {@code max}, default {@code defaultLimit}) and {@code cursor}, naming both when both are bad. */
    public Page page(int defaultLimit, int max) {
        List<FieldError> bad = new ArrayList<>();
        int limit = defaultLimit;
        String s = query("limit").orElse(null);
        if (s != null) {
            limit = parseLimit(s, max);
            if (limit < 0) bad.add(new FieldError("limit", "must be a whole number from 1 to " + max));
        }
        String cursor = query("cursor").orElse(null);
        String after = cursor == null ? null : cursorId(cursor);
        if (cursor != null && after == null) bad.add(new FieldError("cursor", "is not a cursor this API returned"));
        Invalid.throwIfAny(bad);
        return new Page(limit, after);
    }

    /**
     * The version the client last saw: the {@code If-Match} header, else {@code bodyVersion} (null
     * when the body has none); neither is 428, so another device's change is never overwritten blindly.
     */
    public long expectedVersion(Long bodyVersion, String howToSend) {
        return header("if-match").map(ApiRequest::version).or(() -> Optional.ofNullable(bodyVersion))
                .orElseThrow(() -> new Problem(428, "Version required", howToSend,
                        List.of(new Problem.InvalidParam("If-Match", "is required"))));
    }

    /** Accepts {@code 3}, {@code "3"} and {@code W/"3"}. */
    static long version(String ifMatch) {
        String v = ifMatch.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        v = v.replace("\"", "");
        try {
            long n = Long.parseLong(v);
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw Invalid.of("If-Match", "must be the item's version, a whole number");
        }
    }

    static String encodeCursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeCursor(String cursor) {
        String id = cursorId(cursor);
        if (id == null) throw Invalid.of("cursor", "is not a cursor this API returned");
        return id;
    }

    /** The id a cursor stands for; null when it is not one this API made. */
    private static String cursorId(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Ulid.looksValid(id) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** -1 when not a whole number from 1 to max. */
    private static int parseLimit(String s, int max) {
        try {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= max ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
