package com.salescarousel.send;

/** Addresses never to e-mail: bounced or complained (everyone) and unsubscribed (from one org). */
public interface Suppressions {
    boolean isSuppressed(String org, String email);

    /** From SES bounce and complaint events: nobody sends there again. */
    void suppressEverywhere(String email, String reason);

    /** From a one-click unsubscribe: this org's reps stop e-mailing the address. */
    void optOut(String org, String email);
}
