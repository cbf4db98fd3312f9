package com.salescarousel.signal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a prospect did (DESIGN 7.1): the marketing tool's event, or what a rep saw at a booth. */
public enum SignalType {
    EBOOK_DOWNLOAD("E-book download"),
    WEBINAR_REGISTERED("Webinar registration"),
    WEBINAR_ATTENDED("Webinar attended"),
    BOOTH_VISIT("Booth visit"),
    NEWSLETTER_CLICK("Newsletter click"),
    WEBSITE_CHAT("Website chat"),
    PRICING_PAGE_VISIT("Pricing page visit"),
    DEMO_REQUEST("Demo request"),
    RFP_REQUEST("RFP request"),
    INBOUND_EMAIL("Inbound e-mail"),
    LINKEDIN_ENGAGEMENT("LinkedIn engagement"),
    OTHER("Other");

    /** Every wire name, comma separated, for the messages that name the allowed values. */
    public static final String ALLOWED = Arrays.stream(values()).map(SignalType::wire).collect(Collectors.joining(", "));

    private final String label;

    SignalType(String label) {
        this.label = label;
    }

    /** How a rep reads it: "Pricing page visit". */
    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SignalType> fromWire(String s) {
        for (SignalType v : values()) if (v.wire().equals(s)) return Optional.of(v);
        return Optional.empty();
    }
}
