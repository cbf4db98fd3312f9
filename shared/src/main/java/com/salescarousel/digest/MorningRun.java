package com.salescarousel.digest;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.send.SendQueue;
import com.salescarousel.send.SendStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.inject.Inject;

/**
 * The hourly run: for every rep whose digest moment falls in this hour, queue the day's digest and
 * the automatic touches of auto-send tiers. Reads follow due prospects (one due-index Query per
 * rep whose morning it is), never the table's size. Each send has a deterministic id (the date, the
 * prospect), so a retried or doubled run queues nothing new.
 */
public final class MorningRun {
    private final ProfileStore profiles;
    private final ProspectStore prospects;
    private final TierStore tiers;
    private final SendStore sends;
    private final SendQueue queue;
    private final Clock clock;

    public record Result(Instant runStart, int reps, int digestsQueued, int touchesQueued, int alreadyQueued) {}

    @Inject
    public MorningRun(ProfileStore profiles, ProspectStore prospects, TierStore tiers, SendStore sends, SendQueue queue, Clock clock) {
        this.profiles = profiles;
        this.prospects = prospects;
        this.tiers = tiers;
        this.sends = sends;
        this.queue = queue;
        this.clock = clock;
    }

    public Result run(Instant at) {
        Instant start = DigestSchedule.runStart(at);
        int reps = 0, digests = 0, touches = 0, again = 0;
        for (DigestSchedule.Slot slot : DigestSchedule.slotsIn(start, profiles.zonesInUse())) {
            for (RepProfile rep : profiles.withDigestAt(slot.zone(), slot.hour())) {
                reps++;
                if (rep.workingDays().isAway(slot.date())) continue; // time away: no digest, nothing sent for them
                List<Prospect> due = prospects.dueOnOrBefore(rep.repId(), slot.date());
                if (due.isEmpty()) continue;
                Instant now = clock.instant();
                if (offer(Send.digest(rep.repId(), slot.date(), now))) digests++; else again++;
                Tiers known = tiers.of(rep.org());
                for (Prospect p : due) {
                    String template = known.find(p.tier()).map(Tier::autoSendTemplateId).orElse(null);
                    if (template == null || p.email() == null) continue;
                    if (offer(Send.auto(rep.repId(), p.id(), template, slot.date(), now))) touches++; else again++;
                }
            }
        }
        return new Result(start, reps, digests, touches, again);
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
