package com.salescarousel.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one parser for query strings and form bodies in the local cloud. Repeated parameters are kept
 * in order; each caller then says what a repeat means where it is: HTTP API joins them with commas,
 * OAuth refuses them (RFC 6749 section 3.1).
 */
final class QueryString {
    private QueryString() {}

    /** Every parameter with all its values, in the order sent; empty for null or "". */
    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    /** As API Gateway's HTTP API fills {@code queryStringParameters}: repeats joined by commas, null when none. */
    static Map<String, String> commaJoined(String raw) {
        Map<String, List<String>> all = parse(raw);
        if (all.isEmpty()) return null;
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((k, vs) -> out.put(k, String.join(",", vs)));
        return out;
    }

    /** One value per name; a repeated parameter is refused (the caller answers 400). */
    static Map<String, String> single(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : parse(raw).entrySet()) {
            if (e.getValue().size() > 1) throw new IllegalArgumentException(e.getKey() + " is repeated");
            out.put(e.getKey(), e.getValue().get(0));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
