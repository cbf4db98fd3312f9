package com.salescarousel.problem;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Forbidden;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.error.Refused;
import java.util.List;
import java.util.Map;

/**
 * The one place where the domain's refusals become RFC 9457 problems: status, a stable documented
 * type URI, a title, {@code invalid-params} for named fields, and extension members. The API's
 * router uses it, and so will every other edge (webhooks, the local cloud).
 */
public final class Problems {
    private static final String BASE = "https://salescarousel.dev/problems/";
    static final String INVALID = BASE + "invalid-request";
    static final String NOT_FOUND = BASE + "not-found";
    static final String FORBIDDEN = BASE + "forbidden";
    static final String VERSION_CONFLICT = BASE + "version-conflict";
    static final String SUPPRESSED = BASE + "address-suppressed";
    static final String DUPLICATE = BASE + "duplicate";
    static final String STATE = BASE + "state-conflict";
    static final String BUSY = BASE + "busy";

    private Problems() {}

    public static Problem of(Refused refused) {
        return switch (refused) {
            case Invalid i -> new Problem(INVALID, 400, "Invalid request", i.detail(), params(i.fields()), Map.of());
            case NotFound n -> new Problem(NOT_FOUND, 404, "Not found", n.detail(), List.of(), Map.of());
            case Forbidden f -> new Problem(FORBIDDEN, 403, "Forbidden", f.detail(), List.of(), Map.of());
            case Conflict c -> conflict(c);
        };
    }

    private static Problem conflict(Conflict c) {
        // Titles and types are the ones the app and clients already know. BUSY is not the client's conflict:
        // the server lost every retry of a race (a touch has no If-Match), so it is 503, try again shortly.
        return switch (c.kind()) {
            case STALE_VERSION -> conflict(VERSION_CONFLICT, "Version conflict", c);
            case BUSY -> new Problem(BUSY, 503, "Busy", c.detail(), params(c.fields()), c.values());
            case ADDRESS_SUPPRESSED -> conflict(SUPPRESSED, "Address suppressed", c);
            case DUPLICATE -> conflict(DUPLICATE, "Already exists", c);
            case STATE -> conflict(STATE, "Not possible now", c);
        };
    }

    private static Problem conflict(String type, String title, Conflict c) {
        return new Problem(type, 409, title, c.detail(), params(c.fields()), c.values());
    }

    /** The documented type of a problem the edge raises itself, by status. */
    static String typeFor(int status) {
        return switch (status) {
            case 400 -> INVALID;
            case 401 -> BASE + "unauthorized";
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> VERSION_CONFLICT;
            case 413 -> BASE + "too-large";
            case 503 -> BUSY;
            case 428 -> BASE + "precondition-required";
            default -> "about:blank";
        };
    }

    private static List<Problem.InvalidParam> params(List<FieldError> fields) {
        return fields.stream().map(f -> new Problem.InvalidParam(f.name(), f.reason())).toList();
    }
}
