package com.salescarousel.testing.memory;

import com.salescarousel.ops.Invocations;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.Keys;
import com.salescarousel.testing.Stores;
import java.util.List;
import java.util.Map;

/**
 * Every store port in memory, on one shared table: what the fast tier wires instead of DynamoDB.
 * They pass the same {@code StoreContract} and {@code SenderContract} as the DynamoDB adapters on
 * DynamoDB Local and moto, so they cannot drift from them. Thread-safe: one lock for the table.
 */
public final class InMemoryStores implements Stores {
    private final MemoryTable table = new MemoryTable();
    private final MemoryIdempotency idempotency = new MemoryIdempotency(table);
    private final InMemoryProspectStore prospects = new InMemoryProspectStore(table, idempotency);
    private final InMemoryTouchStore touches = new InMemoryTouchStore(table, idempotency, prospects);
    private final InMemoryTierStore tiers = new InMemoryTierStore(table);
    private final InMemorySendStore sends = new InMemorySendStore(table);
    private final InMemorySuppressions suppressions = new InMemorySuppressions(table);
    private final InMemoryPushStore pushes = new InMemoryPushStore(table);
    private final InMemoryTemplateStore templates = new InMemoryTemplateStore(table);
    private final InMemoryMemberStore members = new InMemoryMemberStore(table);
    private final InMemoryProfileStore profiles = new InMemoryProfileStore(table, members);
    private final InMemoryPlanStore plans = new InMemoryPlanStore(table, idempotency, prospects);
    private final InMemoryStatsStore stats = new InMemoryStatsStore(table);
    private final InMemoryTeamDirectory directory = new InMemoryTeamDirectory();
    private final InMemoryImportStore imports = new InMemoryImportStore(table, idempotency);
    private final InMemoryCalendarStore calendars = new InMemoryCalendarStore(table);
    private final InMemoryTraceStore traces = new InMemoryTraceStore(table);
    private final InMemorySignalStore signals = new InMemorySignalStore(table, idempotency, prospects);
    private final InMemoryScoringStore scoring = new InMemoryScoringStore(table);
    private final InMemoryWebhookSecretStore webhookSecrets = new InMemoryWebhookSecretStore(table);
    private final RecordingSignalQueue signalQueue = new RecordingSignalQueue();
    private final InMemoryKeyService keys = new InMemoryKeyService();
    private final RecordedMetrics metrics = new RecordedMetrics();
    private final Invocations invocations = new Invocations(metrics, null);

    @Override public InMemoryProspectStore prospects() { return prospects; }
    @Override public InMemoryTouchStore touches() { return touches; }
    @Override public InMemoryTierStore tiers() { return tiers; }
    @Override public InMemorySendStore sends() { return sends; }
    @Override public InMemorySuppressions suppressions() { return suppressions; }
    @Override public InMemoryPushStore pushes() { return pushes; }
    @Override public InMemoryTemplateStore templates() { return templates; }
    @Override public InMemoryProfileStore profiles() { return profiles; }
    @Override public InMemoryMemberStore members() { return members; }
    @Override public InMemoryPlanStore plans() { return plans; }
    @Override public InMemoryStatsStore stats() { return stats; }
    /** Not a store: the user directory (Cognito's stand-in) the team's invitations go to. */
    public InMemoryTeamDirectory directory() { return directory; }
    public InMemoryImportStore imports() { return imports; }
    public InMemoryCalendarStore calendars() { return calendars; }
    public InMemoryTraceStore traces() { return traces; }

    /** Puts a bare item under the rep (a kind of item whose store another feature adds, such as a signal). */
    public void plant(String repId, String sk, Object item) {
        table.put(Keys.rep(repId), sk, item);
    }

    /** Every sort key in a rep's partition, in key order: what an erasure test lists to find orphans. */
    public List<String> keysOf(String repId) {
        return table.keysStartingWith(Keys.rep(repId), "");
    }

    /** Every item in a rep's partition, as text: what a test searches for a value that must be gone. */
    public List<String> itemsOf(String repId, String ignored) {
        return keysOf(repId).stream().map(sk -> sk + " " + table.get(Keys.rep(repId), sk, Object.class)).toList();
    }
    @Override public InMemorySignalStore signals() { return signals; }
    @Override public InMemoryScoringStore scoring() { return scoring; }
    @Override public InMemoryWebhookSecretStore webhookSecrets() { return webhookSecrets; }

    /** The signal queue the webhook writes to, and the key service that seals webhook secrets: the fast tier's stand-ins. */
    public RecordingSignalQueue signalQueue() { return signalQueue; }
    public InMemoryKeyService keys() { return keys; }
    /** What the graph's invocations published. */
    public RecordedMetrics metrics() { return metrics; }
    public Invocations invocations() { return invocations; }

    @Override
    public int itemsOf(String repId) {
        return table.count(Keys.rep(repId));
    }

    @Override
    public Map<String, Integer> weekCounters(String repId, String isoWeek) {
        return touches.weekCounters(Keys.rep(repId), Keys.week(isoWeek));
    }

    @Override
    public List<Double> weekList(String repId, String isoWeek, String name) {
        if (!WeekTally.SPEED_TO_LEAD_HOURS.equals(name)) return List.of();
        var weeks = MemoryWeeks.between(table, repId, isoWeek, isoWeek);
        return weeks.isEmpty() ? List.of() : weeks.get(0).speedToLeadHours();
    }

    @Override
    public boolean inDueIndex(String repId, String prospectId) {
        return prospects.inDueIndex(repId, prospectId);
    }
}
