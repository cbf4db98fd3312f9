package com.salescarousel.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Envelope-encrypted webhook secrets: what is stored reveals nothing, and the key service is asked once per data key. */
class WebhookSecretsTest {
    private InMemoryStores stores;
    private TestClock clock;
    private WebhookSecrets secrets;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        clock = new TestClock(Instant.parse("2026-11-24T09:00:00Z"));
        secrets = new WebhookSecrets(stores.webhookSecrets(), stores.keys(), clock);
    }

    @Test
    void rotate_returnsTheSecretOnce_andTheStoreHoldsOnlyCiphertext() {
        String secret = secrets.rotate("acme");
        assertTrue(secret.startsWith("whsec_") && secret.length() > 40, secret);
        SealedSecret stored = stores.webhookSecrets().find("acme").orElseThrow();
        String table = new String(stored.ciphertext(), StandardCharsets.ISO_8859_1) + new String(stored.encryptedKey(), StandardCharsets.ISO_8859_1);
        assertFalse(table.contains(secret.substring(6, 20)), "the stored item must not contain the secret");
        assertArrayEquals(secret.getBytes(StandardCharsets.UTF_8), secrets.secretOf("acme").orElseThrow());
        assertEquals(clock.instant(), secrets.rotatedAt("acme").orElseThrow());
    }

    @Test
    void theKeyServiceIsAskedOncePerDataKey_perContainer_untilTheCacheTimeRunsOut() {
        secrets.rotate("acme");
        WebhookSecrets freshContainer = new WebhookSecrets(stores.webhookSecrets(), stores.keys(), clock);
        int before = stores.keys().decrypts();
        for (int i = 0; i < 50; i++) freshContainer.secretOf("acme").orElseThrow();
        assertEquals(before + 1, stores.keys().decrypts());
        clock.advance(WebhookSecrets.KEY_CACHE.plus(Duration.ofSeconds(1)));
        freshContainer.secretOf("acme").orElseThrow();
        assertEquals(before + 2, stores.keys().decrypts());
    }

    @Test
    void rotating_replacesTheSecret_atOnce() {
        String first = secrets.rotate("acme");
        String second = secrets.rotate("acme");
        assertNotEquals(first, second);
        assertArrayEquals(second.getBytes(StandardCharsets.UTF_8), secrets.secretOf("acme").orElseThrow());
    }

    @Test
    void anotherOrgsSealedSecret_copiedIntoThisOrg_doesNotOpen() {
        secrets.rotate("evil");
        stores.webhookSecrets().put("acme", stores.webhookSecrets().find("evil").orElseThrow());
        WebhookSecrets freshContainer = new WebhookSecrets(stores.webhookSecrets(), stores.keys(), clock);
        assertThrows(IllegalStateException.class, () -> freshContainer.secretOf("acme"));
        assertTrue(secrets.secretOf("nobody").isEmpty());
    }
}
