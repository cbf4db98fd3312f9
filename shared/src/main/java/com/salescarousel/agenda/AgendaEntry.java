package com.salescarousel.agenda;

import java.time.LocalDate;

/** One line of a day's carousel. */
public record AgendaEntry(String id, String name, String company, String tier, LocalDate nextDueOn,
                          long daysOverdue, int touchesSinceResponse, boolean salesReady) {
}
