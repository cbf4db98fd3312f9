package com.salescarousel.local;

import com.salescarousel.problem.Problem;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** The PWA's files: from the jar (as built) or, with {@code --static-dir}, live from disk while editing. */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path dir;

    StaticFiles(Path dir) {
        this.dir = dir;
    }

    record File(byte[] bytes, String contentType) {}

    /** GET or HEAD of one of the app's files, with the headers CloudFront would add. */
    void serve(HttpExchange ex, String path) throws IOException {
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            throw new Problem(405, "Method not allowed", "the app is read-only", List.of());
        }
        File file = read(path);
        if (file == null) throw new Problem(404, "Not found", path + " was not found", List.of());
        // The shell must revalidate so a new build reaches phones; the service worker does the caching.
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        ex.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        if (path.equals("/") || path.endsWith(".html")) {
            ex.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                    + "script-src 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'");
        }
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().add("Content-Type", file.contentType());
            ex.sendResponseHeaders(200, -1);
            return;
        }
        Exchanges.send(ex, 200, file.contentType(), compressedFor(ex, file));
    }

    /** Text gzipped for a client that takes it, as CloudFront does for the deployed app ({@code Compress: true}). */
    private static byte[] compressedFor(HttpExchange ex, File file) throws IOException {
        ex.getResponseHeaders().add("Vary", "Accept-Encoding");
        String accepts = ex.getRequestHeaders().getFirst("Accept-Encoding");
        boolean text = !file.contentType().startsWith("image/png") && !file.contentType().startsWith("application/octet-stream");
        if (!text || accepts == null || !accepts.contains("gzip") || file.bytes().length < 1024) return file.bytes();
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(file.bytes());
        }
        ex.getResponseHeaders().add("Content-Encoding", "gzip");
        return out.toByteArray();
    }

    /** Null when there is no such file, or the path tries to leave the app's folder. */
    File read(String path) throws IOException {
        String rel = path.equals("/") || path.isEmpty() ? "index.html" : path.substring(1);
        if (rel.contains("..") || rel.contains("\\") || rel.startsWith("/")) return null;
        // The app's folder also holds its tests, tools and docs: those are not part of the app.
        if (rel.startsWith("test/") || rel.startsWith("tools/") || rel.startsWith("node_modules/") || rel.endsWith(".md")) return null;
        byte[] bytes;
        if (dir != null) {
            Path p = dir.resolve(rel).normalize();
            if (!p.startsWith(dir) || !Files.isRegularFile(p)) return null;
            bytes = Files.readAllBytes(p);
        } else {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/pwa-static/" + rel)) {
                if (in == null) return null;
                bytes = in.readAllBytes();
            }
        }
        int dot = rel.lastIndexOf('.');
        String ext = dot < 0 ? "" : rel.substring(dot + 1);
        return new File(bytes, TYPES.getOrDefault(ext, "application/octet-stream"));
    }
}
