package com.salescarousel.entry.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.testing.EventFiles;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intake's fast tier: {@link SignalIntakeHandler} fed an SQS batch from a JSON file (as Lambda's event
 * source mapping sends it), wired by a test component to the in-memory stores and a recording send queue.
 */
class SignalIntakeHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private InMemoryStores stores;
    private RecordingSendQueue queue;
    private SignalIntakeHandler handler;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        queue = new RecordingSendQueue();
        for (String id : List.of("ada", "bob")) {
            stores.profiles().createIfAbsent(new RepProfile(id, id, id + "@acme.example", "acme", "rep", ZoneId.of("Europe/London"), 7, true));
        }
        handler = new SignalIntakeHandler(DaggerInMemorySignalIntakeComponent.factory().create(stores, queue, new TestClock(NOW)));
    }

    private SQSBatchResponse deliver() {
        return handler.handleRequest(EventFiles.event(SQSEvent.class, "events/sqs-signals.json", Map.of()), null);
    }

    private List<Prospect> of(String rep) {
        return stores.prospects().list(rep, new ProspectStore.ProspectFilter(null, null), 10, null).items();
    }

    @Test
    void aBatch_recordsEachSignal_reportsOnlyTheMessagesThatCannotBePlaced() {
        SQSBatchResponse r = deliver();
        assertEquals(List.of("7b7f2a1e-0000-4000-8000-000000000003", "7b7f2a1e-0000-4000-8000-000000000004"),
                r.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList(),
                "not a signal, and an org with nobody to own the lead: back to the queue, then its dead-letter queue");
        Prospect grace = of("ada").get(0);
        assertEquals("Grace Hopper", grace.name());
        assertEquals("ebook_download", grace.source());
        Prospect linus = of("bob").get(0);
        assertTrue(linus.salesReady(), "a demo request alone makes a lead sales-ready");
        assertEquals(1, queue.messages().size());
        Send alert = stores.sends().find("bob", queue.sendIds().get(0)).orElseThrow();
        assertEquals(Send.Kind.ALERT, alert.kind());
    }

    @Test
    void theSameBatchRedelivered_createsNothingTwice() {
        deliver();
        int ada = stores.itemsOf("ada"), bob = stores.itemsOf("bob");
        SQSBatchResponse again = deliver();
        assertEquals(2, again.getBatchItemFailures().size());
        assertEquals(ada, stores.itemsOf("ada"));
        assertEquals(bob, stores.itemsOf("bob"));
        assertEquals(1, of("ada").size());
        assertEquals(1, stores.signals().history("ada", of("ada").get(0).id(), 10).size());
        assertEquals(List.of(queue.sendIds().get(0)), queue.sendIds().stream().distinct().toList(), "the one alert, queued again at most");
    }

    @Test
    void priming_readsOnly() {
        int before = stores.itemsOf("ada");
        assertTrue(handler.priming().prime());
        assertEquals(before, stores.itemsOf("ada"));
    }
}
