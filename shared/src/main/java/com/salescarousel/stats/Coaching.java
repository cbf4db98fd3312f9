package com.salescarousel.stats;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.error.Invalid;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.rep.RepProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/**
 * A rep's coaching figures (DESIGN 7.2): the week counters the work wrote as it happened, and the
 * now-figures from the rep's prospects. Two Queries per rep, whatever the number of weeks; never a Scan.
 */
public final class Coaching {
    private final StatsStore stats;
    private final TierStore tiers;
    private final Clock clock;

    @Inject
    public Coaching(StatsStore stats, TierStore tiers, Clock clock) {
        this.stats = stats;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** The rep's own figures over the last {@code weeks} ISO weeks of their time zone. */
    public RepStats of(RepProfile rep, int weeks) {
        return of(rep.repId(), rep.org(), rep.timeZone(), weeks);
    }

    public RepStats of(String repId, String org, ZoneId zone, int weeks) {
        return of(repId, zone, weeks, tiers.of(org));
    }

    /** With the org's tiers already read: the team view reads them once for all its members. */
    public RepStats of(String repId, ZoneId zone, int weeks, Tiers known) {
        return report(repId, zone, weeks, known);
    }

    /** Figures of someone who has not signed in yet (no profile, so no data): nothing is read. */
    public RepStats empty(ZoneId zone, int weeks, Tiers known) {
        return report(null, zone, weeks, known);
    }

    public Tiers tiersOf(String org) {
        return tiers.of(org);
    }

    private RepStats report(String repId, ZoneId zone, int weeks, Tiers known) {
        checkWeeks(weeks);
        LocalDate today = Cadence.localDay(clock.instant(), zone);
        WeekWindow window = WeekWindow.endingOn(today, weeks);
        Map<String, WeekCounts> stored = new HashMap<>();
        if (repId != null) for (WeekCounts w : stats.weeks(repId, window.first(), window.last())) stored.put(w.week(), w);
        List<WeekFigures> out = new ArrayList<>();
        for (String week : window.weeks()) {
            out.add(WeekFigures.of(stored.getOrDefault(week, WeekCounts.empty(week)), known.keys()));
        }
        List<Prospect> prospects = repId == null ? List.of() : stats.prospects(repId);
        return RepStats.of(out, NowFigures.of(prospects, known, today));
    }

    /** {@code weeks}: 1 to 26. */
    public static void checkWeeks(int weeks) {
        if (weeks < 1 || weeks > WeekWindow.MAX_WEEKS) {
            throw Invalid.of("weeks", "must be a whole number from 1 to " + WeekWindow.MAX_WEEKS);
        }
    }
}
