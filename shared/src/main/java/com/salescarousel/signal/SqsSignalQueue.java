package com.salescarousel.signal;

import software.amazon.awssdk.services.sqs.SqsClient;

/** The signal queue on SQS: the body is the validated event ({@link SignalEvent#toMessage}). */
public final class SqsSignalQueue implements SignalQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsSignalQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(SignalEvent event) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(event.toMessage()));
    }
}
