package com.salescarousel.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** What both benchmarks share: a client like CoreModule's, a bulk loader, a clock to move, quiet logs. */
final class BenchSupport {
    private BenchSupport() {}

    /** The production client's shape (url-connection HTTP, static local credentials), plus interceptors. */
    static DynamoDbClient client(URI endpoint, ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(c -> {
                    for (ExecutionInterceptor i : interceptors) c.addExecutionInterceptor(i);
                })
                .build();
    }

    /** BatchWriteItem in 25s on a few threads, re-sending what comes back unprocessed; returns the calls made. */
    static long load(DynamoDbClient ddb, String table, List<Map<String, AttributeValue>> items, int threads) throws Exception {
        AtomicLong calls = new AtomicLong();
        List<List<WriteRequest>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 25) {
            batches.add(items.subList(from, Math.min(items.size(), from + 25)).stream()
                    .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (List<WriteRequest> batch : batches) {
                done.add(pool.submit(() -> {
                    Map<String, List<WriteRequest>> pending = Map.of(table, batch);
                    for (int attempt = 0; !pending.getOrDefault(table, List.of()).isEmpty(); attempt++) {
                        if (attempt == 8) throw new IllegalStateException("batch write kept coming back unprocessed");
                        if (attempt > 0) Thread.sleep(25L << attempt);
                        final Map<String, List<WriteRequest>> send = pending;
                        calls.incrementAndGet();
                        pending = ddb.batchWriteItem(b -> b.requestItems(send)).unprocessedItems();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        }
        return calls.get();
    }

    /** The per-send INFO lines of the sender and the SDK's chatter would drown the figures. */
    static void quietLogs() {
        Logger.getLogger("").setLevel(Level.WARNING);
        for (var h : Logger.getLogger("").getHandlers()) h.setLevel(Level.WARNING);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    /** {@code Carousel-Signature} as a marketing tool computes it: HMAC-SHA256 over "t.body" with the team's secret. */
    static String webhookSignature(String secret, long epochSeconds, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    static String n(long v) {
        return String.format("%,d", v);
    }
}
