package com.salescarousel.wiring;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.DynamoDbSuppressions;
import com.salescarousel.send.SendStore;
import com.salescarousel.send.Suppressions;
import com.salescarousel.store.Idempotency;
import com.salescarousel.template.DynamoDbTemplateStore;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.touch.DynamoDbTouchStore;
import com.salescarousel.touch.TouchStore;
import com.salescarousel.team.DynamoDbMemberStore;
import com.salescarousel.team.MemberStore;
import dagger.Module;
import com.salescarousel.push.DynamoDbPushStore;
import com.salescarousel.push.PushStore;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The store and its clients, built once per container. The url-connection HTTP client and an
 * explicit region and credentials provider keep the SDK's start-up work small.
 */
@Module
public final class CoreModule {
    private CoreModule() {}

    @Provides
    @Singleton
    static DynamoDbClient dynamoDb(Settings s) {
        var b = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s.region()))
                .credentialsProvider(credentials(s));
        s.dynamoDbEndpoint().ifPresent(b::endpointOverride);
        return b.build();
    }

    /** Lambda puts the role's credentials in the environment; local endpoints take any. */
    static AwsCredentialsProvider credentials(Settings s) {
        return s.dynamoDbEndpoint().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : EnvironmentVariableCredentialsProvider.create();
    }

    @Provides
    @Singleton
    static DynamoDbEnhancedClient enhanced(DynamoDbClient ddb) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
    }

    @Provides
    @Singleton
    static Idempotency idempotency(DynamoDbClient ddb, Settings s, Clock clock) {
        return new Idempotency(ddb, s.tableName(), clock);
    }

    @Provides
    @Singleton
    static ProspectStore prospects(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, Settings s, Idempotency i) {
        return new DynamoDbProspectStore(ddb, enhanced, s.tableName(), i);
    }

    @Provides
    @Singleton
    static TouchStore touches(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, Settings s, Idempotency i) {
        return new DynamoDbTouchStore(ddb, enhanced, s.tableName(), i);
    }

    @Provides
    @Singleton
    static TierStore tiers(DynamoDbClient ddb, Settings s) {
        return new DynamoDbTierStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static SendStore sends(DynamoDbClient ddb, Settings s) {
        return new DynamoDbSendStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static Suppressions suppressions(DynamoDbClient ddb, Settings s, Clock clock) {
        return new DynamoDbSuppressions(ddb, s.tableName(), clock);
    }

    @Provides
    @Singleton
    static PushStore pushes(DynamoDbClient ddb, Settings s) {
        return new DynamoDbPushStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static TemplateStore templates(DynamoDbClient ddb, Settings s) {
        return new DynamoDbTemplateStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static ProfileStore profiles(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, Settings s, Clock clock) {
        return new DynamoDbProfileStore(ddb, enhanced, s.tableName(), clock);
    }

    @Provides
    @Singleton
    static MemberStore members(DynamoDbEnhancedClient enhanced, Settings s) {
        return new DynamoDbMemberStore(enhanced, s.tableName());
    }
}
