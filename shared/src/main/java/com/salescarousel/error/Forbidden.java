package com.salescarousel.error;

/** The caller is known but may not do this (a rep changing the team's tiers). */
public final class Forbidden extends Refused {
    private static final long serialVersionUID = 1L;

    public Forbidden(String detail) {
        super(detail);
    }
}
