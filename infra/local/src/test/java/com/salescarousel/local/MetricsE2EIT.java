package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import com.salescarousel.ops.EmfSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The business metrics as the local cloud emits them: the production handlers behind HTTP and the
 * queues, the aws-embedded-metrics library serialising each invocation's counts (the lines CloudWatch
 * Logs would turn into metrics in Lambda), read back here as JSON. A touch by call through the API, a
 * signed demo request for a new address through the webhook and signal-intake.
 */
class MetricsE2EIT {
    private static final Instant MONDAY = Instant.parse("2026-11-23T14:00:00Z");
    private static final Logger EMF = Logger.getLogger(EmfSink.class.getName());

    private final List<String> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override public synchronized void publish(LogRecord r) { lines.add(r.getMessage()); }
        @Override public void flush() {}
        @Override public void close() {}
    };
    private Level before;
    private LocalCloud cloud;
    private LocalApi api;

    @BeforeEach
    void start() throws Exception {
        before = EMF.getLevel();
        EMF.setLevel(Level.FINE);
        EMF.addHandler(capture);
        cloud = LocalCloud.start(new Options(0, null, MONDAY, null));
        api = new LocalApi(cloud.url());
    }

    @AfterEach
    void stop() {
        cloud.close();
        EMF.removeHandler(capture);
        EMF.setLevel(before);
    }

    /** The EMF documents emitted so far, each with its one directive's namespace, dimensions and metric names. */
    private synchronized List<Map<String, Object>> documents() {
        return lines.stream().map(Json::object).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> directive(Map<String, Object> doc) {
        var aws = (Map<String, Object>) doc.get("_aws");
        return ((List<Map<String, Object>>) aws.get("CloudWatchMetrics")).get(0);
    }

    private static List<String> metricNames(Map<String, Object> doc) {
        @SuppressWarnings("unchecked")
        var metrics = (List<Map<String, Object>>) directive(doc).get("Metrics");
        return metrics.stream().map(m -> (String) m.get("Name")).toList();
    }

    @Test
    void aTouchAndASignal_comeOutAsEmbeddedMetricFormat_underTheAgreedNamespaceAndDimensions() throws Exception {
        String ada = api.login("{\"email\":\"ada@acme.example\",\"org\":\"acme\",\"timeZone\":\"America/New_York\"}");
        String id = api.call("POST", "/api/prospects", ada, "{\"name\":\"Grace Hopper\",\"email\":\"grace@navy.example\"}").str("id");
        assertEquals(201, api.call("POST", "/api/prospects/" + id + "/touches", ada, "{\"channel\":\"call\",\"outcome\":\"no_answer\"}").status());

        var touch = documents().stream().filter(d -> "call".equals(d.get("Channel"))).toList();
        assertEquals(1, touch.size(), lines.toString());
        Map<String, Object> t = touch.get(0);
        assertEquals("SalesCarousel", directive(t).get("Namespace"));
        assertEquals(List.of(List.of("Service"), List.of("Service", "Channel")), directive(t).get("Dimensions"));
        assertEquals("prospects-api", t.get("Service"));
        assertEquals(List.of("TouchesLogged"), metricNames(t));
        assertEquals(1, ((Number) t.get("TouchesLogged")).intValue());

        String manager = api.login("{\"email\":\"mo@acme.example\",\"role\":\"manager\",\"org\":\"acme\"}");
        String secret = api.call("POST", "/api/org/webhook-secret", manager, null).str("secret");
        String body = "{\"id\":\"evt-metrics-0001\",\"type\":\"demo_request\",\"email\":\"linus@kernel.example\",\"ownerEmail\":\"ada@acme.example\"}";
        long now = cloud.clock().instant().getEpochSecond();
        assertEquals(202, api.call("POST", "/hooks/signals/acme", null, body, "Carousel-Signature", SignalsE2EIT.sign(secret, now, body)).status());
        assertTrue(cloud.drainSignalQueue(Duration.ofSeconds(30)));

        var received = documents().stream().filter(d -> "prospects-api".equals(d.get("Service")) && d.containsKey("SignalsReceived")).toList();
        assertEquals(1, received.size(), lines.toString());
        var intake = documents().stream().filter(d -> "signal-intake".equals(d.get("Service"))).toList();
        assertEquals(1, intake.size(), "one document per batch: " + lines);
        Map<String, Object> in = intake.get(0);
        assertEquals(List.of(List.of("Service")), directive(in).get("Dimensions"));
        // A demo request from an unknown address: recorded, a new lead, and sales-ready at once.
        assertEquals(Map.of("SignalsRecorded", 1, "LeadsCreated", 1, "SalesReady", 1),
                Map.of("SignalsRecorded", ((Number) in.get("SignalsRecorded")).intValue(), "LeadsCreated", ((Number) in.get("LeadsCreated")).intValue(),
                        "SalesReady", ((Number) in.get("SalesReady")).intValue()));
    }
}
