package com.salescarousel.team;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.Invalid;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;

/** A manager forms their team: inviting people into the org and disabling them, through the user directory. */
public final class Team {
    private final Managers managers;
    private final MemberStore members;
    private final dagger.Lazy<TeamDirectory> directory;
    private final Clock clock;

    /** The directory is lazy: only an invitation or a disable builds its client (Cognito's SDK client). */
    @Inject
    public Team(Managers managers, MemberStore members, dagger.Lazy<TeamDirectory> directory, Clock clock) {
        this.managers = managers;
        this.members = members;
        this.directory = directory;
        this.clock = clock;
    }

    /** An invitation's outcome: {@code created} is false when the same person was invited before (a retry). */
    public record Invited(Member member, boolean created) {}

    /**
     * Invites someone into the manager's org: the directory creates the user, then an INVITED membership
     * is stored. Inviting the same address again while they have not signed in returns the first
     * invitation; someone already in the team is a {@link Conflict} on {@code email}.
     */
    public Invited invite(Caller manager, String email, String name, boolean asManager) {
        Member me = managers.managerOf(manager);
        String address = email.trim();
        Optional<Member> known = members.of(me.org()).stream()
                .filter(m -> m.email() != null && m.email().equalsIgnoreCase(address)).findFirst();
        if (known.isPresent()) {
            if (known.get().status() == Member.Status.INVITED) return new Invited(known.get(), false);
            throw Conflict.duplicate("email", "is already a member of your team", known.get().repId());
        }
        String repId = directory.get().invite(me.org(), address, name, asManager);
        Member invited = new Member(me.org(), repId, name, address.toLowerCase(Locale.ROOT), asManager ? RepProfile.MANAGER : "rep",
                !asManager, Member.Status.INVITED, clock.instant());
        // A person who signed in between the two steps keeps the membership their sign-in wrote.
        if (!members.createIfAbsent(invited)) return new Invited(members.find(me.org(), repId).orElse(invited), false);
        return new Invited(invited, true);
    }

    /** Disables a member of the manager's org: they can no longer sign in, and their figures stay readable. */
    public Member disable(Caller manager, String repId) {
        Member target = managers.member(manager, repId);
        if (target.repId().equals(manager.repId())) throw Invalid.of("rep", "you cannot disable your own account");
        if (target.status() == Member.Status.DISABLED) return target;
        directory.get().disable(target);
        Member disabled = new Member(target.org(), target.repId(), target.name(), target.email(), target.role(), target.acceptsLeads(),
                Member.Status.DISABLED, target.since());
        members.put(disabled);
        return disabled;
    }
}
