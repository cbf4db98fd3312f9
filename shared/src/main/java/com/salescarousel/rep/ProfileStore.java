package com.salescarousel.rep;

import java.util.Optional;

/** The port for rep profiles. */
public interface ProfileStore {
    Optional<RepProfile> find(String repId);

    /** Stores a first profile unless one exists; returns whichever is stored. */
    RepProfile createIfAbsent(RepProfile profile);

    void put(RepProfile profile);
}
