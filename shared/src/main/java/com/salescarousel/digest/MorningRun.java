package com.salescarousel.digest;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.plan.AutoSteps;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.send.SendQueue;
import com.salescarousel.send.SendStore;
import com.salescarousel.stats.OverdueLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.inject.Inject;

/**
 * The hourly run: for every rep whose digest moment falls in this hour, queue the day's digest and
 * the automatic touches of auto-send tiers and plans' automatic steps, and on Mondays a manager's team e-mail
 * ({@link TeamWeekMail}); and note each rep's overdue count for the coaching trend ({@link OverdueLog}). Reads follow due prospects (one due-index Query per
 * rep whose morning it is), never the table's size. Each send has a deterministic id (the date, the
 * prospect), so a retried or doubled run queues nothing new.
 */
public final class MorningRun {
    private final ProfileStore profiles;
    private final ProspectStore prospects;
    private final TierStore tiers;
    private final SendStore sends;
    private final SendQueue queue;
    private final OverdueLog overdue;
    private final Clock clock;

    public record Result(Instant runStart, int reps, int digestsQueued, int touchesQueued, int alreadyQueued, int teamMailsQueued) {}

    /** Without the overdue trend: for callers that do not look at it. */
    public MorningRun(ProfileStore profiles, ProspectStore prospects, TierStore tiers, SendStore sends, SendQueue queue, Clock clock) {
        this(profiles, prospects, tiers, sends, queue, OverdueLog.NONE, clock);
    }

    @Inject
    public MorningRun(ProfileStore profiles, ProspectStore prospects, TierStore tiers, SendStore sends, SendQueue queue, OverdueLog overdue,
                      Clock clock) {
        this.overdue = overdue;
        this.profiles = profiles;
        this.prospects = prospects;
        this.tiers = tiers;
        this.sends = sends;
        this.queue = queue;
        this.clock = clock;
    }

    public Result run(Instant at) {
        Instant start = DigestSchedule.runStart(at);
        int reps = 0, digests = 0, touches = 0, again = 0, teamMails = 0;
        for (DigestSchedule.Slot slot : DigestSchedule.slotsIn(start, profiles.zonesInUse())) {
            for (RepProfile rep : profiles.withDigestAt(slot.zone(), slot.hour())) {
                reps++;
                if (rep.workingDays().isAway(slot.date())) continue; // time away: no digest, nothing sent for them
                if (TeamWeekMail.isDue(rep, slot.date())) {
                    if (offer(Send.teamWeek(rep.repId(), slot.date(), clock.instant()))) teamMails++; else again++;
                }
                List<Prospect> due = prospects.dueOnOrBefore(rep.repId(), slot.date());
                overdue.note(rep.repId(), slot.date(), (int) due.stream().filter(p -> p.nextDueOn().isBefore(slot.date())).count());
                if (due.isEmpty()) continue;
                Instant now = clock.instant();
                if (offer(Send.digest(rep.repId(), slot.date(), now))) digests++; else again++;
                Tiers known = tiers.of(rep.org());
                for (Prospect p : due) {
                    Send step = AutoSteps.due(rep.repId(), p, slot.date(), now); // a plan's automatic step, instead of the tier's
                    if (step != null) {
                        if (offer(step)) touches++; else again++;
                    }
                    String template = p.plan() != null ? null : known.find(p.tier()).map(Tier::autoSendTemplateId).orElse(null);
                    if (template == null || p.email() == null) continue;
                    if (offer(Send.auto(rep.repId(), p.id(), template, slot.date(), now))) touches++; else again++;
                }
            }
        }
        return new Result(start, reps, digests, touches, again, teamMails);
    }

    /**
     * Creates the send record and queues it. A record that exists but is still QUEUED is queued
     * again: the first run may have died between the two steps, and the sender ignores duplicates.
     */
    private boolean offer(Send send) {
        if (sends.createIfAbsent(send)) {
            queue.enqueue(send.repId(), send.id());
            return true;
        }
        sends.find(send.repId(), send.id()).filter(s -> s.status() == Send.Status.QUEUED)
                .ifPresent(s -> queue.enqueue(s.repId(), s.id()));
        return false;
    }
}
