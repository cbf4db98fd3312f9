package com.salescarousel.send;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed unsubscribe links (RFC 8058 one-click): the token names the org and the address and is
 * HMAC-SHA256 signed, so nobody can unsubscribe an address they did not receive mail at.
 */
public final class UnsubscribeTokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;

    public UnsubscribeTokens(byte[] secret) {
        if (secret.length < 16) throw new IllegalArgumentException("the unsubscribe secret must be at least 16 bytes");
        this.secret = secret.clone();
    }

    public record Subject(String org, String email) {}

    /** In Lambda: {@code UNSUBSCRIBE_SECRET}, base64, at least 16 bytes (a stack parameter). */
    public static UnsubscribeTokens fromEnvironment() {
        String s = System.getenv("UNSUBSCRIBE_SECRET");
        if (s == null || s.isBlank()) throw new IllegalStateException("UNSUBSCRIBE_SECRET is not set");
        return new UnsubscribeTokens(Base64.getDecoder().decode(s.trim()));
    }

    public String issue(String org, String email) {
        byte[] payload = (org + "\n" + email).getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(payload));
    }

    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > 1024) return Optional.empty();
        int dot = token.indexOf('.');
        if (dot < 1) return Optional.empty();
        try {
            byte[] payload = B64D.decode(token.substring(0, dot));
            byte[] sig = B64D.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sig, mac(payload))) return Optional.empty();
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 2);
            return parts.length == 2 ? Optional.of(new Subject(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
