package com.salescarousel.signal;

import com.salescarousel.error.FieldError;
import com.salescarousel.json.JsonInput;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An org's sales-ready rule (DESIGN 7.1): within the last {@code windowDays}, at least {@code minSignals}
 * signals of at least {@code minTypes} distinct types, or any one of the {@code highIntent} types.
 */
public record ScoringRule(int windowDays, int minSignals, int minTypes, Set<SignalType> highIntent) {
    public static final int MAX_WINDOW_DAYS = 365;
    public static final int MAX_SIGNALS = 50;

    /** The brief's numbers: 3 signals of 2 types in 30 days, or a demo request, an RFP, the pricing page. */
    public static final ScoringRule DEFAULT = new ScoringRule(30, 3, 2,
            EnumSet.of(SignalType.DEMO_REQUEST, SignalType.RFP_REQUEST, SignalType.PRICING_PAGE_VISIT));

    public ScoringRule {
        highIntent = highIntent.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(highIntent));
    }

    /** A manager's PUT: every bad number or type named at once. */
    public static ScoringRule parse(String body) {
        JsonInput in = JsonInput.of(body, Set.of("windowDays", "minSignals", "minTypes", "highIntent"));
        Integer window = required(in, "windowDays", in.integer("windowDays", 1, MAX_WINDOW_DAYS));
        Integer signals = required(in, "minSignals", in.integer("minSignals", 1, MAX_SIGNALS));
        Integer types = required(in, "minTypes", in.integer("minTypes", 1, SignalType.values().length));
        if (signals != null && types != null && types > signals) in.fail("minTypes", "cannot be more than minSignals (" + signals + ")");
        List<String> names = in.strings("highIntent", SignalType.values().length, 40);
        if (names == null && !in.hasError("highIntent")) in.fail("highIntent", "is required (an empty list for none)");
        Set<SignalType> high = EnumSet.noneOf(SignalType.class);
        List<FieldError> bad = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            final int at = i;
            SignalType.fromWire(names.get(i)).ifPresentOrElse(high::add,
                    () -> bad.add(new FieldError("highIntent[" + at + "]", "must be one of " + SignalType.ALLOWED)));
        }
        bad.forEach(e -> in.fail(e.name(), e.reason()));
        in.done();
        return new ScoringRule(window, signals, types, high);
    }

    private static Integer required(JsonInput in, String field, Integer value) {
        if (value == null && !in.hasError(field)) in.fail(field, "is required");
        return value;
    }
}
