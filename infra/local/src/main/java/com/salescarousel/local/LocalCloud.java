package com.salescarousel.local;

import com.salescarousel.entry.api.ProspectsApiHandler;
import com.salescarousel.entry.calculator.CadenceCalculatorHandler;
import com.salescarousel.entry.intake.SignalIntakeHandler;
import com.salescarousel.entry.sender.SesSettings;
import com.salescarousel.entry.sender.TouchSenderHandler;
import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.problem.Problem;
import com.salescarousel.rep.Caller;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.signal.SignalSettings;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.wiring.AwsEndpoint;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole product in one JVM on loopback: starts DynamoDB Local, the SQS and SES stand-ins and
 * one HTTP server, wires the production handlers to them, and sends each request to the part that
 * answers it: the API Gateway stand-in ({@link LocalApiGateway}), the local-only routes
 * ({@link LocalControls}), the hosted-UI stand-in ({@link LocalHostedUi}) or the app's files.
 */
public final class LocalCloud implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalCloud.class.getName());
    public static final String TABLE = "Carousel";
    public static final String SEND_QUEUE = "carousel-send";
    public static final String SIGNAL_QUEUE = "carousel-signals";

    private final LocalDynamoDb dynamo;
    private final LocalSqs sqs;
    private final LocalSes ses;
    private final HttpServer http;
    private final ExecutorService workers;
    private final LocalQueueWorker queueWorker;
    private final LocalQueueWorker signalWorker;
    private final LocalKms kms;
    private final LocalSchedule schedule;
    private final LocalApiGateway gateway;
    private final LocalControls controls;
    private final LocalHostedUi hostedUi;
    private final LocalClock clock;
    private final StaticFiles files;

    private LocalCloud(LocalDynamoDb dynamo, LocalSqs sqs, LocalSes ses, LocalKms kms, HttpServer http, ExecutorService workers,
                       LocalCloudComponent graph, LocalSqs.Queue queue, LocalSqs.Queue signals, LocalTokens tokens, LocalUsers users, LocalClock clock,
                       StaticFiles files) {
        this.dynamo = dynamo;
        this.kms = kms;
        this.sqs = sqs;
        this.ses = ses;
        this.http = http;
        this.workers = workers;
        this.clock = clock;
        this.files = files;
        // The same handler classes Lambda runs, fed by what Lambda's triggers would do.
        var calculator = new CadenceCalculatorHandler(graph);
        this.queueWorker = new LocalQueueWorker(graph.sqs(), queue.url(), queue.arn(),
                new TouchSenderHandler(graph));
        this.signalWorker = new LocalQueueWorker(graph.sqs(), signals.url(), signals.arn(), new SignalIntakeHandler(graph));
        this.schedule = new LocalSchedule(clock, hour -> calculator.handleRequest(Map.of("time", hour.toString()), null));
        this.gateway = new LocalApiGateway(tokens, new ProspectsApiHandler(graph), clock, users::disabled);
        LocalControls.SignIn signIn = (email, name, org, manager, zone) -> {
            // An invitation's org, role and name; a disabled user: 403.
            LocalUsers.Account account = users.signIn(email, name != null ? name : email.substring(0, email.indexOf('@')), org, manager);
            String token = tokens.issue(email, account.name(), account.org(), account.manager());
            graph.reps().signedIn(new Caller(LocalTokens.subjectFor(email), email, account.name(), account.org(), account.manager()), zone);
            return token;
        };
        this.controls = new LocalControls(signIn, clock, ses, schedule,
                at -> calculator.handleRequest(Map.of("time", at.toString()), null), queueWorker::drain);
        // Sign-in codes expire by real time, as Cognito's do, whatever day the local clock shows.
        this.hostedUi = new LocalHostedUi((email, name) -> signIn.token(email, name, "local", false, ZoneId.of("UTC")),
                Clock.systemUTC());
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
        System.out.print(cloud.banner(options, ms));
    }

    /** What a newcomer sees at start: where things are, and two commands that work on this clock. */
    private String banner(Options options, long ms) {
        // The next 07:00 UTC on the local clock: a morning that has not been run yet.
        Instant now = clock.instant();
        Instant morning = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(7));
        if (!morning.isAfter(now)) morning = morning.plus(Duration.ofDays(1));
        return String.format(Locale.ROOT, """
                Sales Carousel local cloud ready in %d ms at %s
                  data: %s   clock: %s
                  DynamoDB Local: %s (table %s)   SQS (ElasticMQ): %s   SES: %s   KMS: %s
                  sent e-mail: %s/local/outbox
                  run the hourly schedule for a moment (moves the local clock there too):
                    curl -X POST '%s/local/scheduler/run?at=%s'
                  open the app at %s/ or sign in with:
                    curl -s -X POST %s/local/login -d '{"email":"ada@example.com","name":"Ada"}'
                """, ms, url(), options.dataDir() == null ? "in memory" : options.dataDir().toAbsolutePath(), now,
                dynamoDbEndpoint(), TABLE, sqs.endpoint(), ses.endpoint(), kms.endpoint(), url(), url(), morning, url(), url());
    }

    public static LocalCloud start(Options options) throws Exception {
        LocalClock clock = new LocalClock();
        if (options.clock() != null) clock.set(options.clock());
        LocalDynamoDb dynamo = LocalDynamoDb.start(options.dataDir());
        LocalSqs sqs = LocalSqs.start();
        LocalSes ses = LocalSes.start(options.dataDir(), clock);
        LocalKms kms = LocalKms.start(options.dataDir());
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        String url = "http://127.0.0.1:" + http.getAddress().getPort();
        LocalSqs.Queue queue = sqs.createWithDlq(SEND_QUEUE);
        LocalUsers users = LocalUsers.load(options.dataDir());
        LocalSqs.Queue signals = sqs.createWithDlq(SIGNAL_QUEUE);
        LocalCloudComponent graph = DaggerLocalCloudComponent.factory().create(
                Settings.local(TABLE, dynamo.endpoint()),
                new QueueSettings(queue.url(), "us-east-1", Optional.of(sqs.endpoint())),
                new UnsubscribeTokens(LocalTokens.secret(options.dataDir(), "unsubscribe.key")),
                new MailSettings("Sales Carousel <carousel@localhost>", url, "carousel-local"),
                new SesSettings("us-east-1", Optional.of(ses.endpoint())),
                options.allowPrivatePush() ? LocalPushKeys.settings(options.dataDir()).allowingPrivateEndpoints()
                        : LocalPushKeys.settings(options.dataDir()),
                users, new SignalSettings(url, LocalKms.KEY_ARN, signals.url(), AwsEndpoint.local(kms.endpoint())),
                clock);
        CarouselTable.ensure(graph.dynamoDb(), TABLE);
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(workers);
        // Tokens live by real time, not the local clock: moving the clock a month ahead must not sign you out.
        LocalCloud cloud = new LocalCloud(dynamo, sqs, ses, kms, http, workers, graph, queue, signals,
                LocalTokens.create(options.dataDir(), Clock.systemUTC()), users, clock, new StaticFiles(options.staticDir()));
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

    /** Waits until the send queue is empty and nothing is in flight (tests and tooling). */
    public boolean drainSendQueue(Duration timeout) {
        return queueWorker.drain(timeout);
    }

    /** Waits until the signal queue is empty and nothing is in flight (tests and tooling). */
    public boolean drainSignalQueue(Duration timeout) {
        return signalWorker.drain(timeout);
    }

    /** The KMS stand-in, whose call counts the benchmark reads. */
    public LocalKms kms() {
        return kms;
    }

    private void serve(HttpExchange ex) throws IOException {
        // Not try-with-resources: the exchange must stay open while a problem is written.
        try {
            String path = ex.getRequestURI().getRawPath();
            if (LocalApiGateway.handles(path)) gateway.handle(ex);
            else if (path.startsWith("/local/oauth2/")) hostedUi.handle(ex, requestOrigin(ex));
            else if (path.startsWith("/local/")) {
                if (!controls.handle(ex, path)) throw new Problem(404, "Not found", "no local route " + path, List.of());
            } else files.serve(ex, path);
        } catch (Problem p) {
            Exchanges.problem(ex, p);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "local cloud error", e);
            Exchanges.problem(ex, new Problem(500, "Internal error", "the local cloud failed: " + e, List.of()));
        } finally {
            ex.close();
        }
    }

    /** The origin the browser used (127.0.0.1 or localhost, this port): the app's redirect URI is its root. */
    private URI requestOrigin(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        int port = http.getAddress().getPort();
        if (host != null && (host.equals("localhost:" + port) || host.equals("127.0.0.1:" + port))) return URI.create("http://" + host);
        return url();
    }

    @Override
    public void close() {
        http.stop(0);
        schedule.close();
        queueWorker.close();
        signalWorker.close();
        workers.shutdownNow();
        kms.close();
        ses.close();
        sqs.close();
        try {
            dynamo.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "DynamoDB Local did not stop cleanly", e);
        }
    }
}
