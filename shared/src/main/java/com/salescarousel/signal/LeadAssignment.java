package com.salescarousel.signal;

import com.salescarousel.team.Member;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who gets a lead the org did not know (DESIGN 7.1): the payload's {@code ownerEmail} when that is an
 * active member of the org, else the org's reps in turn: round robin over active members who accept
 * leads, in a stable order (by rep id), picking {@code turns mod n} where {@code turns} counts the leads
 * handed out so far. An org where nobody takes leads gives them to its active members in turn instead,
 * so a lead is never dropped while anyone is there to call it.
 */
public final class LeadAssignment {
    private LeadAssignment() {}

    /** The member picked, and whether it was by turn (which moves the org's turn on). */
    public record Pick(Member member, boolean roundRobin) {}

    public static Optional<Pick> pick(List<Member> team, String ownerEmail, long turns) {
        List<Member> active = team.stream().filter(m -> m.status() == Member.Status.ACTIVE)
                .sorted(Comparator.comparing(Member::repId)).toList();
        if (ownerEmail != null) {
            Optional<Member> named = active.stream().filter(m -> m.email() != null && m.email().equalsIgnoreCase(ownerEmail)).findFirst();
            if (named.isPresent()) return Optional.of(new Pick(named.get(), false));
        }
        List<Member> takers = active.stream().filter(Member::acceptsLeads).toList();
        List<Member> pool = takers.isEmpty() ? active : takers;
        if (pool.isEmpty()) return Optional.empty();
        return Optional.of(new Pick(pool.get((int) Math.floorMod(turns, (long) pool.size())), true));
    }
}
