package com.salescarousel.signal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's signature, signed like Stripe's: {@code Carousel-Signature: t=<unix seconds>,v1=<hex>}
 * where the hex is HMAC-SHA256 of {@code "<t>.<raw body>"} under the org's secret (the secret string's
 * UTF-8 bytes, as {@code openssl dgst -sha256 -hmac "$SECRET"} uses it). Pure: the secret and the
 * clock come in. Several {@code v1} values may be sent (one per secret during a rotation); one must match.
 */
public final class WebhookSignature {
    public static final String HEADER = "Carousel-Signature";
    /** Older or newer than this, a signed request is refused: a captured one cannot be replayed later. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final int MAX_HEADER = 1024;
    private static final HexFormat HEX = HexFormat.of();

    /** Why a request is (not) taken; every one but {@code VALID} is a 401 and nothing is written. */
    public enum Verdict {
        VALID("signed"),
        MALFORMED("the Carousel-Signature header is missing or not t=<unix seconds>,v1=<hex HMAC-SHA256>"),
        EXPIRED("the signature's timestamp is more than 5 minutes old"),
        FUTURE("the signature's timestamp is more than 5 minutes in the future"),
        MISMATCH("the signature does not match this hook's secret and the body");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private WebhookSignature() {}

    /** {@code secret} null: the org has no secret (or does not exist), which reads as a mismatch. */
    public static Verdict verify(byte[] secret, String header, byte[] body, Instant now) {
        if (header == null || header.length() > MAX_HEADER) return Verdict.MALFORMED;
        Long t = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=") && p.length() > 2 && p.length() <= 14 && p.substring(2).chars().allMatch(Character::isDigit)) {
                t = Long.parseLong(p.substring(2));
            } else if (p.startsWith("v1=") && p.length() == 3 + 64 && p.substring(3).chars().allMatch(WebhookSignature::isHex)) {
                signatures.add(HEX.parseHex(p.substring(3)));
            }
        }
        if (t == null || signatures.isEmpty()) return Verdict.MALFORMED;
        long skew = t - now.getEpochSecond();
        if (skew < -TOLERANCE.toSeconds()) return Verdict.EXPIRED;
        if (skew > TOLERANCE.toSeconds()) return Verdict.FUTURE;
        // Computed for an unknown org too, so it takes as long as a wrong signature does.
        byte[] expected = mac(secret == null ? new byte[32] : secret, t, body);
        boolean match = false;
        for (byte[] sig : signatures) match |= MessageDigest.isEqual(expected, sig); // constant time, and every value compared
        return match && secret != null ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The header a sender computes: {@code t=<t>,v1=<hex>}. */
    public static String sign(byte[] secret, long t, byte[] body) {
        return "t=" + t + ",v1=" + HEX.formatHex(mac(secret, t, body));
    }

    static byte[] mac(byte[] secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
