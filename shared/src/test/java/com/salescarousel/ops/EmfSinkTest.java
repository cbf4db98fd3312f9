package com.salescarousel.ops;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.json.Json;
import com.salescarousel.touch.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What CloudWatch will read: the lines aws-embedded-metrics serialises for one invocation, parsed back. */
class EmfSinkTest {
    private final List<String> lines = new ArrayList<>();
    private final Invocations invocations = new Invocations(new EmfSink("SalesCarousel", lines::add), null);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> directive(Map<String, Object> doc) {
        var aws = (Map<String, Object>) doc.get("_aws");
        var directives = (List<Map<String, Object>>) aws.get("CloudWatchMetrics");
        assertEquals(1, directives.size());
        assertTrue(((Number) aws.get("Timestamp")).longValue() > 0);
        return directives.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> units(Map<String, Object> directive) {
        return ((List<Map<String, Object>>) directive.get("Metrics")).stream()
                .collect(Collectors.toMap(m -> (String) m.get("Name"), m -> (String) m.get("Unit")));
    }

    @Test
    void aTouchByCall_isOneDocument_underServiceAndServiceWithChannel() {
        try (var request = invocations.open("prospects-api", "req-1")) {
            invocations.touchLogged(Channel.CALL);
        }
        assertEquals(1, lines.size());
        Map<String, Object> doc = Json.object(lines.get(0));
        Map<String, Object> d = directive(doc);
        assertEquals("SalesCarousel", d.get("Namespace"));
        assertEquals(List.of(List.of("Service"), List.of("Service", "Channel")), d.get("Dimensions"));
        assertEquals(Map.of("TouchesLogged", "Count"), units(d));
        assertEquals("prospects-api", doc.get("Service"));
        assertEquals("call", doc.get("Channel"));
        assertEquals(1.0, ((Number) doc.get("TouchesLogged")).doubleValue());
        assertEquals("req-1", doc.get("correlationId"));
    }

    @Test
    void aSalesReadySignal_countsEveryMeasureOnOneServiceDocument_andEachChannelApart() {
        try (var batch = invocations.open("signal-intake", "msg-1")) {
            invocations.add(Measure.SIGNALS_RECORDED);
            invocations.add(Measure.LEADS_CREATED);
            invocations.add(Measure.SALES_READY);
            invocations.add(Measure.SIGNALS_RECORDED);
            invocations.touchLogged(Channel.EMAIL);
            invocations.touchLogged(Channel.EMAIL);
            invocations.touchLogged(Channel.CALL);
        }
        List<Map<String, Object>> docs = lines.stream().map(Json::object).toList();
        assertEquals(3, docs.size(), "one per channel, one for the rest");
        Map<String, Object> rest = docs.stream().filter(doc -> !doc.containsKey("Channel")).findFirst().orElseThrow();
        Map<String, Object> d = directive(rest);
        assertEquals("SalesCarousel", d.get("Namespace"));
        assertEquals(List.of(List.of("Service")), d.get("Dimensions"));
        assertEquals(Map.of("SignalsRecorded", "Count", "LeadsCreated", "Count", "SalesReady", "Count"), units(d));
        assertEquals("signal-intake", rest.get("Service"));
        assertEquals(2.0, ((Number) rest.get("SignalsRecorded")).doubleValue());
        assertEquals(1.0, ((Number) rest.get("LeadsCreated")).doubleValue());
        assertEquals(1.0, ((Number) rest.get("SalesReady")).doubleValue());
        Map<Object, Double> byChannel = docs.stream().filter(doc -> doc.containsKey("Channel"))
                .collect(Collectors.toMap(doc -> doc.get("Channel"), doc -> ((Number) doc.get("TouchesLogged")).doubleValue()));
        assertEquals(Map.of("email", 2.0, "call", 1.0), byChannel);
    }

    @Test
    void nothingCounted_publishesNothing_andCountsOutsideAnInvocationAreDropped() {
        invocations.add(Measure.DIGESTS_QUEUED, 3);
        try (var run = invocations.open("cadence-calculator", "run-1")) {
            invocations.add(Measure.DIGESTS_QUEUED, 0);
        }
        assertEquals(List.of(), lines);
    }

    @Test
    void theServiceFromTheEnvironment_winsOverTheHandlersName() {
        Invocations named = new Invocations(new EmfSink("SalesCarousel", lines::add), "carousel-sender");
        try (var batch = named.open("touch-sender", null)) {
            named.add(Measure.EMAILS_SENT);
        }
        assertEquals("carousel-sender", Json.object(lines.get(0)).get("Service"));
    }

    @Test
    void aSinkThatFails_doesNotFailTheInvocation_andTheThreadIsLeftClean() {
        Invocations broken = new Invocations((service, tally) -> {
            throw new IllegalStateException("stdout closed");
        }, null);
        assertDoesNotThrow(() -> {
            try (var batch = broken.open("touch-sender", "m-1")) {
                broken.add(Measure.EMAILS_SENT);
            }
        });
        assertEquals(null, Correlation.id());
        try (var next = invocations.open("touch-sender", "m-2")) {
            broken.add(Measure.EMAILS_FAILED); // the broken graph's invocation is closed: nothing to add to
            invocations.add(Measure.EMAILS_SENT);
        }
        assertEquals(Set.of("EmailsSent"), units(directive(Json.object(lines.get(0)))).keySet());
    }

    @Test
    void inLambda_theNamespaceComesFromTheEnvironment_elseTheAgreedOne() {
        assertEquals("SalesCarousel", EmfSink.DEFAULT_NAMESPACE);
        assertDoesNotThrow(() -> EmfSink.from(Map.of("POWERTOOLS_METRICS_NAMESPACE", "Other")));
    }
}
