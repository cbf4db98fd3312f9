package com.salescarousel.send;

import com.salescarousel.json.Json;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The send queue on SQS: the body is {@code {"repId","sendId"}}; the record carries the rest. */
public final class SqsSendQueue implements SendQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsSendQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(String repId, String sendId) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Json.write(Map.of("repId", repId, "sendId", sendId))));
    }
}
