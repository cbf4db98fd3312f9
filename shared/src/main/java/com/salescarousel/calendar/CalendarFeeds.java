package com.salescarousel.calendar;

import com.salescarousel.agenda.PlannedDays;
import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.Workload;
import com.salescarousel.prospect.DueReason;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * A rep's calendar feed (DESIGN 7.5): one all-day event per due prospect and day for the next 60
 * days, on the day the rep's working days and capacity put it (overdue ones on today), each linking
 * into the app. The URL's secret token is the only key; rotating it makes the old URL answer 404.
 */
public final class CalendarFeeds {
    public static final int DAYS = 60;

    private final CalendarStore store;
    private final ProfileStore profiles;
    private final ProspectStore prospects;
    private final TierStore tiers;
    private final Clock clock;

    @Inject
    public CalendarFeeds(CalendarStore store, ProfileStore profiles, ProspectStore prospects, TierStore tiers, Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.prospects = prospects;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** A new secret for the rep's feed (shown once, in the URL); the one before stops working. */
    public String rotate(RepProfile rep) {
        String token = FeedToken.fresh();
        store.rotate(rep.repId(), FeedToken.hash(token));
        return token;
    }

    /** The feed a token opens; empty for a token that opens nothing (never made, or rotated away). */
    public Optional<String> feed(String token, String appUrl) {
        if (!FeedToken.looksValid(token)) return Optional.empty();
        return store.repFor(FeedToken.hash(token)).flatMap(profiles::find).map(rep -> ics(rep, appUrl));
    }

    private String ics(RepProfile rep, String appUrl) {
        Instant now = clock.instant();
        LocalDate today = Cadence.localDay(now, rep.timeZone());
        LocalDate last = today.plusDays(DAYS - 1);
        Tiers known = tiers.of(rep.org());
        List<Prospect> due = prospects.dueOnOrBefore(rep.repId(), last.plusDays(Workload.LOOKAHEAD)).stream()
                .filter(Prospect::onCarousel).toList();
        List<Prospect> planned = PlannedDays.apply(rep) ? PlannedDays.of(rep, known, due, today) : due;
        List<Ics.Event> events = new ArrayList<>();
        for (Prospect p : planned.stream().sorted(Comparator.comparing(Prospect::nextDueOn).thenComparing(Prospect::id)).toList()) {
            boolean overdue = p.nextDueOn().isBefore(today);
            LocalDate day = overdue ? today : p.nextDueOn();
            if (day.isAfter(last)) continue;
            events.add(new Ics.Event(p.id() + "-" + day + "@salescarousel", day, summary(p, overdue),
                    description(p, day, overdue, known), appUrl + "/#/prospect/" + p.id()));
        }
        return Ics.calendar("Sales Carousel · " + rep.name(), events, now);
    }

    private static String summary(Prospect p, boolean overdue) {
        String who = p.company() == null ? p.name() : p.name() + " (" + p.company() + ")";
        return (overdue ? "Overdue: " : "Touch: ") + who;
    }

    /** Why they are due, their tier and persistence; no contact details or notes leave the app in a feed. */
    private static String description(Prospect p, LocalDate day, boolean overdue, Tiers tiers) {
        List<String> lines = new ArrayList<>();
        String why = p.reasonsOn(overdue ? p.nextDueOn() : day).stream().map(DueReason::wire).map(r -> r.replace('_', ' '))
                .collect(Collectors.joining(", "));
        lines.add("Why: " + (why.isEmpty() ? "cadence" : why) + " · tier: " + tiers.of(p.tier()).label());
        if (overdue) lines.add("Overdue since " + p.nextDueOn());
        lines.add("Touches since the last response: " + p.touchesSinceResponse());
        if (p.salesReady()) lines.add("Sales-ready");
        return String.join("\n", lines);
    }
}
