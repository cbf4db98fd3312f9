package com.salescarousel.entry.api;

import com.salescarousel.signal.KeyService;
import com.salescarousel.signal.SignalSettings;
import com.salescarousel.testing.KeyServiceContract;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.wiring.AwsEndpoint;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The production KMS adapter against moto's KMS (GenerateDataKey and Decrypt with an encryption
 * context); skipped with the reason where moto is not available.
 */
class MotoKmsKeyServiceIT extends KeyServiceContract {
    @Override
    protected KeyService keyService() {
        AwsEndpoint moto = AwsEndpoint.local(MotoFixture.endpointOrSkip());
        KmsClient kms = moto.configure(KmsClient.builder()).build();
        String keyId = kms.createKey(b -> b.description("carousel webhook secrets (test)")).keyMetadata().arn();
        return new KmsKeyService(() -> kms, new SignalSettings("https://app.example.com", keyId, null, moto));
    }
}
