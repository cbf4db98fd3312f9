package com.salescarousel.signal;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.id.Ulid;
import com.salescarousel.ops.Activity;
import com.salescarousel.ops.Measure;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.send.SendQueue;
import com.salescarousel.send.SendStore;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.team.MemberStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;
import javax.inject.Inject;

/**
 * {@code signal-intake}'s work on one queued event (DESIGN 7.1): match the address within the org, or
 * make a new lead for its owner (the payload's {@code ownerEmail} if a member, else the next rep in turn),
 * then record the signal ({@link SignalRecorder}). The event id guards every step: a sender's retry and
 * the queue's redelivery create nothing twice.
 */
public final class SignalIntake {
    private static final Logger LOG = Logger.getLogger(SignalIntake.class.getName());
    static final int ATTEMPTS = 5;

    private final SignalRecorder recorder;
    private final SignalStore store;
    private final ProspectStore prospects;
    private final ProfileStore profiles;
    private final MemberStore members;
    private final TierStore tiers;
    private final SendStore sends;
    private final dagger.Lazy<SendQueue> queue;
    private final Clock clock;
    private final Activity activity;

    public enum Result { RECORDED, SALES_READY, DUPLICATE, NO_OWNER }

    public SignalIntake(SignalRecorder recorder, SignalStore store, ProspectStore prospects, ProfileStore profiles, MemberStore members,
                        TierStore tiers, SendStore sends, dagger.Lazy<SendQueue> queue, Clock clock) {
        this(recorder, store, prospects, profiles, members, tiers, sends, queue, clock, Activity.NONE);
    }

    @Inject
    public SignalIntake(SignalRecorder recorder, SignalStore store, ProspectStore prospects, ProfileStore profiles, MemberStore members,
                        TierStore tiers, SendStore sends, dagger.Lazy<SendQueue> queue, Clock clock, Activity activity) {
        this.recorder = recorder;
        this.store = store;
        this.prospects = prospects;
        this.profiles = profiles;
        this.members = members;
        this.tiers = tiers;
        this.sends = sends;
        this.queue = queue;
        this.clock = clock;
        this.activity = activity;
    }

    /** @throws VersionConflict when it kept racing other writers: the queue brings the event back later */
    public Result take(SignalEvent e) {
        for (int attempt = 1; ; attempt++) {
            Optional<SignalStore.EventMark> mark = store.event(e.org(), e.id());
            if (mark.isPresent() && mark.get().recorded()) {
                requeueAlert(mark.get());
                return Result.DUPLICATE;
            }
            try {
                return once(e);
            } catch (VersionConflict race) {
                if (attempt == ATTEMPTS) throw race;
            }
        }
    }

    private Result once(SignalEvent e) {
        Instant now = clock.instant();
        SignalStore.Guard guard = new SignalStore.EventGuard(e.org(), e.id());
        Optional<Prospect> known = match(e.org(), e.email());
        SignalRecorder.Outcome out;
        if (known.isPresent()) {
            Prospect p = known.get();
            out = recorder.record(ownerOf(p.repId(), e.org()), p, false, signal(p, e, now), guard, null, true);
        } else {
            Optional<SignalStore.LeadClaim> stale = store.leadClaim(e.org(), e.email()); // its prospect is gone, or match() had found it
            long turns = store.leadTurns(e.org());
            Optional<LeadAssignment.Pick> pick = LeadAssignment.pick(members.of(e.org()), e.ownerEmail(), turns);
            if (pick.isEmpty()) {
                LOG.severe("org " + e.org() + " has no active member to give the lead of event " + e.id() + " to; dropped");
                return Result.NO_OWNER;
            }
            RepProfile owner = ownerOf(pick.get().member().repId(), e.org());
            Prospect lead = newLead(owner, e, now);
            var claim = new SignalStore.NewLead(e.org(), e.email(), pick.get().roundRobin() ? turns : null,
                    stale.map(SignalStore.LeadClaim::prospectId).orElse(null));
            out = recorder.record(owner, lead, true, signal(lead, e, now), guard, claim, true);
        }
        if (!out.fresh()) return Result.DUPLICATE;
        activity.add(Measure.SIGNALS_RECORDED);
        if (known.isEmpty()) activity.add(Measure.LEADS_CREATED);
        if (!out.becameReady()) return Result.RECORDED;
        activity.add(Measure.SALES_READY);
        return Result.SALES_READY;
    }

    /**
     * The org's prospect with this address: the oldest, when several reps keep one. Items written before
     * prospects carried their org fall back to the owner's profile. A lead made a moment ago may not be
     * in the e-mail index yet: its claim (a consistent read) finds it.
     */
    private Optional<Prospect> match(String org, String email) {
        Optional<Prospect> indexed = store.withEmail(email).stream()
                .filter(p -> org.equals(p.org()) || (p.org() == null && profiles.find(p.repId()).map(r -> org.equals(r.org())).orElse(false)))
                .min(Comparator.comparing(Prospect::id));
        if (indexed.isPresent()) return prospects.find(indexed.get().repId(), indexed.get().id());
        return store.leadClaim(org, email).flatMap(c -> prospects.find(c.repId(), c.prospectId()));
    }

    /** A new lead: the org's first tier, due today, its source the signal's type. */
    private Prospect newLead(RepProfile owner, SignalEvent e, Instant now) {
        Prospect.Builder b = Prospect.builder().repId(owner.repId()).org(e.org()).id(Ulid.at(now)).createdAt(now)
                .name(e.name() != null ? e.name() : e.email()).company(e.company()).email(e.email())
                .tier(tiers.of(e.org()).inPriorityOrder().get(0).key()).source(e.type().wire());
        return Carousel.entering(b, Cadence.localDay(now, owner.timeZone())).build();
    }

    private static Signal signal(Prospect p, SignalEvent e, Instant now) {
        return new Signal(p.repId(), p.id(), Ulid.at(e.at()), e.type(), e.at(), e.detail(), e.url(), Signal.Source.WEBHOOK, e.id(), now);
    }

    /** A member without a profile yet (never signed in) is placed in UTC with the defaults. */
    private RepProfile ownerOf(String repId, String org) {
        return profiles.find(repId).orElseGet(() -> new RepProfile(repId, repId, null, org, "rep", RepProfile.DEFAULT_ZONE,
                RepProfile.DEFAULT_DIGEST_HOUR, true));
    }

    /** The first delivery may have stopped between its transaction and queueing the alert. */
    private void requeueAlert(SignalStore.EventMark mark) {
        if (mark.alertId() == null) return;
        sends.find(mark.repId(), mark.alertId()).filter(s -> s.status() == Send.Status.QUEUED)
                .ifPresent(s -> queue.get().enqueue(s.repId(), s.id()));
    }
}
