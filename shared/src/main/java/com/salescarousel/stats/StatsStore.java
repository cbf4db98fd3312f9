package com.salescarousel.stats;

import com.salescarousel.prospect.Prospect;
import java.util.List;

/** The port the coaching figures read through. Keyed by the rep, like every other store. */
public interface StatsStore extends OverdueLog {

    /**
     * The rep's week items from {@code fromWeek} to {@code toWeek} (ISO labels such as {@code 2027-W07},
     * both inclusive), oldest first, in one Query; a week nothing was counted in has no item.
     */
    List<WeekCounts> weeks(String repId, String fromWeek, String toWeek);

    /**
     * Every prospect of the rep, on or off the carousel, in one (paged) Query of the rep's prospect key
     * range, carrying at least what {@link NowFigures} reads (tier, status, due and touch days, counts).
     */
    List<Prospect> prospects(String repId);
}
