package com.salescarousel.signal;

/** The port for an org's sales-ready rule ({@code ORG#<org>} / {@code SCORING}). */
public interface ScoringStore {
    /** The org's rule, or {@link ScoringRule#DEFAULT} when it never set one. */
    ScoringRule of(String org);

    void put(String org, ScoringRule rule);
}
