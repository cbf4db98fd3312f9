package com.salescarousel.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.entry.api.ProspectsApiHandler;
import com.salescarousel.problem.Problem;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What API Gateway does in front of the API function: the JWT authorizer (401 for a missing, forged
 * or expired token), the public routes that skip it as template.yaml declares them, the payload 2.0
 * event, and the function's response written back as HTTP.
 */
final class LocalApiGateway {
    /** Paths template.yaml routes to the function without the authorizer. */
    private static final List<String> PUBLIC_PREFIXES = List.of("/api/unsubscribe/", "/hooks/", "/cal/");
    static final String OPENAPI = "/api/openapi.yaml";

    private final LocalTokens tokens;
    private final ProspectsApiHandler api;
    private final Clock clock;
    /** Subjects a manager disabled: their tokens are refused, as Cognito stops them signing in or refreshing. */
    private final Predicate<String> disabled;

    LocalApiGateway(LocalTokens tokens, ProspectsApiHandler api, Clock clock, Predicate<String> disabled) {
        this.tokens = tokens;
        this.api = api;
        this.clock = clock;
        this.disabled = disabled;
    }

    /** The paths this front answers; everything else belongs to the local routes or the app. */
    static boolean handles(String path) {
        return path.equals("/api") || path.startsWith("/api/") || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        if (path.equals(OPENAPI)) {
            openApi(ex);
            return;
        }
        boolean open = PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
        var claims = open ? Optional.<Map<String, String>>of(Map.of())
                : tokens.verify(ex.getRequestHeaders().getFirst("Authorization")).filter(c -> !disabled.test(c.get("sub")));
        if (claims.isEmpty()) {
            ex.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            throw new Problem(401, "Unauthorized", "a valid bearer token is required: POST /local/login first", List.of());
        }
        String body = Exchanges.body(ex, Exchanges.GATEWAY_MAX_BODY);
        var event = ApiGatewayBridge.event(ex, body, claims.get(), clock.instant());
        write(ex, api.handleRequest(event, null));
    }

    private static void write(HttpExchange ex, APIGatewayV2HTTPResponse res) throws IOException {
        if (res.getHeaders() != null) res.getHeaders().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (res.getMultiValueHeaders() != null) {
            res.getMultiValueHeaders().forEach((k, vs) -> vs.forEach(v -> ex.getResponseHeaders().add(k, v)));
        }
        byte[] bytes = res.getBody() == null ? new byte[0]
                : res.getIsBase64Encoded() ? Base64.getDecoder().decode(res.getBody()) : res.getBody().getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(res.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) ex.getResponseBody().write(bytes);
    }

    /** The API's OpenAPI document, public like API Gateway's exported definition would be. */
    private static void openApi(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("GET")) throw Exchanges.methodNotAllowed("GET");
        try (InputStream in = LocalApiGateway.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) throw new Problem(404, "Not found", "openapi.yaml is not packaged into this build", List.of());
            Exchanges.send(ex, 200, "application/yaml; charset=utf-8", in.readAllBytes());
        }
    }
}
