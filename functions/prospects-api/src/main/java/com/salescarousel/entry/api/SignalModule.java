package com.salescarousel.entry.api;

import com.salescarousel.signal.KeyService;
import com.salescarousel.signal.SignalQueue;
import com.salescarousel.signal.SignalSettings;
import com.salescarousel.signal.SqsSignalQueue;
import com.salescarousel.signal.WebhookSecretStore;
import com.salescarousel.signal.WebhookSecrets;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The webhook's collaborators: KMS (built on first use), the signal queue on the send queue's SQS
 * client, and the secrets with their per-container data-key cache (one instance, hence a singleton).
 */
@Module
public final class SignalModule {
    private SignalModule() {}

    @Provides
    @Singleton
    static KmsClient kms(SignalSettings s) {
        return s.kms().configure(KmsClient.builder()).build();
    }

    @Provides
    @Singleton
    static KeyService keys(dagger.Lazy<KmsClient> kms, SignalSettings s) {
        return new KmsKeyService(kms, s);
    }

    @Provides
    @Singleton
    static SignalQueue signalQueue(SqsClient sqs, SignalSettings s) {
        return event -> new SqsSignalQueue(sqs, SignalSettings.required(s.signalQueueUrl(), "SIGNAL_QUEUE_URL")).enqueue(event);
    }

    @Provides
    @Singleton
    static WebhookSecrets secrets(WebhookSecretStore store, KeyService keys, Clock clock) {
        return new WebhookSecrets(store, keys, clock);
    }
}
