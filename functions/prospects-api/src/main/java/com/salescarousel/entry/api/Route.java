package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.rep.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the route table: an HTTP method, a path in OpenAPI's form ({@code /api/prospects/{id}}),
 * and the resource method that answers it. Open routes need no token (links in e-mails).
 */
public final class Route {
    /** What answers a route; {@code caller} is the verified caller, null on an open route. */
    @FunctionalInterface
    public interface Action {
        APIGatewayV2HTTPResponse answer(ApiRequest request, Caller caller);
    }

    private final String method;
    private final String path;
    private final Action action;
    private final boolean open;
    /** The path's segments after {@code /api} (a webhook's start with {@code /hooks}); a {@code {name}} segment matches any one. */
    private final List<String> pattern;

    private Route(String method, String path, Action action, boolean open) {
        if (!path.startsWith("/api/") && !path.startsWith(ApiRequest.HOOKS + "/")) {
            throw new IllegalArgumentException("API paths start with /api/ (or /hooks/ for webhooks): " + path);
        }
        this.method = method;
        this.path = path;
        this.action = action;
        this.open = open;
        this.pattern = ApiRequest.segmentsAfterApi(path);
    }

    public static Route get(String path, Action action) { return new Route("GET", path, action, false); }
    public static Route post(String path, Action action) { return new Route("POST", path, action, false); }
    public static Route put(String path, Action action) { return new Route("PUT", path, action, false); }
    public static Route patch(String path, Action action) { return new Route("PATCH", path, action, false); }
    public static Route delete(String path, Action action) { return new Route("DELETE", path, action, false); }

    /** This route without the token check. */
    public Route open() {
        return new Route(method, path, action, true);
    }

    public String method() { return method; }
    public String path() { return path; }
    public boolean isOpen() { return open; }
    Action action() { return action; }

    /** The values of the {@code {name}} segments when {@code segments} (after {@code /api}) fit this path. */
    Optional<Map<String, String>> match(List<String> segments) {
        if (segments.size() != pattern.size()) return Optional.empty();
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (isParam(p)) params.put(p.substring(1, p.length() - 1), segments.get(i));
            else if (!p.equals(segments.get(i))) return Optional.empty();
        }
        return Optional.of(params);
    }

    /** Where literal segments stand: a literal beats a parameter, so {@code /x/new} wins over {@code /x/{id}}. */
    boolean[] literals() {
        boolean[] l = new boolean[pattern.size()];
        for (int i = 0; i < l.length; i++) l[i] = !isParam(pattern.get(i));
        return l;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return method + " " + path + (open ? " (open)" : "");
    }
}
