package com.salescarousel.touch;

import com.salescarousel.cadence.TierStore;
import com.salescarousel.error.NotFound;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.stats.WeekTally;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.inject.Inject;

/**
 * Changing a touch after the fact: taking it back (the app's undo) and editing its note. Each is one
 * transaction with the prospect, retried like logging when another device wrote the prospect first.
 */
public final class TouchEdits {
    private final ProspectStore prospects;
    private final TouchStore touches;
    private final TierStore tiers;
    private final RaceRetry retry;

    @Inject
    public TouchEdits(ProspectStore prospects, TouchStore touches, TierStore tiers) {
        this(prospects, touches, tiers, RaceRetry.standard());
    }

    public TouchEdits(ProspectStore prospects, TouchStore touches, TierStore tiers, RaceRetry retry) {
        this.prospects = prospects;
        this.touches = touches;
        this.tiers = tiers;
        this.retry = retry;
    }

    /**
     * Takes a touch back: the prospect without it ({@link Recount}) and the week's counters it added
     * taken back ({@code ADD -n}), in the touch's own transaction.
     *
     * @return the prospect as it now is
     */
    public Prospect takeBack(RepProfile rep, String prospectId, String touchId) {
        return retry.run(() -> {
            Prospect now = prospect(rep, prospectId);
            TouchStore.Recorded r = touches.recorded(rep.repId(), prospectId, touchId).orElseThrow(() -> new NotFound("touch " + touchId));
            List<Touch> remaining = Recount.restoresExactly(now, r.trace()) ? List.of()
                    : touches.history(rep.repId(), prospectId, Integer.MAX_VALUE);
            Prospect after = Recount.without(now, r.touch(), r.trace(), remaining, tiers.of(rep.org()), rep.workingDays())
                    .toBuilder().version(now.version() + 1).build();
            var plan = r.trace() == null || r.trace().plan() == null ? null : r.trace().plan().negated();
            touches.takeBack(r.touch(), after, countersOf(r).negated(), plan);
            return after;
        });
    }

    /**
     * A new note (null clears it). When the touch is the prospect's latest, its last note (shown on
     * Today) follows in the same transaction.
     */
    public TouchLog.Logged editNote(RepProfile rep, String prospectId, String touchId, String note) {
        return retry.run(() -> {
            Prospect now = prospect(rep, prospectId);
            TouchStore.Recorded r = touches.recorded(rep.repId(), prospectId, touchId).orElseThrow(() -> new NotFound("touch " + touchId));
            Touch t = r.touch();
            if (Objects.equals(t.note(), note)) return new TouchLog.Logged(t, now, false);
            Touch edited = new Touch(t.repId(), t.prospectId(), t.id(), t.channel(), t.outcome(), note, t.at(), t.day(),
                    t.idempotencyKey(), t.recordedAt(), t.purpose());
            boolean latest = t.at().equals(now.lastTouchAt());
            Prospect after = latest ? now.toBuilder().lastTouchNote(note).version(now.version() + 1).build() : null;
            // An undo right after still restores exactly: the trace follows the prospect's new version.
            TouchTrace trace = after != null && Recount.restoresExactly(now, r.trace()) ? r.trace().withAfterVersion(after.version()) : null;
            touches.editNote(edited, trace, after);
            return new TouchLog.Logged(edited, after != null ? after : now, false);
        });
    }

    private Prospect prospect(RepProfile rep, String prospectId) {
        return prospects.find(rep.repId(), prospectId).orElseThrow(() -> new NotFound("prospect " + prospectId));
    }

    /** What the touch added to its week; for a touch recorded without a trace, what any touch adds. */
    private static WeekTally countersOf(TouchStore.Recorded r) {
        if (r.trace() != null && r.trace().tally() != null) return r.trace().tally();
        Touch t = r.touch();
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("touches", 1);
        c.put("channel_" + t.channel().wire(), 1);
        c.put("outcome_" + t.outcome().wire(), 1);
        return new WeekTally(WeekTally.isoWeek(t.day()), c);
    }
}
