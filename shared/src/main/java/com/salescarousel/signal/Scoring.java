package com.salescarousel.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The sales-ready rule as a pure function of a prospect's signals, the moment and the org's rule
 * (DESIGN 7.1). A signal counts when it happened within the window: later than {@code now - windowDays}
 * (a signal exactly {@code windowDays} old no longer counts) and not after {@code now} plus the clock
 * skew a sender's clock may have.
 */
public final class Scoring {
    /** Senders' clocks drift; a signal a little "in the future" is still now (as for touches). */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private Scoring() {}

    public static boolean salesReady(Collection<Signal> signals, Instant now, ScoringRule rule) {
        Instant from = windowStart(now, rule);
        Instant to = now.plus(CLOCK_SKEW);
        int count = 0;
        Set<SignalType> types = EnumSet.noneOf(SignalType.class);
        for (Signal s : signals) {
            if (!s.at().isAfter(from) || s.at().isAfter(to)) continue;
            if (rule.highIntent().contains(s.type())) return true;
            count++;
            types.add(s.type());
        }
        return count >= rule.minSignals() && types.size() >= rule.minTypes();
    }

    /** Whether a signal still counts at {@code now}: the window's lower bound. */
    public static Instant windowStart(Instant now, ScoringRule rule) {
        return now.minus(Duration.ofDays(rule.windowDays()));
    }
}
