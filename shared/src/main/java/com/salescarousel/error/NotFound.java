package com.salescarousel.error;

/** Nothing of that kind exists for this caller; another rep's item is "not found" too, by design. */
public final class NotFound extends Refused {
    private static final long serialVersionUID = 1L;

    private final String what;

    /** {@code what} names the thing sought, such as {@code "prospect 01J..."}. */
    public NotFound(String what) {
        this(what, what + " not found");
    }

    public NotFound(String what, String detail) {
        super(detail);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
