package com.salescarousel.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.json.JsonInput;
import com.salescarousel.problem.Problem;
import com.salescarousel.problem.ProblemJson;
import com.salescarousel.entry.api.ApiRequest;
import com.salescarousel.entry.api.ProspectsApiHandler;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Claims;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import com.salescarousel.entry.calculator.CadenceCalculatorHandler;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.entry.sender.SesSettings;
import com.salescarousel.entry.sender.TouchSenderHandler;
import java.util.Optional;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole product in one JVM on loopback: DynamoDB Local, the production handlers behind an HTTP
 * server that plays API Gateway (JWT check included), the local-only routes, and the app.
 */
public final class LocalCloud implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalCloud.class.getName());
    public static final String TABLE = "Carousel";

    public static final String SEND_QUEUE = "carousel-send";

    private final LocalDynamoDb dynamo;
    private final LocalSqs sqs;
    private final LocalSes ses;
    private final HttpServer http;
    private final ExecutorService workers;
    private final LocalCloudComponent graph;
    private final ProspectsApiHandler prospectsApi;
    private final CadenceCalculatorHandler calculator;
    private final LocalQueueWorker queueWorker;
    private final LocalSchedule schedule;
    private final LocalTokens tokens;
    private final LocalHostedUi hostedUi;
    private final LocalClock clock;
    private final StaticFiles files;

    private LocalCloud(LocalDynamoDb dynamo, LocalSqs sqs, LocalSes ses, HttpServer http, ExecutorService workers,
                       LocalCloudComponent graph, LocalSqs.Queue queue, LocalTokens tokens, LocalClock clock, StaticFiles files) {
        this.dynamo = dynamo;
        this.sqs = sqs;
        this.ses = ses;
        this.http = http;
        this.workers = workers;
        this.graph = graph;
        this.prospectsApi = new ProspectsApiHandler(graph);
        this.calculator = new CadenceCalculatorHandler(graph);
        // The same handler classes Lambda runs, fed by what Lambda's triggers would do.
        this.queueWorker = new LocalQueueWorker(graph.sqs(), queue.url(), queue.arn(),
                new TouchSenderHandler(graph));
        this.schedule = new LocalSchedule(clock, hour -> calculator.handleRequest(Map.of("time", hour.toString()), null));
        this.tokens = tokens;
        this.hostedUi = new LocalHostedUi((email, name) -> signIn(email, name, "local", false, ZoneId.of("UTC")), clock);
        this.clock = clock;
        this.files = files;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        LocalCloud cloud = start(options);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime.getRuntime().addShutdownHook(new Thread(cloud::close));
        System.out.printf(Locale.ROOT, "Sales Carousel local cloud ready in %d ms at %s%n", ms, cloud.url());
        System.out.printf("  data: %s   clock: %s%n  DynamoDB Local: %s (table %s)   SQS (ElasticMQ): %s   SES: %s%n",
                options.dataDir() == null ? "in memory" : options.dataDir().toAbsolutePath(), cloud.clock.instant(),
                cloud.dynamoDbEndpoint(), TABLE, cloud.sqs.endpoint(), cloud.ses.endpoint());
        System.out.println("  sent e-mail: " + cloud.url() + "/local/outbox   run the morning: curl -X POST '"
                + cloud.url() + "/local/scheduler/run?at=2026-11-25T07:00:00Z'");
        System.out.println("  open the app at " + cloud.url() + "/ or sign in with: curl -s -X POST "
                + cloud.url() + "/local/login -d '{\"email\":\"ada@example.com\",\"name\":\"Ada\"}'");
    }

    public static LocalCloud start(Options options) throws Exception {
        LocalClock clock = new LocalClock();
        if (options.clock() != null) clock.set(options.clock());
        LocalDynamoDb dynamo = LocalDynamoDb.start(options.dataDir());
        LocalSqs sqs = LocalSqs.start();
        LocalSes ses = LocalSes.start(options.dataDir(), clock);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        String url = "http://127.0.0.1:" + http.getAddress().getPort();
        LocalSqs.Queue queue;
        try (var bootstrap = software.amazon.awssdk.services.sqs.SqsClient.builder().endpointOverride(sqs.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local"))).build()) {
            queue = LocalSqs.createWithDlq(bootstrap, SEND_QUEUE);
        }
        LocalCloudComponent graph = DaggerLocalCloudComponent.factory().create(
                Settings.local(TABLE, dynamo.endpoint()),
                new QueueSettings(queue.url(), "us-east-1", Optional.of(sqs.endpoint())),
                new UnsubscribeTokens(LocalTokens.secret(options.dataDir(), "unsubscribe.key")),
                new MailSettings("Sales Carousel <carousel@localhost>", url, "carousel-local"),
                new SesSettings("us-east-1", Optional.of(ses.endpoint())),
                LocalPushKeys.settings(options.dataDir()),
                clock);
        CarouselTable.ensure(graph.dynamoDb(), TABLE);
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(workers);
        LocalCloud cloud = new LocalCloud(dynamo, sqs, ses, http, workers, graph, queue,
                LocalTokens.create(options.dataDir(), clock), clock, new StaticFiles(options.staticDir()));
        http.createContext("/", cloud::serve);
        http.start();
        return cloud;
    }

    /** Test and tooling convenience: an in-memory cloud on a free port. */
    public static LocalCloud startInMemory() throws Exception {
        return start(new Options(0, null, null, null));
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    public URI dynamoDbEndpoint() {
        return dynamo.endpoint();
    }

    public LocalClock clock() {
        return clock;
    }

    public LocalSes ses() {
        return ses;
    }

    public URI sqsEndpoint() {
        return sqs.endpoint();
    }

    private void serve(HttpExchange ex) throws IOException {
        // Not try-with-resources: the exchange must stay open while a problem is written.
        try {
            String path = ex.getRequestURI().getRawPath();
            if (path.equals("/api") || path.startsWith("/api/")) api(ex);
            else if (path.equals("/local/login")) login(ex);
            else if (path.equals("/local/clock")) clockRoute(ex);
            else if (path.equals("/local/outbox")) outboxRoute(ex);
            else if (path.equals("/local/scheduler/run")) schedulerRoute(ex);
            else if (path.startsWith("/local/oauth2/")) hostedUi.handle(ex, requestOrigin(ex));
            else if (path.equals("/local/health")) send(ex, 200, "application/json", Json.write(Map.of("ok", true)));
            else if (path.startsWith("/local/")) problem(ex, new Problem(404, "Not found", "no local route " + path, List.of()));
            else staticFile(ex, path);
        } catch (Problem p) {
            problem(ex, p);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "local cloud error", e);
            problem(ex, new Problem(500, "Internal error", "the local cloud failed: " + e, List.of()));
        } finally {
            ex.close();
        }
    }

    /** What API Gateway's JWT authorizer does, then the function, exactly as Lambda would run it. */
    private void api(HttpExchange ex) throws IOException {
        // Like the template's routes: unsubscribe links are public, everything else needs a token.
        boolean open = ex.getRequestURI().getRawPath().startsWith("/api/unsubscribe/");
        var claims = open ? Optional.<Map<String, String>>of(Map.of()) : tokens.verify(ex.getRequestHeaders().getFirst("Authorization"));
        if (claims.isEmpty()) {
            ex.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            throw new Problem(401, "Unauthorized", "a valid bearer token is required: POST /local/login first", List.of());
        }
        String body = body(ex);
        var event = ApiGatewayBridge.event(ex, body, claims.get(), clock.instant());
        APIGatewayV2HTTPResponse res = prospectsApi.handleRequest(event, null);
        if (res.getHeaders() != null) res.getHeaders().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (res.getMultiValueHeaders() != null) res.getMultiValueHeaders().forEach((k, vs) -> vs.forEach(v -> ex.getResponseHeaders().add(k, v)));
        byte[] bytes = res.getBody() == null ? new byte[0]
                : res.getIsBase64Encoded() ? Base64.getDecoder().decode(res.getBody()) : res.getBody().getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(res.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) ex.getResponseBody().write(bytes);
    }

    /** Local only: a token for any e-mail, with the claims Cognito would give. */
    private void login(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) throw new Problem(405, "Method not allowed", "use POST", List.of());
        JsonInput in = JsonInput.of(body(ex), Set.of("email", "name", "role", "org", "timeZone"));
        String email = in.email("email");
        if (email == null && !in.hasError("email")) in.fail("email", "is required");
        String name = in.line("name", 200);
        String role = in.line("role", 20);
        if (role != null && !role.equals("rep") && !role.equals("manager")) in.fail("role", "must be rep or manager");
        String org = in.line("org", 64);
        String zoneId = in.line("timeZone", 64);
        ZoneId zone = ZoneId.of("UTC");
        if (zoneId != null) {
            if (ZoneId.getAvailableZoneIds().contains(zoneId)) zone = ZoneId.of(zoneId);
            else in.fail("timeZone", "must be an IANA time zone such as Europe/Paris");
        }
        in.done();
        String token = signIn(email, name, org != null ? org : "local", "manager".equals(role), zone);
        send(ex, 200, "application/json", Json.write(Map.of("token", token, "repId", LocalTokens.subjectFor(email))));
    }

    /** A token with the claims Cognito would give, and the rep's profile as a first sign-in makes it. */
    private String signIn(String email, String name, String org, boolean manager, ZoneId zone) {
        String displayName = name != null ? name : email.substring(0, email.indexOf('@'));
        String token = tokens.issue(email, displayName, org, manager);
        graph.reps().signedIn(new Caller(LocalTokens.subjectFor(email), email, displayName, org, manager), zone);
        return token;
    }

    /** The origin the browser used (127.0.0.1 or localhost, this port): the app's redirect URI is its root. */
    private URI requestOrigin(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        int port = http.getAddress().getPort();
        if (host != null && (host.equals("localhost:" + port) || host.equals("127.0.0.1:" + port))) return URI.create("http://" + host);
        return url();
    }

    private void clockRoute(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("POST")) {
            JsonInput in = JsonInput.of(body(ex), Set.of("at"));
            String at = in.line("at", 40);
            if (at == null && !in.hasError("at")) in.fail("at", "is required");
            Instant instant = null;
            try {
                if (at != null) instant = OffsetDateTime.parse(at).toInstant();
            } catch (DateTimeException e) {
                in.fail("at", "must be an ISO-8601 instant such as 2026-11-23T07:00:00Z");
            }
            in.done();
            clock.set(instant);
        }
        send(ex, 200, "application/json", Json.write(Map.of("now", clock.instant().toString())));
    }

    /** Local only: every e-mail the local SES took, oldest first; {@code ?to=} filters by recipient. */
    private void outboxRoute(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("DELETE")) {
            ses.clear();
            send(ex, 200, "application/json", Json.write(Map.of("cleared", true)));
            return;
        }
        String to = Optional.ofNullable(ApiGatewayBridge.query(ex.getRequestURI().getRawQuery())).map(q -> q.get("to")).orElse(null);
        var mails = ses.outbox().stream().filter(m -> to == null || m.to().stream().anyMatch(a -> a.equalsIgnoreCase(to))).toList();
        send(ex, 200, "application/json", Json.write(LocalSes.asJson(mails)));
    }

    /**
     * Local only: the hourly schedule fired for {@code at} (the clock moves there too), then waits
     * until the send queue is drained, so what the run caused is in the outbox when this returns.
     */
    private void schedulerRoute(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) throw new Problem(405, "Method not allowed", "use POST", List.of());
        var q = ApiGatewayBridge.query(ex.getRequestURI().getRawQuery());
        Instant at = clock.instant();
        if (q != null && q.get("at") != null) {
            try {
                at = OffsetDateTime.parse(q.get("at")).toInstant();
            } catch (DateTimeException e) {
                throw Problem.invalid("at", "must be an ISO-8601 instant such as 2026-11-24T12:00:00Z");
            }
            clock.set(at);
        }
        schedule.markFired(at);
        Map<String, Object> result = new java.util.LinkedHashMap<>(calculator.handleRequest(Map.of("time", at.toString()), null));
        result.put("drained", queueWorker.drain(java.time.Duration.ofSeconds(60)));
        result.put("outbox", ses.outbox().size());
        send(ex, 200, "application/json", Json.write(result));
    }

    /** Waits until the send queue is empty and nothing is in flight (tests and tooling). */
    public boolean drainSendQueue(java.time.Duration timeout) {
        return queueWorker.drain(timeout);
    }

    private void staticFile(HttpExchange ex, String path) throws IOException {
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            throw new Problem(405, "Method not allowed", "the app is read-only", List.of());
        }
        var file = files.read(path);
        if (file == null) throw Problem.notFound(path);
        // The shell must revalidate so a new build reaches phones; the service worker does the caching.
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        ex.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        if (path.equals("/") || path.endsWith(".html")) {
            ex.getResponseHeaders().add("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'");
        }
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().add("Content-Type", file.contentType());
            ex.sendResponseHeaders(200, -1);
            return;
        }
        send(ex, 200, file.contentType(), file.bytes());
    }

    /** Reads at most the API's limit (plus one byte, to know it was exceeded): nothing unbounded in memory. */
    static String body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(ApiRequest.MAX_BODY_BYTES + 1);
            if (bytes.length > ApiRequest.MAX_BODY_BYTES) {
                throw new Problem(413, "Request too large", "the limit is " + ApiRequest.MAX_BODY_BYTES + " bytes", List.of());
            }
            return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void problem(HttpExchange ex, Problem p) throws IOException {
        send(ex, p.status(), ProblemJson.CONTENT_TYPE, Json.write(ProblemJson.of(p)));
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        http.stop(0);
        schedule.close();
        queueWorker.close();
        workers.shutdownNow();
        ses.close();
        sqs.close();
        try {
            dynamo.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "DynamoDB Local did not stop cleanly", e);
        }
    }
}
