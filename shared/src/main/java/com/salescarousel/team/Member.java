package com.salescarousel.team;

import com.salescarousel.rep.RepProfile;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A rep's membership of an org ({@code ORG#<org>} / {@code MEMBER#<rep>}): the team view and lead
 * assignment read the whole team with one Query. A member is invited (by a manager, not signed in
 * yet), active (signed in at least once) or disabled (by a manager).
 */
public record Member(String org, String repId, String name, String email, String role, boolean acceptsLeads,
                     Status status, Instant since) {

    public enum Status {
        INVITED, ACTIVE, DISABLED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> fromWire(String s) {
            for (Status v : values()) if (v.wire().equals(s)) return Optional.of(v);
            return Optional.empty();
        }
    }

    /** The membership a first sign-in makes (or turns an invitation into). */
    public static Member joined(RepProfile p, Instant at) {
        return new Member(p.org(), p.repId(), p.name(), p.email(), p.role(), p.acceptsLeads(), Status.ACTIVE, at);
    }

    public boolean manager() {
        return RepProfile.MANAGER.equals(role);
    }
}
