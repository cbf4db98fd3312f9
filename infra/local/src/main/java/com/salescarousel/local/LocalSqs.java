package com.salescarousel.local;

import com.salescarousel.wiring.AwsEndpoint;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** ElasticMQ, an SQS-compatible server, embedded on loopback: the real SqsClient talks to it. */
public final class LocalSqs implements AutoCloseable {
    private final SQSRestServer server;
    private final URI endpoint;

    private LocalSqs(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static LocalSqs start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, "")).start();
        server.waitUntilStarted();
        return new LocalSqs(server, URI.create("http://127.0.0.1:" + port));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A queue and its dead-letter queue, as template.yaml declares them (maxReceiveCount 5). */
    public record Queue(String url, String arn, String deadLetterUrl) {}

    /** Creates the queue pair with a short-lived client of its own (the function's client needs the URL first). */
    public Queue createWithDlq(String name) {
        try (SqsClient sqs = AwsEndpoint.local(endpoint).configure(SqsClient.builder()).build()) {
            return createWithDlq(sqs, name);
        }
    }

    public static Queue createWithDlq(SqsClient sqs, String name) {
        String dlqUrl = sqs.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String url = sqs.createQueue(b -> b.queueName(name).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "60",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"5\"}"))).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new Queue(url, arn, dlqUrl);
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
