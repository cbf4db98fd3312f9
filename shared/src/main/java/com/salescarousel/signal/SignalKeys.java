package com.salescarousel.signal;

import com.salescarousel.store.Keys;

/**
 * The keys of the signal items (DESIGN section 3 plus the org items 7.1 needs), beside
 * {@link Keys}: signals in the rep's partition, the webhook's and the org's items in the org's.
 */
public final class SignalKeys {
    public static final String SIGNAL = "SIGNAL#";
    /** A webhook event the org received: queued by the hook, recorded by the intake. */
    public static final String HOOK = "HOOK#";
    public static final String SCORING = "SCORING";
    public static final String WEBHOOK = "WEBHOOK";
    /** The org's round-robin turn counter for new leads. */
    public static final String LEADS = "LEADS";
    /** A new lead's address claimed for the org (a hash, like {@code EMAIL#}). */
    public static final String LEAD = "LEAD#";

    private SignalKeys() {}

    public static String signalsOf(String prospectId) { return SIGNAL + prospectId + "#"; }
    public static String signal(String prospectId, String id) { return signalsOf(prospectId) + id; }
    public static String hook(String eventId) { return HOOK + eventId; }
    public static String lead(String email) { return LEAD + Keys.after(Keys.email(email), "EMAIL#"); }
}
