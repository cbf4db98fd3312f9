package com.salescarousel.wiring;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Where the send queue is: {@code SEND_QUEUE_URL}, and {@code SQS_ENDPOINT} off AWS. */
public record QueueSettings(String queueUrl, String region, Optional<URI> endpoint) {
    public static QueueSettings fromEnvironment() {
        Map<String, String> env = System.getenv();
        String url = env.get("SEND_QUEUE_URL");
        if (url == null || url.isBlank()) throw new IllegalStateException("SEND_QUEUE_URL is not set");
        return new QueueSettings(url, env.getOrDefault("AWS_REGION", "us-east-1"),
                Optional.ofNullable(env.get("SQS_ENDPOINT")).filter(s -> !s.isBlank()).map(URI::create));
    }
}
