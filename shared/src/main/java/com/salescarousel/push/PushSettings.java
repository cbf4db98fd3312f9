package com.salescarousel.push;

import java.util.Map;
import java.util.Optional;

/**
 * The VAPID key pair (RFC 8292) that signs pushes, base64url: the public key as the uncompressed
 * P-256 point the browser's {@code applicationServerKey} wants, the private key as its scalar.
 * In Lambda from {@code VAPID_PUBLIC_KEY}, {@code VAPID_PRIVATE_KEY}, {@code VAPID_SUBJECT}; push is
 * off when they are empty (a deployment that has not generated keys yet still mails). There is no
 * environment switch for {@code allowPrivateEndpoints}: only the local cloud sets it.
 */
public record PushSettings(Optional<String> publicKey, Optional<String> privateKey, String subject, boolean allowPrivateEndpoints) {
    public static final PushSettings OFF = new PushSettings(Optional.empty(), Optional.empty(), "mailto:nobody@localhost");

    /** Deployed settings: push endpoints must be public push services. */
    public PushSettings(Optional<String> publicKey, Optional<String> privateKey, String subject) {
        this(publicKey, privateKey, subject, false);
    }

    /** Local-only: also http and private addresses, for a push service on this machine (tests). */
    public PushSettings allowingPrivateEndpoints() {
        return new PushSettings(publicKey, privateKey, subject, true);
    }

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
