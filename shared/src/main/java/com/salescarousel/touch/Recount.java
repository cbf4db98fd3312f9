package com.salescarousel.touch;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Prospect;
import java.util.Comparator;
import java.util.List;

/**
 * A prospect after one of its touches is taken back (DESIGN section 4, the app's undo). Pure: the
 * touches that remain, the tiers and the working days come from the caller.
 *
 * <p>Taking back the latest touch while nothing else changed the prospect since restores it exactly
 * as it was before the touch ({@link PriorState}). Otherwise everything the touches decide is
 * recomputed from the touches that remain: the counts, the last response and, when the touch was the
 * latest, the last touch and the cadence day (from the new last touch, or the creation day).
 */
public final class Recount {
    /** Touches in the order they happened; ids (ULIDs of {@code at}) break ties. */
    static final Comparator<Touch> IN_ORDER = Comparator.comparing(Touch::at).thenComparing(Touch::id);

    private Recount() {}

    /** Whether {@link #without} restores the prior state and needs no history. */
    public static boolean restoresExactly(Prospect now, TouchTrace trace) {
        return trace != null && trace.prior() != null && now.version() == trace.afterVersion();
    }

    /**
     * @param remaining the prospect's other touches, in any order (unread, empty, when
     *                  {@link #restoresExactly} holds)
     * @return the prospect without the touch; its version is the caller's to set
     */
    public static Prospect without(Prospect now, Touch undone, TouchTrace trace, List<Touch> remaining, Tiers known, WorkingDays days) {
        if (restoresExactly(now, trace)) return trace.prior().applyTo(now);
        List<Touch> byTime = remaining.stream().filter(t -> !t.id().equals(undone.id())).sorted(IN_ORDER).toList();
        Prospect.Builder b = now.toBuilder().touchCount(byTime.size());

        Touch lastResponse = null;
        Integer firstResponseAfter = null;
        for (int i = 0; i < byTime.size(); i++) {
            if (!byTime.get(i).outcome().isResponse()) continue;
            if (firstResponseAfter == null) firstResponseAfter = i;
            lastResponse = byTime.get(i);
        }
        int since = 0;
        for (Touch t : byTime) if (lastResponse == null || IN_ORDER.compare(t, lastResponse) > 0) since++;
        b.lastResponseAt(lastResponse == null ? null : lastResponse.at()).touchesSinceResponse(since).firstResponseAfter(firstResponseAfter);

        Touch last = byTime.isEmpty() ? null : byTime.get(byTime.size() - 1);
        boolean wasLatest = last == null || IN_ORDER.compare(undone, last) > 0;
        if (!wasLatest) return b.build();
        b.lastTouchAt(last == null ? null : last.at()).lastTouchOn(last == null ? null : last.day())
                .lastTouchNote(last == null ? null : last.note());
        // The touch's own tier move (not interested, a lost deal's referral ask) goes back, unless moved again since.
        String tier = now.tier();
        if (trace != null && trace.prior() != null && now.tier().equals(trace.afterTier())) tier = trace.prior().before().tier();
        b.tier(tier);
        if (now.status().onCarousel()) {
            // The imported last-contacted day stays a floor once the touches after it are undone.
            Prospect after = b.build();
            boolean neverContacted = after.lastTouchOn() == null && after.lastContactedOn() == null;
            b.cadenceDueOn(neverContacted ? now.createdOn() : Cadence.nextDue(after.cadenceAnchor(), known.of(tier).cadence(), days));
        }
        return b.build();
    }
}
