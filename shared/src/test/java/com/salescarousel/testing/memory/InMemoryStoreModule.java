package com.salescarousel.testing.memory;

import com.salescarousel.cadence.TierStore;
import com.salescarousel.calendar.CalendarStore;
import com.salescarousel.erasure.TraceStore;
import com.salescarousel.imports.ImportStore;
import com.salescarousel.ops.Activity;
import com.salescarousel.ops.Invocations;
import com.salescarousel.plan.PlanStore;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.push.PushStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.send.SendStore;
import com.salescarousel.send.Suppressions;
import com.salescarousel.signal.KeyService;
import com.salescarousel.signal.ScoringStore;
import com.salescarousel.signal.SignalQueue;
import com.salescarousel.signal.SignalSettings;
import com.salescarousel.signal.SignalStore;
import com.salescarousel.signal.WebhookSecretStore;
import com.salescarousel.stats.OverdueLog;
import com.salescarousel.stats.StatsStore;
import com.salescarousel.team.MemberStore;
import com.salescarousel.team.TeamDirectory;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.touch.TouchStore;
import com.salescarousel.wiring.AwsEndpoint;
import dagger.Module;
import dagger.Provides;
import java.net.URI;

/**
 * The store ports from {@link InMemoryStores}, for a test-only component in place of the production
 * store module: bind the {@code InMemoryStores} instance with {@code @BindsInstance}, and the test
 * can look into the same stores the handler wrote to.
 */
@Module
public final class InMemoryStoreModule {
    private InMemoryStoreModule() {}

    @Provides static ProspectStore prospects(InMemoryStores s) { return s.prospects(); }
    @Provides static TouchStore touches(InMemoryStores s) { return s.touches(); }
    @Provides static TierStore tiers(InMemoryStores s) { return s.tiers(); }
    @Provides static SendStore sends(InMemoryStores s) { return s.sends(); }
    @Provides static Suppressions suppressions(InMemoryStores s) { return s.suppressions(); }
    @Provides static PushStore pushes(InMemoryStores s) { return s.pushes(); }
    @Provides static TemplateStore templates(InMemoryStores s) { return s.templates(); }
    @Provides static ProfileStore profiles(InMemoryStores s) { return s.profiles(); }
    @Provides static MemberStore members(InMemoryStores s) { return s.members(); }
    @Provides static PlanStore plans(InMemoryStores s) { return s.plans(); }
    @Provides static StatsStore stats(InMemoryStores s) { return s.stats(); }
    @Provides static OverdueLog overdueLog(InMemoryStores s) { return s.stats(); }
    @Provides static TeamDirectory directory(InMemoryStores s) { return s.directory(); }
    @Provides static ImportStore imports(InMemoryStores s) { return s.imports(); }
    @Provides static CalendarStore calendars(InMemoryStores s) { return s.calendars(); }
    @Provides static TraceStore traces(InMemoryStores s) { return s.traces(); }
    @Provides static SignalStore signals(InMemoryStores s) { return s.signals(); }
    @Provides static ScoringStore scoring(InMemoryStores s) { return s.scoring(); }
    @Provides static WebhookSecretStore webhookSecrets(InMemoryStores s) { return s.webhookSecrets(); }
    @Provides static SignalQueue signalQueue(InMemoryStores s) { return s.signalQueue(); }
    @Provides static KeyService keys(InMemoryStores s) { return s.keys(); }
    @Provides static Invocations invocations(InMemoryStores s) { return s.invocations(); }
    @Provides static Activity activity(InMemoryStores s) { return s.invocations(); }

    /** The hook's address as a test deployment would have it; no queue or key service is reached through these. */
    @Provides static SignalSettings signalSettings() {
        return new SignalSettings("https://app.example.com", "test-key", "test-signal-queue", AwsEndpoint.local(URI.create("http://127.0.0.1:9")));
    }
}
