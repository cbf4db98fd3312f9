package com.salescarousel.agenda;

import com.salescarousel.cadence.Tiers;
import com.salescarousel.prospect.Prospect;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A day's carousel: overdue first (oldest first), then due that day. */
public record Agenda(LocalDate date, List<AgendaEntry> overdue, List<AgendaEntry> due) {

    public Agenda {
        overdue = List.copyOf(overdue);
        due = List.copyOf(due);
    }

    /**
     * Orders prospects due on or before {@code date}: overdue by due day (oldest first), then the
     * day's own by tier priority, sales-ready first, then name. Ties in overdue use the same keys.
     */
    public static Agenda of(LocalDate date, List<Prospect> dueOnOrBefore, Tiers tiers) {
        Comparator<Prospect> sameDay = Comparator
                .comparingInt((Prospect p) -> tiers.priority(p.tier()))
                .thenComparing(p -> !p.salesReadyOn(date))
                .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(Prospect::id);
        List<Prospect> overdue = new ArrayList<>();
        List<Prospect> due = new ArrayList<>();
        for (Prospect p : dueOnOrBefore) {
            if (!p.onCarousel() || p.nextDueOn().isAfter(date)) continue;
            (p.nextDueOn().isBefore(date) ? overdue : due).add(p);
        }
        overdue.sort(Comparator.comparing(Prospect::nextDueOn).thenComparing(sameDay));
        due.sort(sameDay);
        return new Agenda(date, entries(overdue, date), entries(due, date));
    }

    private static List<AgendaEntry> entries(List<Prospect> ps, LocalDate date) {
        return ps.stream().map(p -> new AgendaEntry(p.id(), p.name(), p.company(), p.tier(), p.nextDueOn(),
                ChronoUnit.DAYS.between(p.nextDueOn(), date), p.touchesSinceResponse(), p.salesReadyOn(date),
                p.reasonsOn(date), step(p, date), p.lastTouchNote()))
                .toList();
    }

    private static AgendaEntry.Step step(Prospect p, LocalDate date) {
        if (p.plan() == null || p.plan().dueOn().isAfter(date)) return null;
        var s = p.plan().current();
        return new AgendaEntry.Step(p.plan().index() + 1, p.plan().steps().size(), s.channel(), s.templateId());
    }
}
