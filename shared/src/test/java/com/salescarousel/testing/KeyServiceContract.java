package com.salescarousel.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.signal.KeyService;
import com.salescarousel.signal.WebhookSecrets;
import com.salescarousel.testing.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every key service must do for envelope encryption (the in-memory fake, KMS on moto, the local
 * cloud's KMS stand-in): fresh 256-bit data keys, decrypted only with the context they were made with.
 */
public abstract class KeyServiceContract {
    protected abstract KeyService keyService();

    private KeyService keys;

    @BeforeEach
    void wire() {
        keys = keyService();
    }

    private static Map<String, String> org(String org) {
        return Map.of("purpose", "webhook-secret", "org", org);
    }

    @Test
    void aDataKey_is256Bits_andDecryptsBackWithItsContext() {
        KeyService.DataKey k = keys.newDataKey(org("acme"));
        assertEquals(32, k.plaintext().length);
        assertFalse(Arrays.equals(k.plaintext(), k.encrypted()));
        assertArrayEquals(k.plaintext(), keys.decrypt(k.encrypted(), org("acme")));
        assertFalse(Arrays.equals(k.plaintext(), keys.newDataKey(org("acme")).plaintext()), "every data key is fresh");
    }

    @Test
    void anotherContext_orATamperedCiphertext_isRefused() {
        KeyService.DataKey k = keys.newDataKey(org("acme"));
        assertThrows(IllegalStateException.class, () -> keys.decrypt(k.encrypted(), org("evil")));
        byte[] tampered = k.encrypted().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> keys.decrypt(tampered, org("acme")));
    }

    @Test
    void webhookSecrets_sealedWithIt_openInAnotherContainer() {
        InMemoryStores stores = new InMemoryStores();
        TestClock clock = new TestClock(Instant.parse("2026-11-24T09:00:00Z"));
        String secret = new WebhookSecrets(stores.webhookSecrets(), keys, clock).rotate("acme");
        byte[] opened = new WebhookSecrets(stores.webhookSecrets(), keys, clock).secretOf("acme").orElseThrow();
        assertArrayEquals(secret.getBytes(StandardCharsets.UTF_8), opened);
    }
}
