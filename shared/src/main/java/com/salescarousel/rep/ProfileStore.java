package com.salescarousel.rep;

import java.util.Optional;

/** The port for rep profiles. */
public interface ProfileStore {
    Optional<RepProfile> find(String repId);

    /** Stores a first profile unless one exists; returns whichever is stored. */
    RepProfile createIfAbsent(RepProfile profile);

    void put(RepProfile profile);

    /** Reps whose digest is at {@code hour} in {@code zone} (GSI2 {@code DIGEST#<zone>#<hh>}). */
    java.util.List<RepProfile> withDigestAt(java.time.ZoneId zone, int hour);

    /** Every zone any rep has used: the morning run asks only about these (no scan of reps). */
    java.util.Set<java.time.ZoneId> zonesInUse();
}
