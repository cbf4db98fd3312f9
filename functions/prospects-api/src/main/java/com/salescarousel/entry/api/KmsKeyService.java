package com.salescarousel.entry.api;

import com.salescarousel.signal.KeyService;
import com.salescarousel.signal.SignalSettings;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * The key service on AWS KMS: GenerateDataKey and Decrypt under the stack's key, with the encryption
 * context bound in. The client is built on first use: most API calls never touch a webhook secret.
 * The local cloud points the same adapter at its KMS stand-in.
 */
public final class KmsKeyService implements KeyService {
    private final dagger.Lazy<KmsClient> kms;
    private final SignalSettings settings;

    public KmsKeyService(dagger.Lazy<KmsClient> kms, SignalSettings settings) {
        this.kms = kms;
        this.settings = settings;
    }

    @Override
    public DataKey newDataKey(Map<String, String> context) {
        var r = kms.get().generateDataKey(b -> b.keyId(keyId()).keySpec(DataKeySpec.AES_256).encryptionContext(context));
        return new DataKey(r.plaintext().asByteArray(), r.ciphertextBlob().asByteArray());
    }

    @Override
    public byte[] decrypt(byte[] encrypted, Map<String, String> context) {
        try {
            // KeyId too: KMS then refuses a ciphertext made under any other key.
            return kms.get().decrypt(b -> b.keyId(keyId()).ciphertextBlob(SdkBytes.fromByteArray(encrypted)).encryptionContext(context))
                    .plaintext().asByteArray();
        } catch (KmsException e) {
            throw new IllegalStateException("KMS refused to decrypt a webhook secret's data key: "
                    + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorCode()), e);
        }
    }

    private String keyId() {
        return SignalSettings.required(settings.webhookKeyId(), "WEBHOOK_KEY_ID");
    }
}
