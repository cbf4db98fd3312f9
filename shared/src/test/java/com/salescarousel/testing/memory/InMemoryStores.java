package com.salescarousel.testing.memory;

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
    private final InMemorySignalStore signals = new InMemorySignalStore(table, idempotency, prospects);
    private final InMemoryScoringStore scoring = new InMemoryScoringStore(table);
    private final InMemoryWebhookSecretStore webhookSecrets = new InMemoryWebhookSecretStore(table);
    private final RecordingSignalQueue signalQueue = new RecordingSignalQueue();
    private final InMemoryKeyService keys = new InMemoryKeyService();

    @Override public InMemoryProspectStore prospects() { return prospects; }
    @Override public InMemoryTouchStore touches() { return touches; }
    @Override public InMemoryTierStore tiers() { return tiers; }
    @Override public InMemorySendStore sends() { return sends; }
    @Override public InMemorySuppressions suppressions() { return suppressions; }
    @Override public InMemoryPushStore pushes() { return pushes; }
    @Override public InMemoryTemplateStore templates() { return templates; }
    @Override public InMemoryProfileStore profiles() { return profiles; }
    @Override public InMemoryMemberStore members() { return members; }
    @Override public InMemorySignalStore signals() { return signals; }
    @Override public InMemoryScoringStore scoring() { return scoring; }
    @Override public InMemoryWebhookSecretStore webhookSecrets() { return webhookSecrets; }

    /** The signal queue the webhook writes to, and the key service that seals webhook secrets: the fast tier's stand-ins. */
    public RecordingSignalQueue signalQueue() { return signalQueue; }
    public InMemoryKeyService keys() { return keys; }

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
        return MemoryCounters.week(table, Keys.rep(repId), Keys.week(isoWeek)).lists().getOrDefault(name, List.of());
    }

    @Override
    public boolean inDueIndex(String repId, String prospectId) {
        return prospects.inDueIndex(repId, prospectId);
    }
}
