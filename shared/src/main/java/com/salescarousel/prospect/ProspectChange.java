package com.salescarousel.prospect;

import java.time.LocalDate;
import java.util.Set;

/**
 * A partial update: only the fields named in {@code present} change (a present null clears it).
 * {@code status} and {@code snoozeUntil} move the prospect on the carousel.
 */
public record ProspectChange(Set<String> present, ProspectDraft values, ProspectStatus status, LocalDate snoozeUntil) {
    public boolean has(String field) {
        return present.contains(field);
    }
}
