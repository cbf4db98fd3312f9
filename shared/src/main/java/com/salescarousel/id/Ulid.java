package com.salescarousel.id;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * ULIDs: 48-bit milliseconds then 80 random bits in Crockford base32, so ids sort by time. Used
 * for prospect ids (creation order) and touch keys (ordered by the touch's own instant).
 */
public final class Ulid {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final String CHARS = new String(ALPHABET);

    private Ulid() {}

    public static String at(Instant instant) {
        long time = instant.toEpochMilli();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = r.nextLong() & 0xFFFFL;      // 16 random bits
        long lo = r.nextLong();                // 64 random bits
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 random bits = 16 chars: the top 16 bits (hi) then 64 (lo), taken 5 at a time from the end
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo = (lo >>> 5) | ((hi & 31) << 59);
            hi >>>= 5;
        }
        return new String(out);
    }

    /** The smallest ULID of an instant's millisecond: a lower bound for key ranges. */
    public static String floor(Instant instant) {
        long time = instant.toEpochMilli();
        char[] out = new char[26];
        java.util.Arrays.fill(out, '0');
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        return new String(out);
    }

    public static boolean looksValid(String s) {
        if (s == null || s.length() != 26) return false;
        for (int i = 0; i < s.length(); i++) {
            if (CHARS.indexOf(s.charAt(i)) < 0) return false;
        }
        return true;
    }
}
