package com.salescarousel.signal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An org's webhook secret as stored: AES-256-GCM ciphertext under a data key that only the key service
 * can decrypt ({@code encryptedKey}, bound to the org by its encryption context). A table read alone
 * reveals nothing usable.
 */
public record SealedSecret(byte[] encryptedKey, byte[] iv, byte[] ciphertext, Instant rotatedAt) {
    public SealedSecret {
        encryptedKey = encryptedKey.clone();
        iv = iv.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] encryptedKey() {
        return encryptedKey.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedSecret s && Arrays.equals(encryptedKey, s.encryptedKey)
                && Arrays.equals(iv, s.iv) && Arrays.equals(ciphertext, s.ciphertext)
                && Objects.equals(rotatedAt, s.rotatedAt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedSecret[rotatedAt=" + rotatedAt + "]";
    }
}
