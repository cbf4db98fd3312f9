package com.salescarousel.signal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;

/**
 * The orgs' webhook secrets, by envelope encryption: each rotation makes a random secret, seals it with
 * AES-256-GCM under a fresh data key from the {@link KeyService} (encryption context: the org), and
 * stores the ciphertext with the encrypted data key. Reading one costs a table read and, once per
 * container and data key (re-checked every {@link #KEY_CACHE}), one key-service decrypt: the plaintext
 * data key is cached here, never the secret, never written anywhere, never logged.
 */
public final class WebhookSecrets {
    /** How long a decrypted data key is trusted before the key service is asked again (a disabled key takes effect). */
    static final Duration KEY_CACHE = Duration.ofMinutes(15);
    static final int MAX_CACHED_KEYS = 1000;
    private static final String PREFIX = "whsec_";
    private static final int GCM_TAG_BITS = 128;

    private final WebhookSecretStore store;
    private final KeyService keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Decrypted data keys by their ciphertext, least recently used first. */
    private final Map<ByteBuffer, CachedKey> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, CachedKey> eldest) {
            return size() > MAX_CACHED_KEYS;
        }
    };

    private record CachedKey(SecretKeySpec key, Instant until) {}

    @Inject
    public WebhookSecrets(WebhookSecretStore store, KeyService keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /** A new secret for the org, replacing the old one at once; returned this once and never again. */
    public String rotate(String org) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        KeyService.DataKey dataKey = keys.newDataKey(context(org));
        SecretKeySpec key = new SecretKeySpec(dataKey.plaintext(), "AES");
        Arrays.fill(dataKey.plaintext(), (byte) 0);
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, key, iv, org, secret.getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        store.put(org, new SealedSecret(dataKey.encrypted(), iv, ciphertext, now));
        remember(dataKey.encrypted(), key, now);
        return secret;
    }

    /** The org's secret as HMAC key bytes; empty when it has none. */
    public Optional<byte[]> secretOf(String org) {
        return store.find(org).map(s -> crypt(Cipher.DECRYPT_MODE, dataKey(org, s.encryptedKey()), s.iv(), org, s.ciphertext()));
    }

    /** When the org's secret was last rotated; empty when it has none. */
    public Optional<Instant> rotatedAt(String org) {
        return store.find(org).map(SealedSecret::rotatedAt);
    }

    private SecretKeySpec dataKey(String org, byte[] encrypted) {
        ByteBuffer id = ByteBuffer.wrap(encrypted);
        Instant now = clock.instant();
        synchronized (cache) {
            CachedKey c = cache.get(id);
            if (c != null && now.isBefore(c.until())) return c.key();
        }
        byte[] plain = keys.decrypt(encrypted, context(org));
        SecretKeySpec key = new SecretKeySpec(plain, "AES");
        Arrays.fill(plain, (byte) 0);
        remember(encrypted, key, now);
        return key;
    }

    private void remember(byte[] encrypted, SecretKeySpec key, Instant now) {
        synchronized (cache) {
            cache.put(ByteBuffer.wrap(encrypted.clone()), new CachedKey(key, now.plus(KEY_CACHE)));
        }
    }

    /** Bound into the data key by the key service and into the secret's ciphertext as associated data. */
    static Map<String, String> context(String org) {
        return Map.of("purpose", "webhook-secret", "org", org);
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] iv, String org, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(GCM_TAG_BITS, iv));
            c.updateAAD(("carousel-webhook-secret:" + org).getBytes(StandardCharsets.UTF_8));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the org's webhook secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
