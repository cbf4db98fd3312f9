package com.salescarousel.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The RFC 9457 body of a problem, with the fields that were wrong under {@code invalid-params}. */
public final class ProblemJson {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final List<String> MEMBERS = List.of("type", "title", "status", "detail", "instance", "invalid-params");

    private ProblemJson() {}

    public static Map<String, Object> of(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.type());
        m.put("title", p.title());
        m.put("status", p.status());
        m.put("detail", p.detail());
        if (!p.invalidParams().isEmpty()) {
            m.put("invalid-params", p.invalidParams().stream()
                    .map(ip -> Map.of("name", ip.name(), "reason", ip.reason())).toList());
        }
        // Extension members (RFC 9457 section 3.2) never shadow the standard ones.
        p.extensions().forEach((k, v) -> {
            if (!MEMBERS.contains(k)) m.put(k, v);
        });
        return m;
    }
}
