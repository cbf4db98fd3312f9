package com.salescarousel.touch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.error.Conflict;
import com.salescarousel.store.VersionConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RaceRetryTest {
    private final List<Long> slept = new ArrayList<>();
    private final List<Long> ceilings = new ArrayList<>();

    /** Sleeps are recorded, not slept; the "random" wait is the whole ceiling, so each is visible. */
    private RaceRetry retry(int attempts) {
        return new RaceRetry(attempts, slept::add, c -> {
            ceilings.add(c);
            return c;
        });
    }

    @Test
    void aLostRace_isTriedAgain_afterExponentialWaitsCappedAt640ms() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry(16).run(() -> {
            if (calls.incrementAndGet() < 10) throw new VersionConflict("prospect P");
            return "logged";
        });
        assertEquals("logged", result);
        assertEquals(10, calls.get());
        assertEquals(List.of(10L, 20L, 40L, 80L, 160L, 320L, 640L, 640L, 640L), slept);
    }

    @Test
    void everyAttemptLost_isBusy_neverTheClientsConflict() {
        AtomicInteger calls = new AtomicInteger();
        Conflict busy = assertThrows(Conflict.class, () -> retry(16).run(() -> {
            calls.incrementAndGet();
            throw new VersionConflict("prospect P");
        }));
        assertEquals(Conflict.Kind.BUSY, busy.kind());
        assertEquals(16, calls.get());
        assertEquals(15, slept.size(), "no wait after the last attempt");
        long total = slept.stream().mapToLong(Long::longValue).sum();
        assertEquals(10 + 20 + 40 + 80 + 160 + 320 + 640 * 9, total, "the worst case stays far inside API Gateway's 29 s");
    }

    @Test
    void fullJitter_waitsARandomTimeUpToTheCeiling() {
        var r = new RaceRetry(3, slept::add, c -> c / 3);
        AtomicInteger calls = new AtomicInteger();
        r.run(() -> {
            if (calls.incrementAndGet() < 3) throw new VersionConflict("prospect P");
            return null;
        });
        assertEquals(List.of(3L, 6L), slept);
    }

    @Test
    void otherFailures_areNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> retry(16).run(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("send is no longer SENDING");
        }));
        assertEquals(1, calls.get());
    }

    @Test
    void standardWaits_areFromZeroToTheCeiling() {
        for (int n = 1; n <= 16; n++) {
            long c = RaceRetry.ceiling(n);
            assertEquals(Math.min(640, 10L << (n - 1)), c);
        }
        List<Long> waits = new ArrayList<>();
        var r = new RaceRetry(40, waits::add, c -> java.util.concurrent.ThreadLocalRandom.current().nextLong(c + 1));
        AtomicInteger calls = new AtomicInteger();
        r.run(() -> {
            if (calls.incrementAndGet() < 40) throw new VersionConflict("p");
            return null;
        });
        for (int i = 0; i < waits.size(); i++) {
            long w = waits.get(i);
            assertEquals(true, w >= 0 && w <= Math.min(640, 10L << Math.min(i, 20)), "wait " + i + " = " + w);
        }
    }
}
