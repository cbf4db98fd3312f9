package com.salescarousel.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UlidTest {
    @Test
    void at_sortsByInstant() {
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        String a = Ulid.at(t), b = Ulid.at(t.plusMillis(1)), c = Ulid.at(t.plusSeconds(86_400));
        assertTrue(a.compareTo(b) < 0 && b.compareTo(c) < 0);
    }

    @Test
    void at_sameMillisecond_isStillUnique() {
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        assertNotEquals(Ulid.at(t), Ulid.at(t));
    }

    @Test
    void floor_isBelowEveryUlidOfThatMillisecondAndAboveEarlierOnes() {
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        for (int i = 0; i < 100; i++) {
            assertTrue(Ulid.floor(t).compareTo(Ulid.at(t)) <= 0);
            assertTrue(Ulid.at(t.minusMillis(1)).compareTo(Ulid.floor(t)) < 0);
        }
    }

    @Test
    void looksValid_acceptsUlidsOnly() {
        assertTrue(Ulid.looksValid(Ulid.at(Instant.now())));
        assertFalse(Ulid.looksValid("../../etc/passwd"));
        assertFalse(Ulid.looksValid("01M86N96NHN6H247XZ1GSYCD0U")); // U is not Crockford base32
        assertEquals(26, Ulid.floor(Instant.EPOCH).length());
    }
}
