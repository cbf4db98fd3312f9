package com.salescarousel.local;

import com.salescarousel.json.Json;
import com.salescarousel.problem.Problem;
import com.salescarousel.problem.ProblemJson;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading and answering the local HTTP server's exchanges: bounded bodies, typed responses, problems. */
final class Exchanges {
    /** What API Gateway passes to Lambda at most (Lambda's 6 MB payload); routes then apply their own limits. */
    static final int GATEWAY_MAX_BODY = 6 * 1024 * 1024;
    /** The local-only routes take small JSON or form bodies. */
    static final int LOCAL_MAX_BODY = 64 * 1024;

    private Exchanges() {}

    /** At most {@code limit} bytes (one more is read to know it was exceeded); null for an empty body. */
    static String body(HttpExchange ex, int limit) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new Problem(413, "Request too large", "the limit is " + limit + " bytes", List.of());
            }
            return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static String body(HttpExchange ex) throws IOException {
        return body(ex, LOCAL_MAX_BODY);
    }

    static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json", Json.write(body));
    }

    static void problem(HttpExchange ex, Problem p) throws IOException {
        send(ex, p.status(), ProblemJson.CONTENT_TYPE, Json.write(ProblemJson.of(p)));
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (!ex.getResponseHeaders().containsKey("Cache-Control")) ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    static Problem methodNotAllowed(String allowed) {
        return new Problem(405, "Method not allowed", "use " + allowed, List.of());
    }
}
