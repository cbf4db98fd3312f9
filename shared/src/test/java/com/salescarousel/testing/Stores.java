package com.salescarousel.testing;

import com.salescarousel.cadence.TierStore;
import com.salescarousel.plan.PlanStore;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.push.PushStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.send.SendStore;
import com.salescarousel.send.Suppressions;
import com.salescarousel.signal.ScoringStore;
import com.salescarousel.signal.SignalStore;
import com.salescarousel.signal.WebhookSecretStore;
import com.salescarousel.stats.StatsStore;
import com.salescarousel.team.MemberStore;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.touch.TouchStore;
import java.util.List;
import java.util.Map;

/**
 * Every store port of one back-end (DynamoDB Local, moto, LocalStack, or the in-memory fakes), on
 * one fresh table, plus the few looks a contract test takes at what was written, so the same test
 * runs on all of them.
 */
public interface Stores {
    ProspectStore prospects();

    TouchStore touches();

    TierStore tiers();

    SendStore sends();

    Suppressions suppressions();

    PushStore pushes();

    TemplateStore templates();

    ProfileStore profiles();

    MemberStore members();

    PlanStore plans();
    StatsStore stats();
    SignalStore signals();

    ScoringStore scoring();

    WebhookSecretStore webhookSecrets();

    /** How many items a rep's partition holds: what "nothing was written" is checked against. */
    int itemsOf(String repId);

    /** A rep's counters for an ISO week such as {@code 2026-W48}; empty when nothing was counted. */
    Map<String, Integer> weekCounters(String repId, String isoWeek);

    /** A list attribute of a rep's week item ({@code speedToLeadHours}); empty when nothing was appended. */
    List<Double> weekList(String repId, String isoWeek, String name);

    /** Whether a prospect has an entry in the sparse due index (GSI1). */
    boolean inDueIndex(String repId, String prospectId);
}
