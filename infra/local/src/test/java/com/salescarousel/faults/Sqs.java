package com.salescarousel.faults;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A standard SQS queue as the function sees it: a batch per receive; a message reported as failed, or
 * every message of a batch whose invocation died, comes back after the visibility timeout; after
 * {@code maxReceiveCount} receives it goes to the dead-letter queue. Each enqueue is its own message, so
 * a body queued twice is delivered twice.
 */
final class Sqs {
    private final TestClock clock;
    private final Duration visibility;
    private final int maxReceiveCount;
    private final Map<String, String> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> receives = new LinkedHashMap<>();
    private final List<String> deadLetters = new ArrayList<>();
    private int next;

    Sqs(TestClock clock, Duration visibility, int maxReceiveCount) {
        this.clock = clock;
        this.visibility = visibility;
        this.maxReceiveCount = maxReceiveCount;
    }

    void send(String body) {
        String id = "msg-" + (++next);
        waiting.put(id, body);
        receives.put(id, 0);
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    List<String> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** The waiting messages as one batch, each received once more. */
    SQSEvent receive() {
        SQSEvent event = new SQSEvent();
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (var e : waiting.entrySet()) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId(e.getKey());
            m.setBody(e.getValue());
            int n = receives.merge(e.getKey(), 1, Integer::sum);
            m.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(n)));
            records.add(m);
        }
        event.setRecords(records);
        return event;
    }

    /** The handler answered: what it reported failed stays; the rest is deleted. */
    void answered(SQSEvent batch, SQSBatchResponse response) {
        Set<String> failed = response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .collect(Collectors.toSet());
        for (SQSEvent.SQSMessage m : batch.getRecords()) {
            if (!failed.contains(m.getMessageId())) waiting.remove(m.getMessageId());
        }
        timeout();
    }

    /** The invocation died: the whole batch comes back when its visibility timeout ends. */
    void died() {
        timeout();
    }

    private void timeout() {
        clock.advance(visibility);
        for (String id : List.copyOf(waiting.keySet())) {
            if (receives.get(id) >= maxReceiveCount) deadLetters.add(waiting.remove(id));
        }
    }

    /**
     * Delivers until the queue is empty or its messages are dead letters; {@code worker} gets the
     * receive number (1 = the first, where a fault is planned) and is a fresh worker each time: a
     * restarted container over the same table.
     */
    void drain(Function<Integer, Function<SQSEvent, SQSBatchResponse>> worker) {
        for (int receive = 1; !waiting.isEmpty(); receive++) {
            SQSEvent batch = receive();
            try {
                answered(batch, worker.apply(receive).apply(batch));
            } catch (Crash c) {
                died();
            }
        }
    }
}
