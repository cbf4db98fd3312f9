package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.rep.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the route table: an HTTP method, a path in OpenAPI's form ({@code /api/prospects/{id}},
 * {@code /cal/{token}.ics}), and the resource method that answers it. Open routes need no token
 * (links in e-mails, calendar feeds).
 */
public final class Route {
    /** What answers a route; {@code caller} is the verified caller, null on an open route. */
    @FunctionalInterface
    public interface Action {
        APIGatewayV2HTTPResponse answer(ApiRequest request, Caller caller);
    }

    /** A parameter segment: {@code {name}}, or {@code {name}} and a fixed ending such as {@code .ics}. */
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)\\}([.A-Za-z0-9]*)");

    private final String method;
    private final String path;
    private final Action action;
    private final boolean open;
    /** The path's segments after {@code /api} (a webhook's start with {@code /hooks}); a {@code {name}} segment matches any one. */
    private final List<String> pattern;

    private Route(String method, String path, Action action, boolean open) {
        if (!path.startsWith("/api/") && !path.startsWith(ApiRequest.CAL + "/") && !path.startsWith(ApiRequest.HOOKS + "/")) {
            throw new IllegalArgumentException("API paths start with /api/ (or /cal/ for calendar feeds, /hooks/ for webhooks): " + path);
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
            String p = pattern.get(i), segment = segments.get(i);
            Matcher m = PARAM.matcher(p);
            if (!m.matches()) {
                if (!p.equals(segment)) return Optional.empty();
                continue;
            }
            // {name} takes the whole segment; {name}.ics the part before a fixed ending, which must not be all of it.
            String ending = m.group(2);
            if (!segment.endsWith(ending) || segment.length() == ending.length()) return Optional.empty();
            params.put(m.group(1), segment.substring(0, segment.length() - ending.length()));
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
        return PARAM.matcher(segment).matches();
    }

    @Override
    public String toString() {
        return method + " " + path + (open ? " (open)" : "");
    }
}
