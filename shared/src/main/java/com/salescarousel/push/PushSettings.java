package com.salescarousel.push;

import java.util.Map;
import java.util.Optional;

/**
 * The VAPID key pair (RFC 8292) that signs pushes, base64url: the public key as the uncompressed
 * P-256 point the browser's {@code applicationServerKey} wants, the private key as its scalar.
 * In Lambda from {@code VAPID_PUBLIC_KEY}, {@code VAPID_PRIVATE_KEY}, {@code VAPID_SUBJECT}; push is
 * off when they are empty (a deployment that has not generated keys yet still mails).
 */
public record PushSettings(Optional<String> publicKey, Optional<String> privateKey, String subject) {
    public static final PushSettings OFF = new PushSettings(Optional.empty(), Optional.empty(), "mailto:nobody@localhost");

    public static PushSettings fromEnvironment() {
        return from(System.getenv());
    }

    static PushSettings from(Map<String, String> env) {
        Optional<String> pub = Optional.ofNullable(env.get("VAPID_PUBLIC_KEY")).filter(s -> !s.isBlank());
        Optional<String> priv = Optional.ofNullable(env.get("VAPID_PRIVATE_KEY")).filter(s -> !s.isBlank());
        String subject = Optional.ofNullable(env.get("VAPID_SUBJECT")).filter(s -> !s.isBlank()).orElse("mailto:nobody@localhost");
        return new PushSettings(pub, priv, subject);
    }

    public boolean enabled() {
        return publicKey.isPresent() && privateKey.isPresent();
    }
}
