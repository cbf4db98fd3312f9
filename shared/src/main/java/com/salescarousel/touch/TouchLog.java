package com.salescarousel.touch;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.ops.Activity;
import com.salescarousel.plan.PlanProgress;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.referral.ReferralAsks;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.signal.SalesReady;
import com.salescarousel.stats.WeekTally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/** Logging touches: one transaction per touch, retried ({@link RaceRetry}) when another device moved the prospect first. */
public final class TouchLog {
    /** Phones' clocks drift; a touch a little "in the future" is still now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ProspectStore prospects;
    private final TouchStore touches;
    private final TierStore tiers;
    private final Clock clock;
    private final RaceRetry retry;
    private final Activity activity;

    public record Logged(Touch touch, Prospect prospect, boolean replayed) {}

    public TouchLog(ProspectStore prospects, TouchStore touches, TierStore tiers, Clock clock) {
        this(prospects, touches, tiers, clock, RaceRetry.standard(), Activity.NONE);
    }

    @Inject
    public TouchLog(ProspectStore prospects, TouchStore touches, TierStore tiers, Clock clock, Activity activity) {
        this(prospects, touches, tiers, clock, RaceRetry.standard(), activity);
    }

    public TouchLog(ProspectStore prospects, TouchStore touches, TierStore tiers, Clock clock, RaceRetry retry) {
        this(prospects, touches, tiers, clock, retry, Activity.NONE);
    }

    public TouchLog(ProspectStore prospects, TouchStore touches, TierStore tiers, Clock clock, RaceRetry retry, Activity activity) {
        this.prospects = prospects;
        this.touches = touches;
        this.tiers = tiers;
        this.clock = clock;
        this.retry = retry;
        this.activity = activity;
    }

    public Logged log(RepProfile rep, String prospectId, TouchRequest req) {
        return log(rep, prospectId, req, null);
    }

    /** Logs the touch an e-mail was, marking its send record SENT in the same transaction. */
    public Logged log(RepProfile rep, String prospectId, TouchRequest req, TouchStore.SentMail sent) {
        if (req.idempotencyKey() != null) {
            Optional<Logged> seen = replay(rep, prospectId, req.idempotencyKey());
            if (seen.isPresent()) return seen.get();
        }
        Instant now = clock.instant();
        Instant at = req.at() == null ? now : req.at();
        if (at.isAfter(now.plus(CLOCK_SKEW))) throw Invalid.of("at", "touches cannot be logged in the future");
        // Touch ids are ULIDs of `at`, which count from 1970: an earlier touch would sort as the newest.
        if (at.isBefore(Instant.EPOCH)) throw Invalid.of("at", "touches before 1970 cannot be logged");
        Tiers known = tiers.of(rep.org());
        // Another device logged or edited first: read again and re-apply (nothing was written), after a jittered wait.
        Logged logged = retry.run(() -> {
            Prospect before = prospects.find(rep.repId(), prospectId).orElseThrow(() -> notFound(prospectId));
            Touch touch = new Touch(rep.repId(), prospectId, Ulid.at(at), req.channel(), req.outcome(), req.note(),
                    at, Cadence.localDay(at, rep.timeZone()), req.idempotencyKey(), now, req.purpose());
            int later = Carousel.needsLaterTouchCount(before, touch) ? touches.countAfter(rep.repId(), prospectId, at) : 0;
            Prospect moved = Carousel.afterTouch(before, touch, known.of(before.tier()), known.forLostDeals(), known.forNotInterested(),
                    rep.workingDays(), later);
            moved = ReferralAsks.afterTouch(before, moved, touch, known, rep.workingDays());
            // Warm signals: a response clears sales-ready; the first touch after it counts as speed to lead.
            moved = SalesReady.afterTouch(moved, touch).toBuilder().version(before.version() + 1).build();
            var plan = PlanProgress.afterTouch(before, moved, touch, known.of(moved.tier()).cadence(), rep.workingDays());
            Prospect after = plan.prospect();
            WeekTally tally = SalesReady.tally(WeekTally.of(touch, before, after, Cadence.localDay(now, rep.timeZone())), before, touch);
            try {
                Optional<Touch> first = touches.record(touch, after, TouchTrace.of(before, after, tally, plan.tally()), sent);
                if (first.isPresent()) return replay(rep, prospectId, req.idempotencyKey()).orElseThrow();
                return new Logged(touch, after, false);
            } catch (com.salescarousel.store.IdempotencyKeyReused e) {
                throw Invalid.of("idempotencyKey", "already used for another request");
            }
        });
        if (!logged.replayed()) activity.touchLogged(logged.touch().channel());
        return logged;
    }

    private Optional<Logged> replay(RepProfile rep, String prospectId, String key) {
        return touches.byIdempotencyKey(rep.repId(), key).map(t -> {
            if (!t.prospectId().equals(prospectId)) {
                throw Invalid.of("idempotencyKey", "already used for a touch on another prospect");
            }
            Prospect p = prospects.find(rep.repId(), prospectId).orElseThrow(() -> notFound(prospectId));
            return new Logged(t, p, true);
        });
    }

    public List<Touch> history(String repId, String prospectId, int limit) {
        if (prospects.find(repId, prospectId).isEmpty()) throw notFound(prospectId);
        return touches.history(repId, prospectId, limit);
    }

    private static NotFound notFound(String prospectId) {
        return new NotFound("prospect " + prospectId);
    }
}
