package com.salescarousel.touch;

import com.salescarousel.prospect.Prospect;
import java.util.List;

/**
 * A prospect as it was before a touch, for the fields a touch may change: what taking the touch back
 * restores. A rule that makes touches change another field adds it to {@link #FIELDS} and
 * {@link #applyTo}.
 */
public record PriorState(Prospect before) {
    /** The stored attributes (the prospect item's names) that {@link #applyTo} restores. */
    public static final List<String> FIELDS = List.of("tier", "lastTouchAt", "lastTouchOn", "lastTouchNote", "lastResponseAt",
            "cadenceDueOn", "nextReferralAskOn", "thankYouOn", "thankYouFor", "plan", "touchesSinceResponse", "touchCount",
            "firstResponseAfter", "salesReady", "salesReadyAt");

    /** {@code now} with those fields as they were; everything else (name, notes, status, version) stays. */
    public Prospect applyTo(Prospect now) {
        Prospect b = before;
        return now.toBuilder().tier(b.tier()).lastTouchAt(b.lastTouchAt()).lastTouchOn(b.lastTouchOn())
                .lastTouchNote(b.lastTouchNote()).lastResponseAt(b.lastResponseAt()).cadenceDueOn(b.cadenceDueOn())
                .nextReferralAskOn(b.nextReferralAskOn()).thankYouOn(b.thankYouOn()).thankYouFor(b.thankYouFor()).plan(b.plan())
                .touchesSinceResponse(b.touchesSinceResponse()).touchCount(b.touchCount()).firstResponseAfter(b.firstResponseAfter())
                .salesReady(b.salesReady()).salesReadyAt(b.salesReadyAt()).build();
    }
}
