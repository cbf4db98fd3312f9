package com.salescarousel.bench;

import com.salescarousel.json.Json;
import com.salescarousel.local.LocalCloud;
import com.salescarousel.local.Options;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 16's measured cost inputs: on the local cloud in this JVM (the production handlers), each thing a
 * rep's day is made of, done one at a time, with every AWS call counted and DynamoDB's consumed capacity
 * asked for ({@link SignalCalls}, on for the whole run): per agenda read, prospect read, list, touch,
 * signal by hand, webhook signal (the webhook, then signal-intake behind the queue, told apart by thread), and the daily run
 * (the hourly run at the reps' digest hour, then the touch-sender sending the digests). Prints them as
 * properties ({@code bench/cost-inputs.properties}), which {@link CostModel} turns into COST.md's tables.
 * Durations are the median wall time of a call on loopback: the handler's work plus DynamoDB Local's.
 *
 * <p>{@code CostBench [reps=20] [prospectsPerRep=15]}
 */
public final class CostBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** A Tuesday with no DST change near it; the reps' digest hour (07:00 London = 07:00 UTC in November). */
    private static final Instant START = Instant.parse("2026-11-24T06:00:00Z");
    private static final Instant MORNING = Instant.parse("2026-11-24T07:00:00Z");
    private static final String ORG = "cost";

    private final LocalCloud cloud;
    private final Map<String, String> out = new LinkedHashMap<>();
    private String secret;

    private CostBench(LocalCloud cloud) {
        this.cloud = cloud;
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perRep = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        BenchSupport.quietLogs();
        try (LocalCloud cloud = LocalCloud.start(new Options(0, null, START, null, true))) {
            new CostBench(cloud).run(reps, perRep);
        }
    }

    private record Rep(String token, String email, List<String> prospects, List<String> emails) {}

    private void run(int reps, int perRep) throws Exception {
        String manager = login("boss@cost.example", "manager");
        secret = (String) call("POST", "/api/org/webhook-secret", manager, null).get("secret");
        List<Rep> team = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            String email = "rep" + r + "@cost.example";
            String token = login(email, "rep");
            List<String> ids = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < perRep; i++) {
                String pe = "p" + r + "-" + i + "@cost.example";
                ids.add((String) call("POST", "/api/prospects", token,
                        "{\"name\":\"Prospect " + r + "-" + i + "\",\"company\":\"Co " + i + "\",\"email\":\"" + pe + "\"}").get("id"));
                emails.add(pe);
            }
            team.add(new Rep(token, email, ids, emails));
        }
        System.setProperty("carousel.bench.meter", "on");
        // A warm-up of every path first, so the timed calls are warm Lambda invocations.
        measure("warmup", team.size(), i -> step(team.get(i), 0));
        out.clear();
        out.put("measured.reps", String.valueOf(reps));
        out.put("measured.prospectsPerRep", String.valueOf(perRep));
        out.put("measured.jvm", Runtime.version().toString());
        measure("agenda", reps, i -> call("GET", "/api/agenda", team.get(i).token(), null));
        measure("prospect", reps, i -> call("GET", "/api/prospects/" + team.get(i).prospects().get(1), team.get(i).token(), null));
        measure("list", reps, i -> call("GET", "/api/prospects?limit=25", team.get(i).token(), null));
        measure("touch", reps, i -> call("POST", "/api/prospects/" + team.get(i).prospects().get(2) + "/touches", team.get(i).token(),
                "{\"channel\":\"call\",\"outcome\":\"no_answer\",\"idempotencyKey\":\"cost-t-" + i + "\"}"));
        measure("signal.hand", reps, i -> call("POST", "/api/prospects/" + team.get(i).prospects().get(3) + "/signals", team.get(i).token(),
                "{\"type\":\"booth_visit\",\"idempotencyKey\":\"cost-s-" + i + "\"}"));
        signals(team);
        dailyRun(reps);
        out.forEach((k, v) -> System.out.println(k + "=" + v));
    }

    /**
     * Webhook calls one at a time, each followed by the wait until signal-intake recorded it: the webhook's calls
     * (the HTTP server's thread) and the intake's (its worker's thread) are told apart by thread.
     */
    private void signals(List<Rep> team) throws Exception {
        int n = team.size();
        long floor = drainFloor();
        SignalCalls.reset();
        long[] webhook = new long[n];
        long[] intake = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            hook("{\"id\":\"evt-cost-" + i + "\",\"type\":\"newsletter_click\",\"email\":\"" + team.get(i).emails().get(4) + "\"}");
            long t1 = System.nanoTime();
            if (!cloud.drainSignalQueue(Duration.ofMinutes(1))) throw new IllegalStateException("signal queue not drained");
            webhook[i] = t1 - t0;
            intake[i] = Math.max(0, System.nanoTime() - t1 - floor);
        }
        var counts = SignalCalls.snapshot();
        record("signal.webhook", n, counts, "webhook", webhook);
        record("signal.intake", n, counts, "intake", intake);
    }

    /**
     * What waiting for an empty queue costs by itself (the local worker's drain wants two quiet checks 100 ms
     * apart): subtracted from the intake's and the sender's times, which are measured by draining.
     */
    private long drainFloor() {
        long[] t = new long[5];
        for (int i = 0; i < t.length; i++) {
            long a = System.nanoTime();
            cloud.drainSignalQueue(Duration.ofSeconds(10));
            t[i] = System.nanoTime() - a;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    /** The hourly run at the reps' digest hour (every rep's morning), then the sender delivering the digests. */
    private void dailyRun(int reps) throws Exception {
        SignalCalls.reset();
        int before = cloud.ses().outbox().size();
        long t0 = System.nanoTime();
        Map<String, Object> run = call("POST", "/local/scheduler/run?at=" + MORNING, null, null);
        long t1 = System.nanoTime();
        if (!cloud.drainSendQueue(Duration.ofMinutes(5))) throw new IllegalStateException("send queue not drained");
        int mails = cloud.ses().outbox().size() - before;
        System.err.println("hourly run at " + MORNING + ": " + run + "; mails sent " + mails);
        record("daily", reps, SignalCalls.snapshot(), null, new long[] {Math.max(0, t1 - t0 - drainFloor()) / reps});
        out.put("daily.mails", String.format(Locale.ROOT, "%.3f", mails / (double) reps));
        out.put("daily.digestsQueued", String.valueOf(run.get("digestsQueued")));
    }

    /** n calls of one kind, one at a time; its calls and units per call and its median duration. */
    private void measure(String what, int n, Step step) throws Exception {
        SignalCalls.reset();
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            step.run(i);
            nanos[i] = System.nanoTime() - t;
        }
        // API calls only: the queue workers' idle long polls on their own threads are not the request's.
        record(what, n, SignalCalls.snapshot(), "webhook", nanos);
    }

    /** Per call of {@code what}: the calls made on {@code who}'s threads (SignalCalls' names; null: all threads). */
    private void record(String what, int n, Map<String, SignalCalls.Count> counts, String who, long[] nanos) {
        if (what.equals("warmup")) return;
        Map<String, double[]> byOp = new LinkedHashMap<>(); // "Service Operation" -> calls, units, empty reads
        counts.forEach((k, c) -> {
            if (who != null && !k.startsWith(who + " ") || k.endsWith(" GetQueueAttributes")) return; // the drain's, not production's
            String op = k.substring(k.indexOf(' ') + 1).replace(' ', '.');
            double[] v = byOp.computeIfAbsent(op, x -> new double[3]);
            v[0] += c.calls;
            v[1] += c.units;
            v[2] += c.emptyReads;
        });
        byOp.forEach((op, v) -> {
            out.put(what + "." + op + ".calls", f(v[0] / n));
            if (op.startsWith("DynamoDb")) {
                out.put(what + "." + op + ".units", f(v[1] / n));
                if (v[2] > 0) out.put(what + "." + op + ".emptyReads", f(v[2] / n));
            }
        });
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out.put(what + ".ms", f(sorted[sorted.length / 2] / 1e6));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private Object step(Rep rep, int i) throws Exception {
        call("GET", "/api/agenda", rep.token(), null);
        call("GET", "/api/prospects/" + rep.prospects().get(0), rep.token(), null);
        call("GET", "/api/prospects?limit=25", rep.token(), null);
        call("POST", "/api/prospects/" + rep.prospects().get(0) + "/touches", rep.token(),
                "{\"channel\":\"email\",\"outcome\":\"sent\",\"idempotencyKey\":\"warm-t-" + rep.email().replace("@", ".") + "\"}");
        call("POST", "/api/prospects/" + rep.prospects().get(0) + "/signals", rep.token(), "{\"type\":\"other\",\"idempotencyKey\":\"warm-s-"
                + rep.email().replace("@", ".") + "\"}");
        hook("{\"id\":\"evt-warm-" + rep.email() + "\",\"type\":\"newsletter_click\",\"email\":\"" + rep.emails().get(0) + "\"}");
        return cloud.drainSignalQueue(Duration.ofMinutes(1));
    }

    @FunctionalInterface
    private interface Step {
        Object run(int i) throws Exception;
    }

    private Map<String, Object> hook(String body) throws Exception {
        String sig = BenchSupport.webhookSignature(secret, cloud.clock().instant().getEpochSecond(), body);
        int status = HTTP.send(HttpRequest.newBuilder(cloud.url().resolve("/hooks/signals/" + ORG)).header("Carousel-Signature", sig)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 202) throw new IllegalStateException("webhook answered " + status);
        return Map.of();
    }

    private Map<String, Object> call(String method, String path, String token, String body) throws Exception {
        var b = HttpRequest.newBuilder(cloud.url().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        return r.body().startsWith("{") ? Json.object(r.body()) : Map.of();
    }

    private String login(String email, String role) throws Exception {
        return (String) call("POST", "/local/login", null, "{\"email\":\"" + email + "\",\"role\":\"" + role + "\",\"org\":\"" + ORG
                + "\",\"timeZone\":\"Europe/London\"}").get("token");
    }
}
