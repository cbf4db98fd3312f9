package com.salescarousel.wiring;

import com.salescarousel.send.SendQueue;
import com.salescarousel.send.SqsSendQueue;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS send queue, for the functions that queue mail (the API and the morning run). */
@Module
public final class QueueModule {
    private QueueModule() {}

    @Provides
    @Singleton
    static SqsClient sqs(QueueSettings q) {
        var b = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(q.region()))
                .credentialsProvider(q.endpoint().isPresent()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                        : EnvironmentVariableCredentialsProvider.create());
        q.endpoint().ifPresent(b::endpointOverride);
        return b.build();
    }

    @Provides
    @Singleton
    static SendQueue queue(SqsClient sqs, QueueSettings q) {
        return new SqsSendQueue(sqs, q.queueUrl());
    }
}
