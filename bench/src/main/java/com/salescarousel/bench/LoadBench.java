package com.salescarousel.bench;

import com.salescarousel.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running local cloud: {@code reps} reps at once, each a loop of what a rep's phone does in
 * the morning (read the agenda, open a prospect, log a touch, now and then list prospects) for
 * {@code seconds}. Prints throughput, p50/p99 per operation and every non-2xx answer, then checks that
 * every touch the server accepted (201) is counted on its prospect: accepted writes are never lost.
 *
 * <p>{@code LoadBench <base url> [reps=50] [seconds=60] [prospectsPerRep=20]}
 */
public final class LoadBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Rep(String token, List<String> prospects) {}

    private final URI base;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>(); // prospect id -> touches answered 201

    private LoadBench(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int perRep = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        new LoadBench(base).run(reps, seconds, perRep);
    }

    private void run(int reps, int seconds, int perRep) throws Exception {
        long t0 = System.nanoTime();
        List<Rep> team = new ArrayList<>();
        for (int r = 0; r < reps; r++) team.add(seed(r, perRep));
        System.out.printf(Locale.ROOT, "seeded %d reps x %d prospects in %.1f s%n", reps, perRep, (System.nanoTime() - t0) / 1e9);
        latencies.clear();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong total = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Rep rep : team) {
                phones.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        step(rep);
                        total.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        report(reps, elapsed, total.get());
        verify(team);
    }

    /** A rep signs in and adds their prospects (not timed with the load). */
    private Rep seed(int r, int perRep) throws Exception {
        var login = call("seed", "POST", "/local/login", null,
                "{\"email\":\"load-" + r + "@example.com\",\"name\":\"Load " + r + "\",\"org\":\"load\",\"timeZone\":\"Europe/London\"}");
        String token = (String) Json.object(login.body()).get("token");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < perRep; i++) {
            var created = call("seed", "POST", "/api/prospects", token,
                    "{\"name\":\"Prospect " + r + "-" + i + "\",\"company\":\"Co " + i + "\",\"email\":\"p" + r + "-" + i + "@load.example\"}");
            ids.add((String) Json.object(created.body()).get("id"));
        }
        return new Rep(token, Collections.unmodifiableList(ids));
    }

    /** One tap of a rep's morning, weighted as a phone is used: mostly reading, a quarter writes. */
    private void step(Rep rep) throws Exception {
        var random = ThreadLocalRandom.current();
        String id = rep.prospects().get(random.nextInt(rep.prospects().size()));
        int dice = random.nextInt(100);
        if (dice < 35) {
            call("agenda", "GET", "/api/agenda", rep.token(), null);
        } else if (dice < 65) {
            call("prospect", "GET", "/api/prospects/" + id, rep.token(), null);
        } else if (dice < 90) {
            var r = call("touch", "POST", "/api/prospects/" + id + "/touches", rep.token(),
                    "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"idempotencyKey\":\"load-" + UUID.randomUUID() + "\"}");
            if (r.statusCode() == 201) accepted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        } else {
            call("list", "GET", "/api/prospects?limit=25", rep.token(), null);
        }
    }

    private HttpResponse<String> call(String op, String method, String path, String token, String body) throws Exception {
        var b = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        long t = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            failures.computeIfAbsent(op + " " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            throw e;
        }
        latencies.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t);
        if (r.statusCode() >= 300) failures.computeIfAbsent(op + " " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        return r;
    }

    private void report(int reps, double seconds, long total) {
        System.out.printf(Locale.ROOT, "%d reps for %.1f s: %,d requests, %.0f requests/s%n", reps, seconds, total, total / seconds);
        System.out.println("| operation | requests | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Long> ns;
            synchronized (e.getValue()) {
                ns = new ArrayList<>(e.getValue());
            }
            Collections.sort(ns);
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f |%n", e.getKey(), ns.size(),
                    ms(ns, 0.50), ms(ns, 0.99), ns.get(ns.size() - 1) / 1e6);
        });
        int bad = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.println("errors (non-2xx or no answer): " + bad + (bad == 0 ? "" : " " + failures));
    }

    /** Every 201 the phones saw is one touch on its prospect: nothing accepted was lost or doubled. */
    private void verify(List<Rep> team) throws Exception {
        int expected = 0, counted = 0, mismatched = 0;
        for (Rep rep : team) {
            for (String id : rep.prospects()) {
                int sent = accepted.getOrDefault(id, new AtomicInteger()).get();
                var r = call("verify", "GET", "/api/prospects/" + id, rep.token(), null);
                int count = ((Number) Json.object(r.body()).get("touchCount")).intValue();
                expected += sent;
                counted += count;
                if (sent != count) mismatched++;
            }
        }
        System.out.printf(Locale.ROOT, "accepted touches: %,d; counted on their prospects: %,d; prospects that disagree: %d%n",
                expected, counted, mismatched);
        if (mismatched > 0) System.exit(1);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size()))) / 1e6;
    }
}
