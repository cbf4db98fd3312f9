package com.salescarousel.touch;

import com.salescarousel.plan.PlanTally;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.WeekTally;

/**
 * What a touch changed, kept on its item so that it can be taken back: the prospect's fields before
 * it ({@code prior}, null for touches logged before undo existed), the prospect version and tier it
 * left behind, the week's counters it added, and the plan's figures it added ({@code plan}, null when
 * it moved no plan).
 */
public record TouchTrace(PriorState prior, long afterVersion, String afterTier, WeekTally tally, PlanTally plan) {

    public TouchTrace(PriorState prior, long afterVersion, String afterTier, WeekTally tally) {
        this(prior, afterVersion, afterTier, tally, null);
    }

    public static TouchTrace of(Prospect before, Prospect after, WeekTally tally, PlanTally plan) {
        return new TouchTrace(new PriorState(before), after.version(), after.tier(), tally, plan);
    }

    public static TouchTrace of(Prospect before, Prospect after, WeekTally tally) {
        return of(before, after, tally, null);
    }

    /** Only what is needed to record the touch (no way back): stage one's call. */
    public static TouchTrace countersOnly(Prospect after, WeekTally tally) {
        return new TouchTrace(null, after.version(), null, tally, null);
    }

    public TouchTrace withAfterVersion(long version) {
        return new TouchTrace(prior, version, afterTier, tally, plan);
    }
}
