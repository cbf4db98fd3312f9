package com.salescarousel.testing;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Small builders for readable tests. */
public final class Prospects {
    private Prospects() {}

    public static Prospect.Builder fresh(String name, String tier, LocalDate createdOn) {
        return Prospect.builder().repId("rep-1").id(name.toUpperCase().replace(' ', '_')).name(name).tier(tier)
                .status(ProspectStatus.OPEN).createdOn(createdOn).createdAt(createdOn.atStartOfDay().toInstant(ZoneOffset.UTC))
                .nextDueOn(createdOn).version(1);
    }

    public static Touch touch(Instant at, LocalDate day, Outcome outcome) {
        return new Touch("rep-1", "P", "T" + at.toEpochMilli(), Channel.CALL, outcome, null, at, day, null, at);
    }

    /** A touch at noon UTC on {@code day}. */
    public static Touch touchOn(LocalDate day, Outcome outcome) {
        return touch(day.atTime(12, 0).toInstant(ZoneOffset.UTC), day, outcome);
    }
}
