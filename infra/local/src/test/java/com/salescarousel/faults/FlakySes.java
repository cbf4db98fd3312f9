package com.salescarousel.faults;

import com.salescarousel.json.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A misbehaving SES v2 endpoint on loopback for the real SDK client: each SendEmail takes the next
 * scripted answer (then accepts). A mail counts as possibly sent when SES accepted it or when the
 * connection was dropped after the request was read: the sender cannot know which.
 */
final class FlakySes implements AutoCloseable {
    enum Answer { ACCEPT, THROTTLE, SERVER_ERROR, UNAVAILABLE, PAUSED, DROP }

    private final HttpServer server;
    private final Outbox outbox;
    private final Deque<Answer> script = new ArrayDeque<>();
    private int requests;

    FlakySes(Outbox outbox, List<Answer> answers) throws IOException {
        this.outbox = outbox;
        script.addAll(answers);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized int requests() {
        return requests;
    }

    private void answer(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        String path = x.getRequestURI().getPath();
        if ("GET".equals(x.getRequestMethod()) && path.endsWith("/v2/email/account")) {
            reply(x, 200, null, Map.of("SendQuota", Map.of("MaxSendRate", 1000, "Max24HourSend", 50000, "SentLast24Hours", 0)));
            return;
        }
        Answer a;
        synchronized (this) {
            requests++;
            a = script.isEmpty() ? Answer.ACCEPT : script.poll();
        }
        switch (a) {
            case ACCEPT -> {
                took(body);
                reply(x, 200, null, Map.of("MessageId", "flaky-" + requests));
            }
            case THROTTLE -> reply(x, 429, "TooManyRequestsException", Map.of("message", "Maximum sending rate exceeded."));
            case SERVER_ERROR -> reply(x, 500, "InternalFailure", Map.of("message", "internal failure"));
            case UNAVAILABLE -> reply(x, 503, "ServiceUnavailable", Map.of("message", "service unavailable"));
            case PAUSED -> reply(x, 400, "SendingPausedException", Map.of("message", "Sending is paused for this account."));
            case DROP -> {
                took(body); // the request arrived: SES may have sent it before the connection went
                x.close(); // no status line: the JDK server closes the connection
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void took(byte[] body) {
        Map<String, Object> req = Json.object(new String(body, StandardCharsets.UTF_8));
        var to = (List<String>) ((Map<String, Object>) req.get("Destination")).get("ToAddresses");
        String kind = ((List<Map<String, Object>>) req.get("EmailTags")).stream().filter(t -> "kind".equals(t.get("Name")))
                .map(t -> (String) t.get("Value")).findFirst().orElse("?");
        outbox.took(Outbox.mailKey(kind, to.get(0)));
    }

    private static void reply(HttpExchange x, int status, String errorType, Map<String, Object> json) throws IOException {
        byte[] out = Json.write(json).getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        if (errorType != null) x.getResponseHeaders().add("x-amzn-ErrorType", errorType);
        x.sendResponseHeaders(status, out.length);
        x.getResponseBody().write(out);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
