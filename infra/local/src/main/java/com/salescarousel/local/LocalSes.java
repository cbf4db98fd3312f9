package com.salescarousel.local;

import com.salescarousel.json.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * An SES v2-compatible endpoint that keeps every e-mail: the real SesV2Client sends to it over HTTP
 * (REST-JSON SendEmail with Simple content and custom headers, GetAccount), and the outbox shows
 * what went out, with the From and Reply-To headers SES writes from the request. Faults can be
 * queued for tests: throttling (429), a 500, or accepting the mail and dropping the connection
 * before answering (the ambiguous case). A send-rate limit answers 429.
 */
public final class LocalSes implements AutoCloseable {
    static final int MAX_KEPT = 10_000;
    static final double DEFAULT_MAX_SEND_RATE = 14;

    public record Mail(String messageId, String at, String from, List<String> to, List<String> cc, List<String> bcc,
                       String subject, String text, String html, Map<String, String> headers, String configurationSet,
                       Map<String, String> tags, List<String> replyTo) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("messageId", messageId);
            m.put("at", at);
            m.put("from", from);
            m.put("to", to);
            m.put("cc", cc);
            m.put("bcc", bcc);
            m.put("subject", subject);
            m.put("text", text);
            m.put("html", html);
            m.put("headers", headers);
            m.put("configurationSet", configurationSet);
            m.put("tags", tags);
            m.put("replyTo", replyTo);
            return m;
        }
    }

    /** One queued fault: {@code status} 0 means "accept, then drop the connection". */
    private record Fault(int status, String errorType) {}

    private final HttpServer server;
    private final Clock clock;
    private final Path journal;
    private final Deque<Mail> outbox = new ArrayDeque<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private volatile double maxSendRate = DEFAULT_MAX_SEND_RATE;
    private final Deque<Long> recentSends = new ArrayDeque<>();

    private LocalSes(HttpServer server, Clock clock, Path journal) {
        this.server = server;
        this.clock = clock;
        this.journal = journal;
    }

    /** @param dataDir where the outbox journal is kept across restarts, or null for memory only */
    public static LocalSes start(Path dataDir, Clock clock) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        LocalSes ses = new LocalSes(http, clock, dataDir == null ? null : dataDir.resolve("outbox.jsonl"));
        ses.reload();
        http.createContext("/", ses::handle);
        http.start();
        return ses;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized List<Mail> outbox() {
        return List.copyOf(outbox);
    }

    public synchronized void clear() {
        outbox.clear();
        if (journal != null) {
            try {
                Files.deleteIfExists(journal);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The next {@code count} SendEmail calls fail with this status and SES error type. */
    public synchronized void failNext(int count, int status, String errorType) {
        for (int i = 0; i < count; i++) faults.add(new Fault(status, errorType));
    }

    /** The next SendEmail is stored (it went out) but the connection drops before the answer. */
    public synchronized void acceptThenDropConnection() {
        faults.add(new Fault(0, null));
    }

    public void maxSendRate(double perSecond) {
        this.maxSendRate = perSecond;
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (method.equals("GET") && path.equals("/v2/email/account")) {
                int sent;
                synchronized (this) {
                    sent = outbox.size();
                }
                respond(ex, 200, Map.of("SendQuota", Map.of("Max24HourSend", 50_000, "MaxSendRate", maxSendRate, "SentLast24Hours", sent),
                        "SendingEnabled", true, "ProductionAccessEnabled", true));
            } else if (method.equals("POST") && path.equals("/v2/email/outbound-emails")) {
                sendEmail(ex);
            } else {
                error(ex, 404, "NotFoundException", "the local SES implements SendEmail and GetAccount only, not " + method + " " + path);
            }
        } catch (RuntimeException e) {
            error(ex, 400, "BadRequestException", String.valueOf(e.getMessage()));
        } finally {
            ex.close();
        }
    }

    @SuppressWarnings("unchecked")
    private void sendEmail(HttpExchange ex) throws IOException {
        Map<String, Object> req = Json.object(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Fault fault;
        synchronized (this) {
            fault = faults.poll();
        }
        if (fault != null && fault.status() != 0) {
            error(ex, fault.status(), fault.errorType(), "injected fault");
            return;
        }
        if (fault == null && !withinRate()) {
            error(ex, 429, "TooManyRequestsException", "Maximum sending rate exceeded.");
            return;
        }
        Map<String, Object> content = (Map<String, Object>) req.get("Content");
        Map<String, Object> simple = content == null ? null : (Map<String, Object>) content.get("Simple");
        if (simple == null) {
            error(ex, 400, "BadRequestException", "the local SES accepts Simple content only (Raw and Template are not implemented)");
            return;
        }
        Map<String, Object> dest = (Map<String, Object>) req.getOrDefault("Destination", Map.of());
        List<String> to = (List<String>) dest.getOrDefault("ToAddresses", List.of());
        if (to.isEmpty() || req.get("FromEmailAddress") == null) {
            error(ex, 400, "BadRequestException", "FromEmailAddress and at least one ToAddresses entry are required");
            return;
        }
        Map<String, Object> body = (Map<String, Object>) simple.getOrDefault("Body", Map.of());
        // The headers SES writes from the request's own fields, then the custom ones.
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> replyTo = (List<String>) req.getOrDefault("ReplyToAddresses", List.of());
        headers.put("From", (String) req.get("FromEmailAddress"));
        if (!replyTo.isEmpty()) headers.put("Reply-To", String.join(", ", replyTo));
        for (Map<String, Object> h : (List<Map<String, Object>>) simple.getOrDefault("Headers", List.of())) {
            String name = (String) h.get("Name"), value = (String) h.get("Value");
            // SES refuses header injection; so does this.
            if (name.matches(".*[\\r\\n:].*") || value.matches(".*[\\r\\n].*")) {
                error(ex, 400, "BadRequestException", "invalid header " + name);
                return;
            }
            headers.put(name, value);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Map<String, Object> t : (List<Map<String, Object>>) req.getOrDefault("EmailTags", List.of())) {
            tags.put((String) t.get("Name"), (String) t.get("Value"));
        }
        String subject = data(simple.get("Subject"));
        if (subject != null && subject.matches("(?s).*[\\r\\n].*")) {
            error(ex, 400, "BadRequestException", "the subject contains a line break");
            return;
        }
        Mail mail = new Mail(UUID.randomUUID() + "@local.ses", clock.instant().toString(), (String) req.get("FromEmailAddress"), to,
                (List<String>) dest.getOrDefault("CcAddresses", List.of()), (List<String>) dest.getOrDefault("BccAddresses", List.of()),
                subject, data(body.get("Text")), data(body.get("Html")), headers, (String) req.get("ConfigurationSetName"), tags, replyTo);
        keep(mail);
        if (fault != null) {
            // It went out; the answer never arrives. Closing without a response resets the client.
            ex.getResponseBody().close();
            throw new IllegalStateException("dropped the connection after accepting " + mail.messageId());
        }
        respond(ex, 200, Map.of("MessageId", mail.messageId()));
    }

    @SuppressWarnings("unchecked")
    private static String data(Object content) {
        return content instanceof Map<?, ?> m ? (String) ((Map<String, Object>) m).get("Data") : null;
    }

    private synchronized boolean withinRate() {
        long now = System.nanoTime();
        while (!recentSends.isEmpty() && now - recentSends.peekFirst() > 1_000_000_000L) recentSends.pollFirst();
        if (recentSends.size() >= Math.max(1, (int) Math.floor(maxSendRate))) return false;
        recentSends.addLast(now);
        return true;
    }

    private synchronized void keep(Mail mail) {
        outbox.addLast(mail);
        while (outbox.size() > MAX_KEPT) outbox.pollFirst();
        if (journal != null) {
            try {
                Files.writeString(journal, Json.write(mail.json()) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void reload() throws IOException {
        if (journal == null || !Files.exists(journal)) return;
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Map<String, Object> m = Json.object(line);
            outbox.addLast(new Mail((String) m.get("messageId"), (String) m.get("at"), (String) m.get("from"),
                    (List<String>) m.get("to"), (List<String>) m.get("cc"), (List<String>) m.get("bcc"), (String) m.get("subject"),
                    (String) m.get("text"), (String) m.get("html"), (Map<String, String>) m.get("headers"),
                    (String) m.get("configurationSet"), (Map<String, String>) m.get("tags"),
                    (List<String>) m.getOrDefault("replyTo", List.of())));
        }
    }

    /** SES's REST-JSON error shape: the SDK reads the type from {@code x-amzn-ErrorType}. */
    private static void error(HttpExchange ex, int status, String type, String message) throws IOException {
        ex.getResponseHeaders().set("x-amzn-ErrorType", type);
        respond(ex, status, Map.of("message", message));
    }

    private static void respond(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    static List<Map<String, Object>> asJson(List<Mail> mails) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Mail m : mails) out.add(m.json());
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
