package com.salescarousel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salescarousel.entry.api.ProspectsApiComponent;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.testing.TestClock;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The router's table and openapi.yaml name the same operations: no route undocumented, no documented route missing. */
class RoutesMatchOpenApiTest {
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    @Test
    void everyRouteIsDocumented_andEveryDocumentedOperationIsRouted() {
        // Building the graph makes no request: nothing listens at NOWHERE and nothing is called.
        var api = ProspectsApiComponent.create(new Settings("Carousel", "us-east-1", Optional.of(NOWHERE)),
                new QueueSettings(NOWHERE + "/000000000000/none", "us-east-1", Optional.of(NOWHERE)),
                new UnsubscribeTokens("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), PushSettings.OFF,
                new TestClock(Instant.parse("2026-11-30T09:00:00Z"))).prospectsApi();
        Set<String> routed = new TreeSet<>();
        api.routes().forEach(r -> routed.add(r.method() + " " + r.path()));
        Set<String> documented = new TreeSet<>();
        OpenApiDocument.load().operations().forEach(o -> documented.add(o.method() + " " + o.path()));
        assertEquals(documented, routed);
    }
}
