package com.salescarousel.problem;

import java.util.List;

/**
 * An RFC 9457 problem a use case raises; handlers turn it into {@code application/problem+json}.
 * {@code invalidParams} names each offending field, so a client can show the reason beside it.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public record InvalidParam(String name, String reason) {}

    private final int status;
    private final String title;
    private final transient List<InvalidParam> invalidParams;

    public Problem(int status, String title, String detail, List<InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
    }

    public static Problem invalid(String field, String reason) {
        return invalid(List.of(new InvalidParam(field, reason)));
    }

    public static Problem invalid(List<InvalidParam> params) {
        String detail = params.size() == 1
                ? params.get(0).name() + ": " + params.get(0).reason()
                : params.size() + " fields are invalid: " + String.join(", ", params.stream().map(InvalidParam::name).toList());
        return new Problem(400, "Invalid request", detail, params);
    }

    public static Problem notFound(String what) {
        return new Problem(404, "Not found", what + " not found", List.of());
    }

    public static Problem staleVersion(long current) {
        return new Problem(409, "Version conflict",
                "the prospect was changed since the version you sent; current version is " + current, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, List.of());
    }

    /** A 409 that is not a version race: the address may not be e-mailed. */
    public static Problem suppressed(String detail) {
        return new Problem(409, "Address suppressed", detail, List.of());
    }

    public int status() { return status; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<InvalidParam> invalidParams() { return invalidParams; }

    /** A stable, documented type URI per status family. */
    public String type() {
        return switch (status) {
            case 400 -> "https://salescarousel.dev/problems/invalid-request";
            case 401 -> "https://salescarousel.dev/problems/unauthorized";
            case 403 -> "https://salescarousel.dev/problems/forbidden";
            case 404 -> "https://salescarousel.dev/problems/not-found";
            case 409 -> title.equals("Address suppressed") ? "https://salescarousel.dev/problems/address-suppressed"
                    : "https://salescarousel.dev/problems/version-conflict";
            case 413 -> "https://salescarousel.dev/problems/too-large";
            case 428 -> "https://salescarousel.dev/problems/precondition-required";
            default -> "about:blank";
        };
    }
}
