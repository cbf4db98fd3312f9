package com.salescarousel.error;

/**
 * A request the domain turns down: the expected answer to a mistake or a race, not a bug. It says
 * nothing of HTTP; the edge maps each kind to a problem document in one place
 * ({@code com.salescarousel.problem.Problems}). Sealed so that mapping cannot miss a kind.
 */
public abstract sealed class Refused extends RuntimeException permits NotFound, Conflict, Invalid, Forbidden {
    private static final long serialVersionUID = 1L;

    Refused(String detail) {
        // No stack trace: these are answers, thrown on every bad request, never logged as errors.
        super(detail, null, false, false);
    }

    /** A sentence for the person who sent the request. */
    public String detail() {
        return getMessage();
    }
}
