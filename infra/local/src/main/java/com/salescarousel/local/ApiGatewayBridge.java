package com.salescarousel.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Turns a local HTTP request into the HTTP API payload 2.0 event API Gateway would send. */
final class ApiGatewayBridge {
    private ApiGatewayBridge() {}

    static APIGatewayV2HTTPEvent event(HttpExchange ex, String body, Map<String, String> claims, Instant now) {
        String path = ex.getRequestURI().getRawPath();
        String rawQuery = ex.getRequestURI().getRawQuery();
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = null;
        for (var h : ex.getRequestHeaders().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) cookies = h.getValue();
            else headers.put(name, String.join(",", h.getValue())); // as API Gateway joins repeats
        }
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).withScopes(null).build();
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(ex.getRequestMethod()).withPath(path).withProtocol(ex.getProtocol())
                .withSourceIp(ex.getRemoteAddress().getAddress().getHostAddress())
                .withUserAgent(headers.getOrDefault("user-agent", "")).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withAccountId("000000000000").withApiId("local").withDomainName("127.0.0.1").withDomainPrefix("local")
                .withStage("$default").withRequestId(UUID.randomUUID().toString()).withRouteKey("ANY /api/{proxy+}")
                .withTime(now.toString()).withTimeEpoch(now.toEpochMilli()).withHttp(http)
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build())
                .build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("ANY /api/{proxy+}").withRawPath(path)
                .withRawQueryString(rawQuery == null ? "" : rawQuery).withCookies(cookies).withHeaders(headers)
                .withQueryStringParameters(QueryString.commaJoined(rawQuery))
                .withPathParameters(Map.of("proxy", path.startsWith("/api/") ? path.substring(5) : ""))
                .withRequestContext(context).withBody(body).withIsBase64Encoded(false).build();
    }
}
