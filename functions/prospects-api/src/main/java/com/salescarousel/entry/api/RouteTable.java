package com.salescarousel.entry.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the route for a request. A path no route has is a {@link NoSuchPath} (404); a path that
 * exists with other methods is a {@link WrongMethod} (405, with those methods for {@code Allow}).
 * When two paths fit, the one with a literal segment earlier wins ({@code /x/new} over {@code /x/{id}}).
 */
final class RouteTable {
    sealed interface Lookup permits Found, NoSuchPath, WrongMethod {}

    record Found(Route route, Map<String, String> params) implements Lookup {}

    record NoSuchPath() implements Lookup {}

    /** {@code open} when the path's routes need no token, so the 405 needs none either. */
    record WrongMethod(List<String> allowed, boolean open) implements Lookup {}

    private final List<Route> routes;

    RouteTable(List<Route> routes) {
        Set<String> seen = new HashSet<>();
        for (Route r : routes) {
            if (!seen.add(r.method() + " " + r.path())) throw new IllegalArgumentException("route listed twice: " + r);
        }
        this.routes = List.copyOf(routes);
    }

    List<Route> routes() {
        return routes;
    }

    Lookup find(String method, List<String> segments) {
        Route best = null;
        Map<String, String> params = null;
        for (Route r : routes) {
            var m = r.match(segments);
            if (m.isPresent() && (best == null || moreSpecific(r, best))) {
                best = r;
                params = m.get();
            }
        }
        if (best == null) return new NoSuchPath();
        List<String> allowed = new ArrayList<>();
        boolean open = true;
        for (Route r : routes) {
            if (!r.path().equals(best.path())) continue;
            if (r.method().equals(method)) return new Found(r, params);
            allowed.add(r.method());
            open &= r.isOpen();
        }
        return new WrongMethod(allowed, open);
    }

    private static boolean moreSpecific(Route a, Route b) {
        boolean[] x = a.literals(), y = b.literals();
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) return x[i];
        }
        return false;
    }
}
