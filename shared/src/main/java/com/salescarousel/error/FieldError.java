package com.salescarousel.error;

/** One field that was wrong, by its name in the request ({@code email}, {@code tags[1]}, {@code tiers[0].cadence}). */
public record FieldError(String name, String reason) {}
