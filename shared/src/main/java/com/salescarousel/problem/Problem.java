package com.salescarousel.problem;

import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem: the edge's answer, rendered as {@code application/problem+json} by
 * {@link ProblemJson}. The domain never throws this; it throws {@code com.salescarousel.error.Refused},
 * which {@link Problems} maps here. Edge code (the API's router, the local cloud's own routes) may
 * throw it directly for what only HTTP knows: 401, 405, 413, 428. {@code invalidParams} names each
 * offending field; {@code extensions} are extra members such as {@code currentVersion}.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public record InvalidParam(String name, String reason) {}

    private final String type;
    private final int status;
    private final String title;
    private final transient List<InvalidParam> invalidParams;
    private final transient Map<String, Object> extensions;

    public Problem(String type, int status, String title, String detail, List<InvalidParam> invalidParams,
                   Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem whose type is the documented one for its status. */
    public Problem(int status, String title, String detail, List<InvalidParam> invalidParams) {
        this(Problems.typeFor(status), status, title, detail, invalidParams, Map.of());
    }

    /** Bad input found at the edge; the same document as the domain's {@code Invalid}. */
    public static Problem invalid(String field, String reason) {
        return Problems.of(Invalid.of(field, reason));
    }

    public static Problem notFound(String what) {
        return Problems.of(new NotFound(what));
    }

    public String type() { return type; }
    public int status() { return status; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<InvalidParam> invalidParams() { return invalidParams; }
    public Map<String, Object> extensions() { return extensions; }
}
