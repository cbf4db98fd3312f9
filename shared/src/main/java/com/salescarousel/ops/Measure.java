package com.salescarousel.ops;

/** The business figures the functions count, by their CloudWatch metric names (unit Count; OPS.md's agreed names). */
public enum Measure {
    TOUCHES_LOGGED("TouchesLogged"),
    DIGESTS_QUEUED("DigestsQueued"),
    DIGESTS_SENT("DigestsSent"),
    EMAILS_SENT("EmailsSent"),
    EMAILS_SUPPRESSED("EmailsSuppressed"),
    EMAILS_UNCERTAIN("EmailsUncertain"),
    EMAILS_FAILED("EmailsFailed"),
    SIGNALS_RECEIVED("SignalsReceived"),
    SIGNALS_RECORDED("SignalsRecorded"),
    SALES_READY("SalesReady"),
    LEADS_CREATED("LeadsCreated");

    private final String metricName;

    Measure(String metricName) {
        this.metricName = metricName;
    }

    public String metricName() {
        return metricName;
    }
}
