package com.salescarousel.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.json.Json;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.json.JsonInput;
import com.salescarousel.problem.Problem;
import com.salescarousel.problem.ProblemJson;
import com.salescarousel.prospects.ApiRequest;
import com.salescarousel.prospects.ProspectsApiHandler;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Claims;
import com.salescarousel.rep.Reps;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.wiring.Settings;
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

    private final LocalDynamoDb dynamo;
    private final HttpServer http;
    private final ExecutorService workers;
    private final LocalCloudComponent graph;
    private final ProspectsApiHandler prospectsApi;
    private final LocalTokens tokens;
    private final LocalClock clock;
    private final StaticFiles files;

    private LocalCloud(LocalDynamoDb dynamo, HttpServer http, ExecutorService workers, LocalCloudComponent graph,
                       LocalTokens tokens, LocalClock clock, StaticFiles files) {
        this.dynamo = dynamo;
        this.http = http;
        this.workers = workers;
        this.graph = graph;
        this.prospectsApi = new ProspectsApiHandler(graph.prospectsApi());
        this.tokens = tokens;
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
        System.out.printf("  data: %s   clock: %s   DynamoDB Local: %s (table %s)%n",
                options.dataDir() == null ? "in memory" : options.dataDir().toAbsolutePath(), cloud.clock.instant(),
                cloud.dynamoDbEndpoint(), TABLE);
        System.out.println("  open the app at " + cloud.url() + "/ or sign in with: curl -s -X POST "
                + cloud.url() + "/local/login -d '{\"email\":\"ada@example.com\",\"name\":\"Ada\"}'");
    }

    public static LocalCloud start(Options options) throws Exception {
        LocalClock clock = new LocalClock();
        if (options.clock() != null) clock.set(options.clock());
        LocalDynamoDb dynamo = LocalDynamoDb.start(options.dataDir());
        LocalCloudComponent graph = DaggerLocalCloudComponent.factory()
                .create(Settings.local(TABLE, dynamo.endpoint()), clock);
        CarouselTable.ensure(graph.dynamoDb(), TABLE);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(workers);
        LocalCloud cloud = new LocalCloud(dynamo, http, workers, graph,
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

    private void serve(HttpExchange ex) throws IOException {
        // Not try-with-resources: the exchange must stay open while a problem is written.
        try {
            String path = ex.getRequestURI().getRawPath();
            if (path.equals("/api") || path.startsWith("/api/")) api(ex);
            else if (path.equals("/local/login")) login(ex);
            else if (path.equals("/local/clock")) clockRoute(ex);
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
        var claims = tokens.verify(ex.getRequestHeaders().getFirst("Authorization"));
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
        String displayName = name != null ? name : email.substring(0, email.indexOf('@'));
        String orgId = org != null ? org : "local";
        boolean manager = "manager".equals(role);
        String token = tokens.issue(email, displayName, orgId, manager);
        String sub = LocalTokens.subjectFor(email);
        Reps reps = graph.reps();
        reps.signedIn(new Caller(sub, email, displayName, orgId, manager), zone);
        send(ex, 200, "application/json", Json.write(Map.of("token", token, "repId", sub)));
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
    private static String body(HttpExchange ex) throws IOException {
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

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
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
        workers.shutdownNow();
        try {
            dynamo.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "DynamoDB Local did not stop cleanly", e);
        }
    }
}
