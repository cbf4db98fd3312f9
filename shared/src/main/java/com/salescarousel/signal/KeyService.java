package com.salescarousel.signal;

import java.util.Map;

/**
 * The port for envelope encryption's key service (AWS KMS in production, the local cloud's stand-in
 * locally): data keys made and decrypted under one master key that never leaves it. The encryption
 * context is bound into the ciphertext: decrypting with another context fails.
 */
public interface KeyService {

    /** A fresh 256-bit data key: use {@code plaintext}, store {@code encrypted}, forget the plaintext. */
    record DataKey(byte[] plaintext, byte[] encrypted) {}

    DataKey newDataKey(Map<String, String> context);

    /** @throws IllegalStateException when the key service refuses (another context, a foreign ciphertext) */
    byte[] decrypt(byte[] encrypted, Map<String, String> context);
}
