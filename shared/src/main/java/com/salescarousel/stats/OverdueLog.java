package com.salescarousel.stats;

import java.time.LocalDate;

/**
 * Where the morning run notes how many prospects a rep has overdue that morning: the week item keeps
 * the latest morning's count ({@code overdue}), which is the team view's overdue trend. Overdue is a
 * state, not an event, so it cannot be added up from the work like the other counters.
 */
@FunctionalInterface
public interface OverdueLog {
    /** For graphs built without one (tests and benchmarks that do not look at the trend). */
    OverdueLog NONE = (repId, day, overdue) -> {};

    /** Keeps {@code overdue} as the week's count unless a later morning of that week was noted already. */
    void note(String repId, LocalDate day, int overdue);
}
