package com.salescarousel.touch;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.WeekTally;

/**
 * What a touch changed, kept on its item so that it can be taken back: the prospect's fields before
 * it ({@code prior}, null for touches logged before undo existed), the prospect version and tier it
 * left behind, and the week's counters it added.
 */
public record TouchTrace(PriorState prior, long afterVersion, String afterTier, WeekTally tally) {

    public static TouchTrace of(Prospect before, Prospect after, WeekTally tally) {
        return new TouchTrace(new PriorState(before), after.version(), after.tier(), tally);
    }

    /** Only what is needed to record the touch (no way back): stage one's call. */
    public static TouchTrace countersOnly(Prospect after, WeekTally tally) {
        return new TouchTrace(null, after.version(), null, tally);
    }

    public TouchTrace withAfterVersion(long version) {
        return new TouchTrace(prior, version, afterTier, tally);
    }
}
