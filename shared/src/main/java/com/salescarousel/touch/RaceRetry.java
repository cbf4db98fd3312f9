package com.salescarousel.touch;

import com.salescarousel.error.Conflict;
import com.salescarousel.store.VersionConflict;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Re-runs work that lost an optimistic-lock race on a prospect (another device wrote it between our
 * read and our transaction): bounded attempts, with exponential back-off and full jitter between
 * them, so twenty phones on one prospect spread out instead of colliding again in lockstep. A touch
 * carries no If-Match, so a lost race is ours to settle, never the client's 409.
 */
public final class RaceRetry {
    /** Sleeps between attempts; tests pass one that only records. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    static final int ATTEMPTS = 16;
    static final long BASE_MILLIS = 10;
    /** Sixteen attempts sleep at most 6.4 s in all (3.2 s expected): far inside API Gateway's 29 s. */
    static final long CAP_MILLIS = 640;

    private final int attempts;
    private final Sleeper sleeper;
    /** A random wait from 0 to the given ceiling, inclusive. */
    private final LongUnaryOperator jitter;

    public RaceRetry(int attempts, Sleeper sleeper, LongUnaryOperator jitter) {
        this.attempts = attempts;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    public static RaceRetry standard() {
        return new RaceRetry(ATTEMPTS, Thread::sleep, ceiling -> ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** The longest wait after the {@code n}th lost attempt (from 1): 10, 20, 40 ... ms, at most 640. */
    static long ceiling(int n) {
        return Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(n - 1, 20));
    }

    /**
     * Runs {@code attempt} until it does not throw {@link VersionConflict}; each try must read afresh.
     *
     * @throws Conflict of kind {@code BUSY} when every attempt lost (the API answers 503, try later)
     */
    public <T> T run(Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (VersionConflict race) {
                if (n >= attempts) throw Conflict.busy("the prospect kept changing on other devices; nothing was saved, try again");
                try {
                    sleeper.sleep(jitter.applyAsLong(ceiling(n)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw Conflict.busy("interrupted while waiting to try again; nothing was saved");
                }
            }
        }
    }
}
