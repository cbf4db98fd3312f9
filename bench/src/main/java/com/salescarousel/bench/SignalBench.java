package com.salescarousel.bench;

import com.salescarousel.json.Json;
import com.salescarousel.local.LocalCloud;
import com.salescarousel.local.Options;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 13's figures, on the local cloud in this JVM (the production handlers, DynamoDB Local, ElasticMQ,
 * the KMS stand-in): (1) webhook intake at {@code senders} concurrent senders: accepted signals per second,
 * latency p50/p99, errors, then how long signal-intake takes to record them all and whether every one was
 * recorded once; (2) what one webhook call and one intake cost in AWS calls and DynamoDB capacity
 * ({@link SignalCalls}); (3) end to end, from the webhook's 202 to the sales-ready push arriving at a real
 * push service (web-push-testing, started by bench/signals.sh), p50/p99.
 *
 *   SignalBench [senders] [signals] [e2e samples] [push service URL]
 */
public final class SignalBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ORG = "bench";

    private final LocalCloud cloud;
    private String secret;

    private SignalBench(LocalCloud cloud) {
        this.cloud = cloud;
    }

    public static void main(String[] args) throws Exception {
        int senders = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int signals = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String push = args.length > 3 ? args[3] : null;
        BenchSupport.quietLogs();
        try (LocalCloud cloud = LocalCloud.start(new Options(0, null, null, null, true))) {
            new SignalBench(cloud).run(senders, signals, samples, push);
        }
    }

    private void run(int senders, int total, int samples, String push) throws Exception {
        String manager = login("mo@bench.example", "manager");
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) reps.add(login("rep" + i + "@bench.example", "rep"));
        secret = (String) call("POST", "/api/org/webhook-secret", manager, null).body().get("secret");
        for (int i = 0; i < 100; i++) {
            call("POST", "/api/prospects", reps.get(i % reps.size()),
                    "{\"name\":\"Known " + i + "\",\"email\":\"known-" + i + "@bench.example\",\"tier\":\"nurture\"}");
        }
        System.out.printf(Locale.ROOT, "JVM %s, %d cores; local cloud in this JVM (DynamoDB Local in memory, ElasticMQ, KMS stand-in)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        intake(senders, total);
        if (push == null) System.out.println("\n(3) end to end: skipped, no push service given (bench/signals.sh starts one)");
        else endToEnd(reps.get(0), samples, push);
    }

    /** (1) and (2): total signed signals from {@code senders} threads; half known addresses, half new leads. */
    private void intake(int senders, int total) throws Exception {
        String[] types = {"ebook_download", "webinar_registered", "webinar_attended", "newsletter_click", "website_chat", "linkedin_engagement"};
        long kmsBefore = cloud.kms().decrypts();
        System.setProperty("carousel.bench.meter", "on");
        SignalCalls.reset();
        long[] millis = new long[total];
        int[] status = new int[total];
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(senders)) {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        String email = i % 2 == 0 ? "known-" + (i % 100) + "@bench.example" : "new-" + i + "@bench.example";
                        String body = "{\"id\":\"evt-bench-" + i + "\",\"type\":\"" + types[i % types.length] + "\",\"email\":\"" + email + "\"}";
                        long a = System.nanoTime();
                        status[i] = hook(body);
                        millis[i] = (System.nanoTime() - a) / 1_000_000;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        }
        double sendSeconds = (System.nanoTime() - t0) / 1e9;
        var webhook = SignalCalls.snapshot();
        boolean drained = cloud.drainSignalQueue(Duration.ofMinutes(15));
        double intakeSeconds = (System.nanoTime() - t0) / 1e9;
        var all = SignalCalls.snapshot();
        System.clearProperty("carousel.bench.meter");
        long accepted = Arrays.stream(status).filter(s -> s == 202).count();
        System.out.printf(Locale.ROOT, "%n(1) webhook intake: %d signed signals from %d concurrent senders (half known addresses, half new leads)%n",
                total, senders);
        System.out.printf(Locale.ROOT, "    accepted (202): %d, errors: %d; %.0f accepted signals/s over %.1f s%n", accepted, total - accepted,
                accepted / sendSeconds, sendSeconds);
        System.out.printf(Locale.ROOT, "    webhook latency: p50 %d ms, p99 %d ms, max %d ms%n", pct(millis, 50), pct(millis, 99), pct(millis, 100));
        long recorded = recordedSignals();
        System.out.printf(Locale.ROOT, "    signal-intake: queue drained %s after %.1f s from the first send (%.0f signals/s end to end); "
                + "signals recorded %d of %d (each once: %s)%n", drained, intakeSeconds, recorded / intakeSeconds, recorded, total, recorded == total);
        System.out.printf(Locale.ROOT, "%n(2) cost per call (DynamoDB Local's reported capacity; KMS decrypts: %d in this run, "
                + "the data key was cached at rotation)%n", cloud.kms().decrypts() - kmsBefore);
        perCall("webhook", webhook, total);
        perCall("intake", all, total);
    }

    private void perCall(String who, Map<String, SignalCalls.Count> counts, long n) {
        System.out.printf(Locale.ROOT, "    per %s call:%n", who.equals("webhook") ? "webhook" : "signal in signal-intake");
        counts.forEach((k, c) -> {
            if (!k.startsWith(who + " ")) return;
            System.out.printf(Locale.ROOT, "      %-40s %6.2f calls, %6.2f capacity units%n", k.substring(who.length() + 1),
                    c.calls / (double) n, c.units / n);
        });
    }

    /** (3) one at a time: a demo request for a new lead owned by the rep, until the push service holds the push. */
    @SuppressWarnings("unchecked")
    private void endToEnd(String rep, int samples, String push) throws Exception {
        String key = (String) call("GET", "/api/push", rep, null).body().get("publicKey");
        Map<String, Object> sub = (Map<String, Object>) Json.object(post(push + "/subscribe",
                "{\"userVisibleOnly\":\"true\",\"applicationServerKey\":\"" + key + "\"}")).get("data");
        Map<String, Object> keys = (Map<String, Object>) sub.get("keys");
        call("PUT", "/api/push/subscription", rep,
                Json.write(Map.of("endpoint", sub.get("endpoint"), "p256dh", keys.get("p256dh"), "auth", keys.get("auth"))));
        String hash = (String) sub.get("clientHash");
        long[] millis = new long[samples];
        for (int i = 0; i < samples; i++) {
            String body = "{\"id\":\"evt-e2e-" + i + "\",\"type\":\"demo_request\",\"email\":\"e2e-" + i + "@bench.example\","
                    + "\"ownerEmail\":\"rep0@bench.example\"}";
            if (hook(body) != 202) throw new IllegalStateException("e2e signal " + i + " was not accepted");
            long a = System.nanoTime();
            while (pushes(push, hash) < i + 1) {
                if (System.nanoTime() - a > 30_000_000_000L) throw new IllegalStateException("no push within 30 s for sample " + i);
                Thread.sleep(10);
            }
            millis[i] = (System.nanoTime() - a) / 1_000_000;
        }
        System.out.printf(Locale.ROOT, "%n(3) end to end, webhook 202 -> push delivered (web-push-testing decrypted it), %d samples one at a time:%n", samples);
        System.out.printf(Locale.ROOT, "    p50 %d ms, p99 %d ms, max %d ms (goal: p99 under 5 s)%n", pct(millis, 50), pct(millis, 99), pct(millis, 100));
    }

    @SuppressWarnings("unchecked")
    private static int pushes(String push, String hash) throws Exception {
        var data = (Map<String, Object>) Json.object(post(push + "/get-notifications", "{\"clientHash\":\"" + hash + "\"}")).get("data");
        return ((List<Object>) data.get("messages")).size();
    }

    private long recordedSignals() {
        try (DynamoDbClient ddb = BenchSupport.client(cloud.dynamoDbEndpoint())) {
            long n = 0;
            for (String email : List.of("mo@bench.example", "rep0@bench.example", "rep1@bench.example", "rep2@bench.example", "rep3@bench.example")) {
                String rep = (String) call("POST", "/local/login", null, "{\"email\":\"" + email + "\",\"org\":\"" + ORG + "\"}").body().get("repId");
                for (var page : ddb.queryPaginator(q -> q.tableName(LocalCloud.TABLE).keyConditionExpression("PK = :pk AND begins_with(SK, :s)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("REP#" + rep), ":s", AttributeValue.fromS("SIGNAL#")))
                        .select("COUNT"))) {
                    n += page.count();
                }
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int hook(String body) throws Exception {
        String sig = BenchSupport.webhookSignature(secret, cloud.clock().instant().getEpochSecond(), body);
        return HTTP.send(HttpRequest.newBuilder(cloud.url().resolve("/hooks/signals/" + ORG)).header("Carousel-Signature", sig)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private record Res(int status, Map<String, Object> body) {}

    private Res call(String method, String path, String token, String body) throws Exception {
        var b = HttpRequest.newBuilder(cloud.url().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Res(r.statusCode(), r.body().startsWith("{") ? Json.object(r.body()) : Map.of());
    }

    private String login(String email, String role) throws Exception {
        return (String) call("POST", "/local/login", null, "{\"email\":\"" + email + "\",\"role\":\"" + role + "\",\"org\":\"" + ORG
                + "\",\"timeZone\":\"Europe/London\"}").body().get("token");
    }

    private static String post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The p-th percentile (nearest rank); 100 is the maximum. */
    static long pct(long[] values, int p) {
        long[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
