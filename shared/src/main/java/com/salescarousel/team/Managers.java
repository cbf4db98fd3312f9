package com.salescarousel.team;

import com.salescarousel.error.Forbidden;
import com.salescarousel.error.NotFound;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.rep.Reps;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Who manages a team, as the store says. The org is always the caller's (from the token); that the
 * caller manages it is confirmed by their membership item, not by the token alone, so a demoted or
 * disabled manager loses access at once, whatever their token still claims. Every manager route asks here.
 *
 * <p>A profile from before memberships existed (stage one) has none: the first time such a manager is
 * checked, the membership their first sign-in would have written is written now (never over an existing
 * one, so an invitation's or a disable's stands).
 */
public final class Managers {
    private final MemberStore members;
    private final Reps reps;
    private final Clock clock;

    @Inject
    public Managers(MemberStore members, Reps reps, Clock clock) {
        this.members = members;
        this.reps = reps;
        this.clock = clock;
    }

    /** Without the stage-one backfill: for a store that only ever held stage-two profiles. */
    public Managers(MemberStore members) {
        this(members, null, null);
    }

    /**
     * The caller's own membership, when it makes them a manager of their org: the token says manager and
     * the store holds an active manager membership. Anyone else is {@link Forbidden}.
     */
    public Member managerOf(Caller caller) {
        // A first request can be a manager route: the profile (and with it the membership) of a first sign-in.
        if (caller.manager() && reps != null) backfill(reps.profileOf(caller));
        return managerOf(caller.org(), caller.repId()).filter(m -> caller.manager())
                .orElseThrow(() -> new Forbidden("only the managers of your team can do this"));
    }

    /** As {@link #managerOf(Caller)} for a rep known by profile (the role their token gave it). */
    public Member managerOf(RepProfile rep) {
        if (rep.manager() && reps != null) backfill(rep);
        return managerOf(rep.org(), rep.repId()).orElseThrow(() -> new Forbidden("only the managers of your team can do this"));
    }

    private void backfill(RepProfile p) {
        if (members.find(p.org(), p.repId()).isEmpty()) members.putIfAbsent(Member.joined(p, clock.instant()));
    }

    /** The membership of {@code repId} in {@code org} when it is an active manager's (the Monday e-mail asks this). */
    public Optional<Member> managerOf(String org, String repId) {
        return members.find(org, repId).filter(m -> m.manager() && m.status() == Member.Status.ACTIVE);
    }

    /** A member of the manager's org, whatever their status; anyone else (another org's rep) is {@link NotFound}. */
    public Member member(Caller manager, String repId) {
        Member me = managerOf(manager);
        return members.find(me.org(), repId).orElseThrow(() -> new NotFound("rep " + repId));
    }
}
