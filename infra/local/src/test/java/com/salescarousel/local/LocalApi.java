package com.salescarousel.local;

import com.salescarousel.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The end-to-end suites' HTTP client for a running local cloud: a call with a token and headers, the
 * JSON answer read back, and every {@code /api} response checked against openapi.yaml on the way.
 */
public final class LocalApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;

    public LocalApi(URI base) {
        this.base = base;
    }

    /** A response: status, the JSON body (empty when it was not JSON) and the raw response. */
    public record Res(int status, Map<String, Object> body, HttpResponse<String> raw) {
        public String str(String k) {
            return (String) body.get(k);
        }

        public int integer(String k) {
            return ((Number) body.get(k)).intValue();
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String k) {
            return (List<Map<String, Object>>) body.get(k);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String k) {
            return (Map<String, Object>) body.get(k);
        }

        /** The names in {@code invalid-params} of a problem document. */
        public Set<String> invalid() {
            return Set.copyOf(list("invalid-params").stream().map(p -> (String) p.get("name")).toList());
        }
    }

    /** {@code headers} are name/value pairs; a null token sends no Authorization header. */
    public Res call(String method, String path, String token, String body, String... headers) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.check(r); // every /api response must be what openapi.yaml says
        String ct = r.headers().firstValue("content-type").orElse("");
        Map<String, Object> parsed = ct.contains("json") && !r.body().isEmpty() && r.body().startsWith("{") ? Json.object(r.body()) : Map.of();
        return new Res(r.statusCode(), parsed, r);
    }

    /** {@code POST /local/login}: the token for {@code {"email":...}} and the other login fields given as JSON. */
    public String login(String json) throws IOException, InterruptedException {
        Res r = call("POST", "/local/login", null, json);
        if (r.status() != 200) throw new IllegalStateException("login failed: " + r.raw().body());
        return r.str("token");
    }
}
