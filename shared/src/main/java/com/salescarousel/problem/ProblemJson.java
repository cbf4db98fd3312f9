package com.salescarousel.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** The RFC 9457 body of a problem, with the fields that were wrong under {@code invalid-params}. */
public final class ProblemJson {
    public static final String CONTENT_TYPE = "application/problem+json";

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
        return m;
    }
}
