package com.salescarousel.signal;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The org's sealed webhook secret, {@code ORG#<org>} / {@code WEBHOOK}: binary attributes holding the
 * encrypted data key, the IV and the ciphertext; the secret itself is never stored.
 */
public final class DynamoDbWebhookSecretStore implements WebhookSecretStore {

    /** The stored item: one org's sealed secret. */
    record OrgSecret(String org, SealedSecret secret) {}

    static final TableSchema<OrgSecret> SCHEMA = StaticImmutableTableSchema.builder(OrgSecret.class, Fields.class)
            .newItemBuilder(Fields::new, f -> new OrgSecret(f.str("org"), new SealedSecret(bytes(f, "encryptedKey"), bytes(f, "iv"),
                    bytes(f, "ciphertext"), f.get("rotatedAt", Instant.class))))
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(s -> Keys.org(s.org()))
                    .setter((f, v) -> f.put("org", Keys.after(v, "ORG#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(s -> SignalKeys.WEBHOOK).setter(Fields.derived())
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(s -> "webhookSecret").setter(Fields.derived()))
            .addAttribute(SdkBytes.class, a -> a.name("encryptedKey").getter(s -> SdkBytes.fromByteArray(s.secret().encryptedKey()))
                    .setter(Fields.into("encryptedKey")))
            .addAttribute(SdkBytes.class, a -> a.name("iv").getter(s -> SdkBytes.fromByteArray(s.secret().iv())).setter(Fields.into("iv")))
            .addAttribute(SdkBytes.class, a -> a.name("ciphertext").getter(s -> SdkBytes.fromByteArray(s.secret().ciphertext()))
                    .setter(Fields.into("ciphertext")))
            .addAttribute(Instant.class, a -> a.name("rotatedAt").getter(s -> s.secret().rotatedAt()).setter(Fields.into("rotatedAt")))
            .build();

    private static byte[] bytes(Fields f, String name) {
        SdkBytes b = f.get(name, SdkBytes.class);
        return b == null ? new byte[0] : b.asByteArray();
    }

    private final DynamoDbTable<OrgSecret> table;

    public DynamoDbWebhookSecretStore(DynamoDbClient ddb, String tableName) {
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
    }

    @Override
    public Optional<SealedSecret> find(String org) {
        // Consistent: a manager who just rotated tests the new secret at once.
        return Optional.ofNullable(table.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.org(org)).sortValue(SignalKeys.WEBHOOK).build()))).map(OrgSecret::secret);
    }

    @Override
    public void put(String org, SealedSecret secret) {
        table.putItem(new OrgSecret(org, secret));
    }
}
