package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.TestClock;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP API v2 events built in code, for tests that call the router directly, and readers of its answers. */
final class ApiCalls {
    /** Tuesday 24 November 2026, 09:15 UTC. */
    static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    private final ProspectsApi api;

    /**
     * The production graph on the given table, at {@link #NOW}, without push. The send queue is lazy and
     * points where nothing listens: a test that reaches it fails loudly.
     */
    static ProspectsApi wired(Settings table) {
        return ProspectsApiComponent.create(table, new QueueSettings(NOWHERE + "/000000000000/none", "us-east-1", Optional.of(NOWHERE)),
                new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF,
                new TestClock(NOW)).prospectsApi();
    }

    /** A table nobody serves: for calls that must be answered before any store is asked. */
    static Settings nowhere() {
        return new Settings("Carousel", "us-east-1", Optional.of(NOWHERE));
    }

    ApiCalls(ProspectsApi api) {
        this.api = api;
    }

    /** {@code path} may carry a query string; {@code signedIn} adds the claims the JWT authorizer passes for Ada. */
    APIGatewayV2HTTPResponse call(String method, String path, boolean signedIn, Map<String, String> headers, String body) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build());
        if (signedIn) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(Map.of("sub", "ada", "custom:org", "acme", "email", "ada@example.com", "name", "Ada"))
                            .build()).build());
        }
        int q = path.indexOf('?');
        Map<String, String> query = new HashMap<>();
        if (q >= 0) {
            for (String kv : path.substring(q + 1).split("&")) query.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return api.handle(APIGatewayV2HTTPEvent.builder().withRawPath(q < 0 ? path : path.substring(0, q))
                .withQueryStringParameters(query).withHeaders(headers).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(context.build()).build());
    }

    APIGatewayV2HTTPResponse call(String method, String path) {
        return call(method, path, true, Map.of(), null);
    }

    APIGatewayV2HTTPResponse call(String method, String path, String body) {
        return call(method, path, true, Map.of(), body);
    }

    static Map<?, ?> json(APIGatewayV2HTTPResponse r) {
        return Json.object(r.getBody());
    }

    /** The body of a problem answer, after checking it is one. */
    static Map<?, ?> problem(APIGatewayV2HTTPResponse r) {
        if (!"application/problem+json".equals(r.getHeaders().get("content-type"))) {
            throw new AssertionError("not a problem document: " + r.getStatusCode() + " " + r.getBody());
        }
        return json(r);
    }

    /** The names under {@code invalid-params}, in order. */
    static List<?> invalidFields(APIGatewayV2HTTPResponse r) {
        return ((List<?>) problem(r).get("invalid-params")).stream().map(p -> ((Map<?, ?>) p).get("name")).toList();
    }
}
