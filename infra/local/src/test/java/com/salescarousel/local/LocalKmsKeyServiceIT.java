package com.salescarousel.local;

import com.salescarousel.entry.api.KmsKeyService;
import com.salescarousel.signal.KeyService;
import com.salescarousel.signal.SignalSettings;
import com.salescarousel.testing.KeyServiceContract;
import com.salescarousel.wiring.AwsEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.kms.KmsClient;

/** The production KMS adapter (and the real KmsClient) against the local cloud's KMS stand-in: the same contract as on moto. */
class LocalKmsKeyServiceIT extends KeyServiceContract {
    private static LocalKms kms;

    @BeforeAll
    static void start() throws Exception {
        kms = LocalKms.start(null);
    }

    @AfterAll
    static void stop() {
        kms.close();
    }

    @Override
    protected KeyService keyService() {
        AwsEndpoint local = AwsEndpoint.local(kms.endpoint());
        KmsClient client = local.configure(KmsClient.builder()).build();
        return new KmsKeyService(() -> client, new SignalSettings("http://127.0.0.1", LocalKms.KEY_ARN, null, local));
    }
}
