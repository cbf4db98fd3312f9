package com.salescarousel.wiring;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.calendar.CalendarStore;
import com.salescarousel.calendar.DynamoDbCalendarStore;
import com.salescarousel.erasure.DynamoDbTraceStore;
import com.salescarousel.erasure.TraceStore;
import com.salescarousel.imports.DynamoDbImportStore;
import com.salescarousel.imports.ImportStore;
import com.salescarousel.plan.DynamoDbPlanStore;
import com.salescarousel.plan.PlanStore;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.push.DynamoDbPushStore;
import com.salescarousel.push.PushStore;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.DynamoDbSuppressions;
import com.salescarousel.send.SendStore;
import com.salescarousel.send.Suppressions;
import com.salescarousel.signal.DynamoDbScoringStore;
import com.salescarousel.signal.DynamoDbSignalStore;
import com.salescarousel.signal.DynamoDbWebhookSecretStore;
import com.salescarousel.signal.ScoringStore;
import com.salescarousel.signal.SignalStore;
import com.salescarousel.signal.WebhookSecretStore;
import com.salescarousel.stats.DynamoDbStatsStore;
import com.salescarousel.stats.OverdueLog;
import com.salescarousel.stats.StatsStore;
import com.salescarousel.store.Idempotency;
import com.salescarousel.team.DynamoDbMemberStore;
import com.salescarousel.team.MemberStore;
import com.salescarousel.template.DynamoDbTemplateStore;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.touch.DynamoDbTouchStore;
import com.salescarousel.touch.TouchStore;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every store port bound to its DynamoDB adapter on the one table. A graph that wants other stores
 * (in-memory fakes in a test) takes another module instead of this one, and no DynamoDbModule.
 */
@Module
public final class DynamoDbStoresModule {
    private DynamoDbStoresModule() {}

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
    static ProfileStore profiles(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, Settings s, Clock clock) {
        return new DynamoDbProfileStore(ddb, enhanced, s.tableName(), clock);
    }

    @Provides
    @Singleton
    static MemberStore members(DynamoDbEnhancedClient enhanced, Settings s) {
        return new DynamoDbMemberStore(enhanced, s.tableName());
    }

    @Provides
    @Singleton
    static StatsStore stats(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, Settings s) {
        return new DynamoDbStatsStore(ddb, enhanced, s.tableName());
    }

    @Provides
    static OverdueLog overdueLog(StatsStore stats) {
        return stats;
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
    static PlanStore plans(DynamoDbClient ddb, Settings s, Idempotency i) {
        return new DynamoDbPlanStore(ddb, s.tableName(), i);
    }

    @Provides
    @Singleton
    static TemplateStore templates(DynamoDbClient ddb, Settings s) {
        return new DynamoDbTemplateStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static ImportStore imports(DynamoDbClient ddb, Settings s, Idempotency i) {
        return new DynamoDbImportStore(ddb, s.tableName(), i);
    }

    @Provides
    @Singleton
    static SignalStore signals(DynamoDbClient ddb, Settings s, Idempotency i) {
        return new DynamoDbSignalStore(ddb, s.tableName(), i);
    }

    @Provides
    @Singleton
    static CalendarStore calendars(DynamoDbClient ddb, Settings s) {
        return new DynamoDbCalendarStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static ScoringStore scoring(DynamoDbClient ddb, Settings s) {
        return new DynamoDbScoringStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static TraceStore traces(DynamoDbClient ddb, Settings s) {
        return new DynamoDbTraceStore(ddb, s.tableName());
    }

    @Provides
    @Singleton
    static WebhookSecretStore webhookSecrets(DynamoDbClient ddb, Settings s) {
        return new DynamoDbWebhookSecretStore(ddb, s.tableName());
    }
}
