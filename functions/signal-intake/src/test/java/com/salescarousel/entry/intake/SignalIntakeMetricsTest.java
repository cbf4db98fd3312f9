package com.salescarousel.entry.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.json.Json;
import com.salescarousel.ops.JsonLogFormatter;
import com.salescarousel.ops.Measure;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.testing.EventFiles;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intake's business metrics and log lines on a real SQS batch (events/sqs-signals.json): two new
 * leads, one of them sales-ready (a demo request), one message that is not a signal and one for an
 * org with nobody to own the lead. One publication per batch.
 */
class SignalIntakeMetricsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final String FIRST = "7b7f2a1e-0000-4000-8000-000000000001";
    private static final String THIRD = "7b7f2a1e-0000-4000-8000-000000000003";

    private InMemoryStores stores;
    private SignalIntakeHandler handler;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        for (String id : List.of("ada", "bob")) {
            stores.profiles().createIfAbsent(new RepProfile(id, id, id + "@acme.example", "acme", "rep", ZoneId.of("Europe/London"), 7, true));
        }
        handler = new SignalIntakeHandler(DaggerInMemorySignalIntakeComponent.factory().create(stores, new RecordingSendQueue(), new TestClock(NOW)));
    }

    private SQSBatchResponse deliver() {
        return handler.handleRequest(EventFiles.event(SQSEvent.class, "events/sqs-signals.json", Map.of()), null);
    }

    @Test
    void aBatchWithFailedMessages_publishesOnce_countingOnlyWhatWasRecorded() {
        SQSBatchResponse r = deliver();
        assertEquals(2, r.getBatchItemFailures().size());
        var published = stores.metrics().published();
        assertEquals(1, published.size(), "one publication per batch");
        assertEquals("signal-intake", published.get(0).service());
        // Grace (an e-book) and Linus (a demo request) are unknown addresses: two leads, Linus sales-ready.
        assertEquals(Map.of(Measure.SIGNALS_RECORDED, 2L, Measure.LEADS_CREATED, 2L, Measure.SALES_READY, 1L),
                published.get(0).tally().counts());
    }

    @Test
    void theBatchRedelivered_countsNothingAgain() {
        deliver();
        deliver();
        assertEquals(1, stores.metrics().published().size(), "duplicates count nothing, so there is nothing to publish");
        assertEquals(2, stores.metrics().total(Measure.SIGNALS_RECORDED));
    }

    @Test
    void aFailingMetricsSink_losesNeitherTheWorkNorTheBatchResponse() {
        stores.metrics().fail();
        SQSBatchResponse r = deliver();
        assertEquals(List.of(THIRD, "7b7f2a1e-0000-4000-8000-000000000004"),
                r.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(1, stores.prospects().list("ada", new com.salescarousel.prospect.ProspectStore.ProspectFilter(null, null), 10, null)
                .items().size());
    }

    @Test
    void eachMessagesLogLines_carryItsMessageId() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamHandler h = new StreamHandler(out, new JsonLogFormatter(SignalIntakeHandler.SERVICE));
        Logger log = Logger.getLogger(SignalIntakeHandler.class.getName());
        log.addHandler(h);
        try {
            deliver();
        } finally {
            h.flush();
            log.removeHandler(h);
        }
        List<Map<String, Object>> lines = out.toString(StandardCharsets.UTF_8).lines().map(Json::object).toList();
        Map<String, Object> grace = lines.stream().filter(l -> ((String) l.get("message")).contains("evt-ebook-0001")).findFirst().orElseThrow();
        assertEquals(FIRST, grace.get("correlationId"));
        Map<String, Object> bad = lines.stream().filter(l -> "SEVERE".equals(l.get("level"))).findFirst().orElseThrow();
        assertEquals(THIRD, bad.get("correlationId"));
        assertEquals("signal-intake", bad.get("service"));
    }
}
