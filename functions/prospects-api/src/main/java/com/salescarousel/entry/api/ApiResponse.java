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

    /** A text body of another type (CSV, vCard, iCalendar), UTF-8. */
    public static APIGatewayV2HTTPResponse text(int status, String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("content-type", contentType + "; charset=utf-8");
        headers.putIfAbsent("cache-control", "no-store");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body).build();
    }

    public static APIGatewayV2HTTPResponse noContent() {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(204).withHeaders(Map.of("cache-control", "no-store")).build();
    }

    public static APIGatewayV2HTTPResponse problem(Problem p) {
        return problem(p, Map.of());
    }

    /** A problem document, with extra headers such as {@code Allow} on a 405. */
    public static APIGatewayV2HTTPResponse problem(Problem p, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("content-type", ProblemJson.CONTENT_TYPE);
        headers.put("cache-control", "no-store");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(p.status()).withHeaders(headers)
                .withBody(Json.write(ProblemJson.of(p))).build();
    }

    /** A version as an entity tag, for the client's next If-Match. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
