package com.salescarousel.team;

import com.salescarousel.error.Forbidden;
import com.salescarousel.error.NotFound;
import com.salescarousel.rep.Caller;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Who manages a team, as the store says. The org is always the caller's (from the token); that the
 * caller manages it is confirmed by their membership item, not by the token alone, so a demoted or
 * disabled manager loses access at once, whatever their token still claims.
 */
public final class Managers {
    private final MemberStore members;

    @Inject
    public Managers(MemberStore members) {
        this.members = members;
    }

    /**
     * The caller's own membership, when it makes them a manager of their org: the token says manager and
     * the store holds an active manager membership. Anyone else is {@link Forbidden}.
     */
    public Member managerOf(Caller caller) {
        return managerOf(caller.org(), caller.repId()).filter(m -> caller.manager())
                .orElseThrow(() -> new Forbidden("only the managers of your team can do this"));
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
