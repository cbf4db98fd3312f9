package com.salescarousel.calendar;

import com.salescarousel.store.Keys;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a calendar feed's URL: 32 random bytes (256 bits, unguessable), base64url. Only its
 * SHA-256 is stored, so someone who can read the table still cannot build a working URL from it; a
 * fast hash is enough because the token is random, not a password.
 */
public final class FeedToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private FeedToken() {}

    public static String fresh() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether a path segment could be a token at all; anything else is 404 without a read. */
    public static boolean looksValid(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    public static String hash(String token) {
        return Keys.sha256(token);
    }
}
