package com.salescarousel.local;

import com.salescarousel.json.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local cloud's stand-in for AWS KMS: an endpoint on loopback speaking KMS's JSON protocol for
 * the two calls the webhook secrets use, GenerateDataKey and Decrypt, so the production adapter
 * ({@code KmsKeyService} and the real KmsClient) runs unchanged against it. One master key, kept in
 * the data directory like the other local keys; a data key's ciphertext is AES-256-GCM under it with the
 * key id and the encryption context as associated data, so another context or key fails as in KMS.
 * Counts its calls, for the benchmark's cost figures.
 */
public final class LocalKms implements AutoCloseable {
    /** The one key, as template.yaml's WebhookSecretKey would be named in AWS. */
    public static final String KEY_ARN = "arn:aws:kms:us-east-1:000000000000:key/carousel-local-webhook-secrets";
    private static final byte VERSION = 1;

    private final HttpServer server;
    private final byte[] master;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong generated = new AtomicLong();
    private final AtomicLong decrypted = new AtomicLong();

    private LocalKms(HttpServer server, byte[] master) {
        this.server = server;
        this.master = master;
    }

    /** @param dataDir where the master key is kept across restarts, or null for memory only */
    public static LocalKms start(Path dataDir) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        LocalKms kms = new LocalKms(http, LocalTokens.secret(dataDir, "kms.key"));
        http.createContext("/", kms::handle);
        http.start();
        return kms;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Calls served since start: GenerateDataKey, Decrypt. */
    public long dataKeysGenerated() {
        return generated.get();
    }

    public long decrypts() {
        return decrypted.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String target = String.valueOf(ex.getRequestHeaders().getFirst("X-Amz-Target"));
            Map<String, Object> in = Json.object(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!KEY_ARN.equals(in.get("KeyId")) && !(target.endsWith(".Decrypt") && in.get("KeyId") == null)) {
                error(ex, "NotFoundException", "Key '" + in.get("KeyId") + "' does not exist");
                return;
            }
            switch (target) {
                case "TrentService.GenerateDataKey" -> generate(ex, context(in));
                case "TrentService.Decrypt" -> decrypt(ex, String.valueOf(in.get("CiphertextBlob")), context(in));
                default -> error(ex, "UnsupportedOperationException", target + " is not served by the local cloud's KMS");
            }
        }
    }

    private void generate(HttpExchange ex, Map<String, String> context) throws IOException {
        generated.incrementAndGet();
        byte[] plain = new byte[32];
        random.nextBytes(plain);
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, iv, context, plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer blob = ByteBuffer.allocate(1 + 12 + sealed.length).put(VERSION).put(iv).put(sealed);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("CiphertextBlob", Base64.getEncoder().encodeToString(blob.array()));
        out.put("Plaintext", Base64.getEncoder().encodeToString(plain));
        out.put("KeyId", KEY_ARN);
        send(ex, 200, out);
    }

    private void decrypt(HttpExchange ex, String blob, Map<String, String> context) throws IOException {
        decrypted.incrementAndGet();
        try {
            byte[] raw = Base64.getDecoder().decode(blob);
            if (raw.length < 1 + 12 + 16 || raw[0] != VERSION) throw new GeneralSecurityException("not a local KMS ciphertext");
            byte[] iv = Arrays.copyOfRange(raw, 1, 13);
            byte[] plain = crypt(Cipher.DECRYPT_MODE, iv, context, Arrays.copyOfRange(raw, 13, raw.length));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("KeyId", KEY_ARN);
            out.put("Plaintext", Base64.getEncoder().encodeToString(plain));
            out.put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
            send(ex, 200, out);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            error(ex, "InvalidCiphertextException", "the ciphertext, its key or its encryption context does not match");
        }
    }

    private byte[] crypt(int mode, byte[] iv, Map<String, String> context, byte[] input) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD((KEY_ARN + "\n" + new TreeMap<>(context)).getBytes(StandardCharsets.UTF_8));
        return c.doFinal(input);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> context(Map<String, Object> in) {
        Object c = in.get("EncryptionContext");
        return c instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    private static void error(HttpExchange ex, String type, String message) throws IOException {
        send(ex, 400, Map.of("__type", type, "message", message));
    }

    private static void send(HttpExchange ex, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
