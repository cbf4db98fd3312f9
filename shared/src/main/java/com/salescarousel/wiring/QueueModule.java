package com.salescarousel.wiring;

import com.salescarousel.send.SendQueue;
import com.salescarousel.send.SqsSendQueue;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS send queue, for the functions that queue mail (the API and the morning run). */
@Module
public final class QueueModule {
    private QueueModule() {}

    @Provides
    @Singleton
    static SqsClient sqs(QueueSettings q) {
        return q.sqs().configure(SqsClient.builder()).build();
    }

    @Provides
    @Singleton
    static SendQueue queue(SqsClient sqs, QueueSettings q) {
        return new SqsSendQueue(sqs, q.queueUrl());
    }
}
