package com.salescarousel.plan;

import java.time.LocalDate;

/** How one step of an enrolment went: done by a touch on {@code on}, or skipped that day (an address that may not be mailed). */
public record StepMark(LocalDate on, boolean skipped) {}
