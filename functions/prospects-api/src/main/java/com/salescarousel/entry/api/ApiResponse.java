package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.problem.Problem;
import com.salescarousel.problem.ProblemJson;
import java.util.HashMap;
import java.util.Map;

/** HTTP API v2 responses: JSON bodies, problem documents, never cached (it is a rep's own data). */
public final class ApiResponse {
    private ApiResponse() {}

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return json(status, body, Map.of());
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("content-type", "application/json");
        headers.put("cache-control", "no-store");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(Json.write(body)).build();
    }

    public static APIGatewayV2HTTPResponse noContent() {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(204).withHeaders(Map.of("cache-control", "no-store")).build();
    }

    public static APIGatewayV2HTTPResponse problem(Problem p) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(p.status())
                .withHeaders(Map.of("content-type", ProblemJson.CONTENT_TYPE, "cache-control", "no-store"))
                .withBody(Json.write(ProblemJson.of(p))).build();
    }
}
