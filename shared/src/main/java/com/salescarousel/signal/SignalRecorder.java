package com.salescarousel.signal;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.send.SendQueue;
import com.salescarousel.stats.WeekTally;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Records one signal on one prospect, whichever way it came in: scores the prospect's signals of the
 * window with the org's rule, applies sales-ready, and writes the signal, the prospect, the week's
 * counters ({@code signals}, {@code salesReady}), the guard and (when it became ready) the alert's send
 * record in one transaction; then queues the alert. The send record's id is deterministic, so a
 * redelivery that finds the guard re-queues a waiting alert instead of making a second one.
 */
public final class SignalRecorder {
    private final SignalStore store;
    private final ScoringStore scoring;
    private final TierStore tiers;
    private final dagger.Lazy<SendQueue> alerts;
    private final Clock clock;

    /** What one signal did; {@code fresh} is false when its guard was used before (nothing written). */
    public record Outcome(Signal signal, Prospect prospect, boolean becameReady, boolean fresh) {}

    @Inject
    public SignalRecorder(SignalStore store, ScoringStore scoring, TierStore tiers, dagger.Lazy<SendQueue> alerts, Clock clock) {
        this.store = store;
        this.scoring = scoring;
        this.tiers = tiers;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * @param before the prospect as read, or a new lead (version 1, not stored yet, {@code isNew})
     * @param alert whether the owner is to be alerted when it becomes ready (not when they recorded it themselves)
     * @throws com.salescarousel.store.VersionConflict when something read here moved on: read again and retry
     */
    public Outcome record(RepProfile owner, Prospect before, boolean isNew, Signal signal, SignalStore.Guard guard,
                          SignalStore.NewLead lead, boolean alert) {
        Instant now = clock.instant();
        LocalDate today = Cadence.localDay(now, owner.timeZone());
        ScoringRule rule = scoring.of(owner.org());
        List<Signal> scored = new ArrayList<>(isNew ? List.of() : store.since(owner.repId(), before.id(), Scoring.windowStart(now, rule)));
        scored.add(signal);
        boolean scores = Scoring.salesReady(scored, now, rule);
        Prospect after = SalesReady.afterSignal(before, signal, scores, tiers.of(owner.org()), owner.workingDays(), today, now)
                .toBuilder().version(isNew ? before.version() : before.version() + 1).build();
        boolean became = SalesReady.became(before, after, today);
        Send send = became && alert ? Send.alert(owner.repId(), before.id(), now, why(scored, now, rule), now) : null;
        Map<String, Integer> counters = new LinkedHashMap<>();
        counters.put("signals", 1);
        if (became) counters.put("salesReady", 1);
        boolean fresh = store.record(new SignalStore.Write(signal, after, isNew, new WeekTally(WeekTally.isoWeek(today), counters),
                guard, send, lead));
        if (fresh && send != null) alerts.get().enqueue(owner.repId(), send.id());
        return new Outcome(signal, after, became, fresh);
    }

    /** What the rep reads: "Demo request, Webinar attended · 3 signals in 30 days", newest kind first. */
    static String why(List<Signal> signals, Instant now, ScoringRule rule) {
        Instant from = Scoring.windowStart(now, rule);
        List<Signal> counted = signals.stream().filter(s -> s.at().isAfter(from))
                .sorted(Comparator.comparing(Signal::at).reversed()).toList();
        Set<String> kinds = counted.stream().map(s -> s.type().label()).collect(Collectors.toCollection(LinkedHashSet::new));
        int n = counted.size();
        return String.join(", ", kinds) + " · " + n + (n == 1 ? " signal" : " signals") + " in " + rule.windowDays() + " days";
    }
}
