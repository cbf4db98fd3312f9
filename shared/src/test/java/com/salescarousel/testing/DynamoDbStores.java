package com.salescarousel.testing;

import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.cadence.TierStore;
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
import com.salescarousel.stats.StatsStore;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.Keys;
import com.salescarousel.team.DynamoDbMemberStore;
import com.salescarousel.team.MemberStore;
import com.salescarousel.template.DynamoDbTemplateStore;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.touch.DynamoDbTouchStore;
import com.salescarousel.touch.TouchStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The production DynamoDB adapters on a fresh table of whatever DynamoDB API {@code ddb} talks to. */
public final class DynamoDbStores implements Stores {
    private final DynamoDbClient ddb;
    private final String table;
    private final ProspectStore prospects;
    private final TouchStore touches;
    private final TierStore tiers;
    private final SendStore sends;
    private final Suppressions suppressions;
    private final PushStore pushes;
    private final TemplateStore templates;
    private final ProfileStore profiles;
    private final MemberStore members;
    private final PlanStore plans;
    private final StatsStore stats;
    private final SignalStore signals;
    private final ScoringStore scoring;
    private final WebhookSecretStore webhookSecrets;

    private DynamoDbStores(DynamoDbClient ddb, String table, Clock clock) {
        this.ddb = ddb;
        this.table = table;
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var idempotency = new Idempotency(ddb, table, clock);
        prospects = new DynamoDbProspectStore(ddb, enhanced, table, idempotency);
        touches = new DynamoDbTouchStore(ddb, enhanced, table, idempotency);
        tiers = new DynamoDbTierStore(ddb, table);
        sends = new DynamoDbSendStore(ddb, table);
        suppressions = new DynamoDbSuppressions(ddb, table, clock);
        pushes = new DynamoDbPushStore(ddb, table);
        templates = new DynamoDbTemplateStore(ddb, table);
        profiles = new DynamoDbProfileStore(ddb, enhanced, table, clock);
        members = new DynamoDbMemberStore(enhanced, table);
        plans = new DynamoDbPlanStore(ddb, table, idempotency);
        stats = new DynamoDbStatsStore(ddb, enhanced, table);
        signals = new DynamoDbSignalStore(ddb, table, idempotency);
        scoring = new DynamoDbScoringStore(ddb, table);
        webhookSecrets = new DynamoDbWebhookSecretStore(ddb, table);
    }

    /** The stores on a new, empty table with the production keys and indexes. */
    public static DynamoDbStores onFreshTable(DynamoDbClient ddb, Clock clock) {
        return new DynamoDbStores(ddb, DynamoDbFixture.freshTable(ddb), clock);
    }

    @Override public ProspectStore prospects() { return prospects; }
    @Override public TouchStore touches() { return touches; }
    @Override public TierStore tiers() { return tiers; }
    @Override public SendStore sends() { return sends; }
    @Override public Suppressions suppressions() { return suppressions; }
    @Override public PushStore pushes() { return pushes; }
    @Override public TemplateStore templates() { return templates; }
    @Override public ProfileStore profiles() { return profiles; }
    @Override public MemberStore members() { return members; }
    @Override public PlanStore plans() { return plans; }
    @Override public StatsStore stats() { return stats; }
    @Override public SignalStore signals() { return signals; }
    @Override public ScoringStore scoring() { return scoring; }
    @Override public WebhookSecretStore webhookSecrets() { return webhookSecrets; }

    @Override
    public int itemsOf(String repId) {
        return DynamoDbFixture.itemsOf(ddb, table, repId);
    }

    @Override
    public Map<String, Integer> weekCounters(String repId, String isoWeek) {
        var item = item(Keys.rep(repId), Keys.week(isoWeek));
        Map<String, Integer> out = new HashMap<>();
        item.forEach((k, v) -> {
            if (v.n() != null) out.put(k, Integer.valueOf(v.n()));
        });
        return out;
    }

    @Override
    public List<Double> weekList(String repId, String isoWeek, String name) {
        var v = item(Keys.rep(repId), Keys.week(isoWeek)).get(name);
        return v == null ? List.of() : v.l().stream().map(n -> Double.valueOf(n.n())).toList();
    }

    @Override
    public boolean inDueIndex(String repId, String prospectId) {
        return item(Keys.rep(repId), Keys.prospect(prospectId)).containsKey(CarouselTable.GSI1PK);
    }

    private Map<String, AttributeValue> item(String pk, String sk) {
        var item = ddb.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(CarouselTable.PK, AttributeValue.fromS(pk), CarouselTable.SK, AttributeValue.fromS(sk)))).item();
        return item == null ? Map.of() : item;
    }
}
