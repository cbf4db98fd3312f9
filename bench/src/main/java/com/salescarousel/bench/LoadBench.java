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
 * the morning (read the agenda, open a prospect, log a touch, record a signal by hand, now and then list
 * prospects), while the marketing tools post signed signals about those reps' prospects to the team's
 * webhook ({@code POST /hooks/signals/load}, secret rotated by the team's manager), for {@code seconds}.
 * Prints throughput, p50/p99 per operation and every non-2xx answer, then checks that every write the
 * server accepted is in the store: each touch answered 201 is counted on its prospect, and each signal
 * answered 201 (by hand) or 202 (webhook; recorded by signal-intake behind the queue) is in its
 * prospect's signal history once.
 *
 * <p>{@code LoadBench <base url> [reps=50] [seconds=60] [prospectsPerRep=20]}
 */
public final class LoadBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Rep(String token, List<String> prospects, List<String> emails) {}

    /** Low-intent types only, so the load measures intake, not a flood of sales-ready alerts. */
    private static final String[] TYPES = {"ebook_download", "newsletter_click", "webinar_registered", "linkedin_engagement"};

    private final URI base;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>(); // prospect id -> touches answered 201
    private final Map<String, AtomicInteger> signals = new ConcurrentHashMap<>(); // prospect id -> signals answered 201/202
    private final AtomicInteger events = new AtomicInteger();
    private String secret;

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
        var manager = call("seed", "POST", "/local/login", null,
                "{\"email\":\"load-manager@example.com\",\"role\":\"manager\",\"org\":\"load\",\"timeZone\":\"Europe/London\"}");
        String managerToken = (String) Json.object(manager.body()).get("token");
        secret = (String) Json.object(call("seed", "POST", "/api/org/webhook-secret", managerToken, null).body()).get("secret");
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
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < perRep; i++) {
            String email = "p" + r + "-" + i + "@load.example";
            var created = call("seed", "POST", "/api/prospects", token,
                    "{\"name\":\"Prospect " + r + "-" + i + "\",\"company\":\"Co " + i + "\",\"email\":\"" + email + "\"}");
            ids.add((String) Json.object(created.body()).get("id"));
            emails.add(email);
        }
        return new Rep(token, Collections.unmodifiableList(ids), Collections.unmodifiableList(emails));
    }

    /**
     * One step of a rep's morning, weighted as a phone is used (mostly reading; touches a fifth), or, one
     * step in ten, a signal about one of the rep's prospects arriving at the team's webhook.
     */
    private void step(Rep rep) throws Exception {
        var random = ThreadLocalRandom.current();
        int which = random.nextInt(rep.prospects().size());
        String id = rep.prospects().get(which);
        int dice = random.nextInt(100);
        if (dice < 30) {
            call("agenda", "GET", "/api/agenda", rep.token(), null);
        } else if (dice < 55) {
            call("prospect", "GET", "/api/prospects/" + id, rep.token(), null);
        } else if (dice < 75) {
            var r = call("touch", "POST", "/api/prospects/" + id + "/touches", rep.token(),
                    "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"idempotencyKey\":\"load-" + UUID.randomUUID() + "\"}");
            if (r.statusCode() == 201) accepted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        } else if (dice < 80) {
            var r = call("signal by hand", "POST", "/api/prospects/" + id + "/signals", rep.token(),
                    "{\"type\":\"" + TYPES[dice % TYPES.length] + "\",\"detail\":\"met at the load test\",\"idempotencyKey\":\"load-"
                            + UUID.randomUUID() + "\"}");
            if (r.statusCode() == 201) signals.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        } else if (dice < 90) {
            String body = "{\"id\":\"evt-load-" + events.incrementAndGet() + "\",\"type\":\"" + TYPES[dice % TYPES.length]
                    + "\",\"email\":\"" + rep.emails().get(which) + "\"}";
            var r = call("signal webhook", "POST", "/hooks/signals/load", null, body, "Carousel-Signature", sign(body));
            if (r.statusCode() == 202) signals.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        } else {
            call("list", "GET", "/api/prospects?limit=25", rep.token(), null);
        }
    }

    /** Signed with the local cloud's clock, which is the system clock when load.sh starts it without --clock. */
    private String sign(String body) throws Exception {
        return BenchSupport.webhookSignature(secret, System.currentTimeMillis() / 1000, body);
    }

    private HttpResponse<String> call(String op, String method, String path, String token, String body, String... headers)
            throws Exception {
        var b = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (headers.length > 0) b.headers(headers);
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

    /**
     * Every 201 the phones saw is one touch on its prospect; every signal answered 201 or 202 is one entry
     * in its prospect's history, once signal-intake has drained the queue (polled up to five minutes):
     * nothing accepted was lost or doubled.
     */
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
        int wanted = signals.values().stream().mapToInt(AtomicInteger::get).sum();
        long t0 = System.nanoTime();
        int[] found;
        do {
            found = signalsInStore(team);
        } while (found[0] < wanted && System.nanoTime() - t0 < 300_000_000_000L && pause());
        System.out.printf(Locale.ROOT, "accepted signals: %,d (by hand 201 + webhook 202); in the prospects' histories %.1f s after the load: %,d; "
                + "prospects that disagree: %d%n", wanted, (System.nanoTime() - t0) / 1e9, found[0], found[1]);
        if (mismatched > 0 || found[1] > 0) System.exit(1);
    }

    /** [signals in the store, prospects whose history differs from what was accepted for them]. */
    @SuppressWarnings("unchecked")
    private int[] signalsInStore(List<Rep> team) throws Exception {
        int total = 0, differ = 0;
        for (Rep rep : team) {
            for (String id : rep.prospects()) {
                var r = call("verify", "GET", "/api/prospects/" + id + "/signals", rep.token(), null);
                int n = ((List<Object>) Json.object(r.body()).get("items")).size();
                total += n;
                if (n != signals.getOrDefault(id, new AtomicInteger()).get()) differ++;
            }
        }
        return new int[] {total, differ};
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(2000);
        return true;
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size()))) / 1e6;
    }
}
