package com.salescarousel.team;

import java.util.List;
import java.util.Optional;

/** The port for org memberships. Keyed by the org, which always comes from the caller's token. */
public interface MemberStore {
    /** Every member of the org, in one Query. */
    List<Member> of(String org);

    Optional<Member> find(String org, String repId);

    /** Creates or replaces a membership. */
    void put(Member member);

    /** Creates a membership unless the rep has one in that org already; false when there was one. */
    boolean putIfAbsent(Member member);

    /** Creates a membership unless the rep has one in the org already; false when there was one. */
    boolean createIfAbsent(Member member);
}
