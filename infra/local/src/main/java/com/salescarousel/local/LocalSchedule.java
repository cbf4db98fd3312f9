package com.salescarousel.local;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hourly EventBridge schedule, on the local clock: whenever the clock passes a whole hour the
 * target fires for that hour, so moving the clock ({@code --clock}, {@code POST /local/clock})
 * moves the mornings with it. {@code POST /local/scheduler/run?at=} fires it on demand.
 */
final class LocalSchedule implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalSchedule.class.getName());

    private final LocalClock clock;
    private final Consumer<Instant> target;
    private final Thread thread;
    private volatile boolean running = true;
    private Instant lastFired;

    LocalSchedule(LocalClock clock, Consumer<Instant> target) {
        this.clock = clock;
        this.target = target;
        this.lastFired = clock.instant().truncatedTo(ChronoUnit.HOURS);
        this.thread = Thread.ofPlatform().daemon().name("local-schedule").start(this::loop);
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(1000);
                Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
                if (!hour.equals(lastFired)) {
                    lastFired = hour; // a clock moved back or far ahead fires once, for the hour it is now
                    target.accept(hour);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "scheduled run failed", e);
            }
        }
    }

    /** After the clock is set by hand, the current hour is not fired again by the timer. */
    void markFired(Instant hour) {
        lastFired = hour.truncatedTo(ChronoUnit.HOURS);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
