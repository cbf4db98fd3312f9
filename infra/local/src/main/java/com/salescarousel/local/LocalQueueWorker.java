package com.salescarousel.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What Lambda's SQS event source mapping does, for the local cloud: long-poll the queue, hand a
 * batch to the function as an SQSEvent, delete what succeeded, and let reported failures come back
 * after a short back-off (a second here, so a local run finishes quickly).
 */
final class LocalQueueWorker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalQueueWorker.class.getName());
    static final int RETRY_AFTER_SECONDS = 1;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger busy = new AtomicInteger();
    private final Thread thread;

    LocalQueueWorker(SqsClient sqs, String queueUrl, String queueArn, RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.handler = handler;
        this.thread = Thread.ofPlatform().daemon().name("local-sqs-worker-" + queueUrl.substring(queueUrl.lastIndexOf('/') + 1))
                .start(this::loop);
    }

    private void loop() {
        while (running.get()) {
            try {
                List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
                if (batch.isEmpty()) continue;
                busy.incrementAndGet();
                try {
                    deliver(batch);
                } finally {
                    busy.decrementAndGet();
                }
            } catch (RuntimeException e) {
                if (running.get()) {
                    LOG.log(Level.WARNING, "local queue worker: " + e.getMessage());
                    sleep(Duration.ofMillis(500));
                }
            }
        }
    }

    private void deliver(List<Message> batch) {
        SQSEvent event = new SQSEvent();
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message m : batch) {
            SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
            r.setMessageId(m.messageId());
            r.setReceiptHandle(m.receiptHandle());
            r.setBody(m.body());
            r.setEventSource("aws:sqs");
            r.setEventSourceArn(queueArn);
            Map<String, String> attrs = new HashMap<>();
            m.attributes().forEach((k, v) -> attrs.put(k.toString(), v));
            r.setAttributes(attrs);
            records.add(r);
        }
        event.setRecords(records);
        SQSBatchResponse res;
        try {
            res = handler.handleRequest(event, null);
        } catch (RuntimeException e) {
            // A function error fails the whole batch, as in Lambda.
            LOG.log(Level.WARNING, "the function failed a batch from " + queueUrl, e);
            res = new SQSBatchResponse(batch.stream().map(m -> new SQSBatchResponse.BatchItemFailure(m.messageId())).toList());
        }
        Set<String> failed = res == null || res.getBatchItemFailures() == null ? Set.of()
                : res.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
        for (Message m : batch) {
            if (failed.contains(m.messageId())) {
                sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()).visibilityTimeout(RETRY_AFTER_SECONDS));
            } else {
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }

    /** Waits until nothing is visible, in flight or being handled; false on timeout. */
    boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        while (System.nanoTime() < deadline) {
            var attrs = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
            int pending = attrs.values().stream().mapToInt(Integer::parseInt).sum() + busy.get();
            quietChecks = pending == 0 ? quietChecks + 1 : 0;
            if (quietChecks >= 2) return true;
            sleep(Duration.ofMillis(100));
        }
        return false;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lets the loop finish its long poll (at most a second) before interrupting it: an interrupted
     * receive leaves its connection half open, and ElasticMQ's shutdown then waits for it (a minute).
     */
    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(2500);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
