package com.salescarousel.wiring;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Where the send queue is: {@code SEND_QUEUE_URL}, and {@code SQS_ENDPOINT} off AWS. */
public record QueueSettings(String queueUrl, AwsEndpoint sqs) {

    /** Region and override as parts, as the local cloud and the tests pass them. */
    public QueueSettings(String queueUrl, String region, Optional<URI> endpoint) {
        this(queueUrl, new AwsEndpoint(region, endpoint));
    }

    public static QueueSettings fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new QueueSettings(Settings.required(env, "SEND_QUEUE_URL"), AwsEndpoint.from(env, "SQS_ENDPOINT"));
    }
}
