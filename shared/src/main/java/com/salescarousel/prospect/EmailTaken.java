package com.salescarousel.prospect;

/** The rep already has a prospect with this e-mail address (compared case-insensitively): {@code existingId}. */
public final class EmailTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String existingId;

    public EmailTaken(String existingId) {
        super("the e-mail address belongs to prospect " + existingId, null, false, false);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
