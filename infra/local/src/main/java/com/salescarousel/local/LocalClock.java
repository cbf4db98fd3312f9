package com.salescarousel.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The local cloud's "now": real time shifted by an offset that {@code --clock} and
 * {@code POST /local/clock} set, so a demo or test can live on any day and keep ticking.
 */
public final class LocalClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    public void set(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the local clock is UTC; rep zones come from profiles");
    }
}
