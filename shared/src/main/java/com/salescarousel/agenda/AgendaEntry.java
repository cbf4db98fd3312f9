package com.salescarousel.agenda;

import com.salescarousel.prospect.DueReason;
import com.salescarousel.touch.Channel;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a day's carousel: who, why (reasons, most pressing first), the plan step when a plan
 * is why, and the last touch's note so the rep remembers where they left off.
 */
public record AgendaEntry(String id, String name, String company, String tier, LocalDate nextDueOn,
                          long daysOverdue, int touchesSinceResponse, boolean salesReady,
                          List<DueReason> reasons, Step step, String lastNote) {

    /** A plan step as Today shows it: "2 of 3 · mail". {@code index} counts from 1. */
    public record Step(int index, int of, Channel channel, String templateId) {}

    public AgendaEntry {
        reasons = List.copyOf(reasons);
    }

    /** Stage one's entry: due for its cadence. */
    public AgendaEntry(String id, String name, String company, String tier, LocalDate nextDueOn,
                       long daysOverdue, int touchesSinceResponse, boolean salesReady) {
        this(id, name, company, tier, nextDueOn, daysOverdue, touchesSinceResponse, salesReady, List.of(DueReason.CADENCE), null, null);
    }

    /** The most pressing reason. */
    public DueReason reason() {
        return reasons.isEmpty() ? DueReason.CADENCE : reasons.get(0);
    }
}
