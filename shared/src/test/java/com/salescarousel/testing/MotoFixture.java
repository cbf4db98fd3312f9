package com.salescarousel.testing;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * moto's server mode: a second, independent DynamoDB/SQS/SES v2 emulator that needs no Docker.
 *
 * <p>Where it comes from, first match wins:
 * <ol>
 *   <li>an endpoint that is already running: system property {@code moto.endpoint} or env
 *       {@code MOTO_ENDPOINT} ({@code run-tests} starts one with {@code infra/moto/start.sh});</li>
 *   <li>{@code moto_server} in the virtualenv {@code infra/moto/start.sh} builds ({@code MOTO_VENV},
 *       default {@code ~/.cache/carousel/moto-venv}): started here on a free loopback port, once per
 *       test JVM, stopped when the JVM exits;</li>
 *   <li>neither: the test is aborted, so JUnit reports it as skipped (never as passed).</li>
 * </ol>
 */
public final class MotoFixture {
    private static URI endpoint;
    private static String unavailable;

    private MotoFixture() {}

    /** moto's endpoint, or the calling test is skipped with the reason. */
    public static URI endpointOrSkip() {
        Optional<URI> e = endpoint();
        Assumptions.assumeTrue(e.isPresent(), () -> "moto not available, skipped: " + unavailable);
        return e.get();
    }

    public static synchronized Optional<URI> endpoint() {
        if (endpoint != null) return Optional.of(endpoint);
        if (unavailable != null) return Optional.empty();
        String given = Optional.ofNullable(System.getProperty("moto.endpoint")).orElse(System.getenv("MOTO_ENDPOINT"));
        if (given != null && !given.isBlank()) {
            URI uri = URI.create(given.trim().replaceAll("/+$", ""));
            if (!answers(uri)) {
                unavailable = "MOTO_ENDPOINT " + uri + " does not answer";
                return Optional.empty();
            }
            endpoint = uri;
            return Optional.of(endpoint);
        }
        Path venv = Path.of(Optional.ofNullable(System.getenv("MOTO_VENV"))
                .orElse(System.getProperty("user.home") + "/.cache/carousel/moto-venv"));
        Path server = venv.resolve("bin/moto_server");
        if (!Files.isExecutable(server)) {
            unavailable = "no MOTO_ENDPOINT and no " + server + " (run infra/moto/start.sh once to create the venv)";
            return Optional.empty();
        }
        try {
            endpoint = start(server);
            return Optional.of(endpoint);
        } catch (IOException | InterruptedException | IllegalStateException ex) {
            unavailable = "moto_server did not start: " + ex.getMessage();
            return Optional.empty();
        }
    }

    private static URI start(Path server) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        File log = new File("target/moto-server-" + ProcessHandle.current().pid() + ".log");
        log.getParentFile().mkdirs();
        Process p = new ProcessBuilder(server.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException ignored) {
                p.destroyForcibly();
            }
        }));
        URI uri = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException("moto_server exited with " + p.exitValue() + ", see " + log);
            if (answers(uri)) return uri;
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("moto_server did not answer on " + uri + " within 30 s, see " + log);
    }

    private static boolean answers(URI base) {
        try {
            var c = (HttpURLConnection) base.resolve("/moto-api/").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            int code = c.getResponseCode();
            c.disconnect();
            return code == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
