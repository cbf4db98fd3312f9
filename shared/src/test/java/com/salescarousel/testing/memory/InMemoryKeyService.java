package com.salescarousel.testing.memory;

import com.salescarousel.signal.KeyService;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key service for the fast tier, as KMS behaves: data keys sealed under a master key that never
 * leaves it, the encryption context bound in (another context fails to decrypt). Counts its calls, so
 * a test sees how often the webhook asks it.
 */
public final class InMemoryKeyService implements KeyService {
    private final SecureRandom random = new SecureRandom();
    private final byte[] master = new byte[32];
    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger decrypted = new AtomicInteger();

    public InMemoryKeyService() {
        random.nextBytes(master);
    }

    @Override
    public DataKey newDataKey(Map<String, String> context) {
        made.incrementAndGet();
        byte[] plain = new byte[32];
        random.nextBytes(plain);
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, context, plain);
        byte[] out = new byte[12 + sealed.length];
        System.arraycopy(iv, 0, out, 0, 12);
        System.arraycopy(sealed, 0, out, 12, sealed.length);
        return new DataKey(plain, out);
    }

    @Override
    public byte[] decrypt(byte[] encrypted, Map<String, String> context) {
        decrypted.incrementAndGet();
        byte[] iv = java.util.Arrays.copyOfRange(encrypted, 0, 12);
        return crypt(Cipher.DECRYPT_MODE, iv, context, java.util.Arrays.copyOfRange(encrypted, 12, encrypted.length));
    }

    public int dataKeysMade() {
        return made.get();
    }

    public int decrypts() {
        return decrypted.get();
    }

    private byte[] crypt(int mode, byte[] iv, Map<String, String> context, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(new TreeMap<>(context).toString().getBytes(StandardCharsets.UTF_8));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key service refused: wrong context or not its ciphertext", e);
        }
    }
}
