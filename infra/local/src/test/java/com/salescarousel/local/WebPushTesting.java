package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salescarousel.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Web Push service for the push suites: npm web-push-testing 1.2.2 (installed once into the
 * cache), started from a small launcher bound to loopback; it checks VAPID and decrypts as a browser
 * vendor's service does. {@link #subscribe} is what a browser's {@code pushManager.subscribe} returns.
 */
final class WebPushTesting implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PACKAGE = "web-push-testing@1.2.2";

    private final Process process;
    private final String url;

    private WebPushTesting(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static WebPushTesting start() throws Exception {
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "carousel", "push-test");
        if (!Files.isDirectory(dir.resolve("node_modules/web-push-testing"))) {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", PACKAGE).directory(dir.toFile()).inheritIO().start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("npm install " + PACKAGE + " failed");
        }
        Path launcher = Files.createTempFile("push-service", ".js");
        try (InputStream in = WebPushTesting.class.getResourceAsStream("/push-service.js")) {
            Files.write(launcher, in.readAllBytes());
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process process = new ProcessBuilder("node", launcher.toString(), dir.toString(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        WebPushTesting service = new WebPushTesting(process, "http://localhost:" + port);
        for (int i = 0; i < 100; i++) {
            try {
                if (service.post("/status", "").statusCode() == 200) return service;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("the push service did not start on " + service.url);
    }

    String url() {
        return url;
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a browser's pushManager.subscribe({applicationServerKey}) returns: endpoint, keys, clientHash. */
    @SuppressWarnings("unchecked")
    Map<String, Object> subscribe(String applicationServerKey) throws Exception {
        var r = post("/subscribe", "{\"userVisibleOnly\":\"true\",\"applicationServerKey\":\"" + applicationServerKey + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        return (Map<String, Object>) Json.object(r.body()).get("data");
    }

    /** Every push the device got, decrypted. */
    @SuppressWarnings("unchecked")
    List<Object> notifications(String clientHash) throws Exception {
        var r = post("/get-notifications", "{\"clientHash\":\"" + clientHash + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        return (List<Object>) ((Map<String, Object>) Json.object(r.body()).get("data")).get("messages");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
