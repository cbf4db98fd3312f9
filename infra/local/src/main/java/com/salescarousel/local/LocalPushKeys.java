package com.salescarousel.local;

import com.interaso.webpush.VapidKeys;
import com.salescarousel.push.PushSettings;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The local cloud's VAPID key pair, made on first start and kept in the data directory (like the
 * JWT and unsubscribe keys), so a browser's subscription survives a restart.
 */
public final class LocalPushKeys {
    private static final String FILE = "vapid.keys";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private LocalPushKeys() {}

    /** Prints a fresh key pair for a deployment's VapidPublicKey / VapidPrivateKey parameters. */
    public static void main(String[] args) throws IOException {
        PushSettings s = settings(null);
        System.out.println("VapidPublicKey=" + s.publicKey().orElseThrow());
        System.out.println("VapidPrivateKey=" + s.privateKey().orElseThrow());
    }

    static PushSettings settings(Path dataDir) throws IOException {
        if (dataDir != null && Files.exists(dataDir.resolve(FILE))) {
            String[] lines = Files.readString(dataDir.resolve(FILE)).strip().split("\n");
            return new PushSettings(Optional.of(lines[0].strip()), Optional.of(lines[1].strip()), "mailto:carousel@localhost");
        }
        VapidKeys keys = VapidKeys.generate();
        String pub = B64.encodeToString(keys.getApplicationServerKey());
        String priv = B64.encodeToString(fixed32(keys.getPrivateKey().getS()));
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve(FILE), pub + "\n" + priv + "\n", StandardCharsets.US_ASCII);
        }
        return new PushSettings(Optional.of(pub), Optional.of(priv), "mailto:carousel@localhost");
    }

    /** The P-256 scalar as exactly 32 big-endian bytes (BigInteger may add a sign byte or drop zeros). */
    private static byte[] fixed32(BigInteger s) {
        byte[] raw = s.toByteArray();
        if (raw.length == 32) return raw;
        if (raw.length > 32) return Arrays.copyOfRange(raw, raw.length - 32, raw.length);
        byte[] out = new byte[32];
        System.arraycopy(raw, 0, out, 32 - raw.length, raw.length);
        return out;
    }
}
