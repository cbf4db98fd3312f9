package com.salescarousel.faults;

/**
 * The process dying at a step: an {@link Error}, so no {@code catch (RuntimeException)} in a use case or
 * handler sees it and no clean-up runs (a killed Lambda container runs none either).
 */
final class Crash extends Error {
    private static final long serialVersionUID = 1L;

    Crash(String where) {
        super("crash " + where, null, false, false);
    }
}
