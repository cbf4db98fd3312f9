package com.salescarousel.calendar;

import java.util.Optional;

/** Where a rep's calendar feed is found by its token's hash; one feed per rep. */
public interface CalendarStore {
    /** Makes {@code tokenHash} the rep's feed; a feed the rep had before stops working in the same write. */
    void rotate(String repId, String tokenHash);

    /** The rep whose feed this hash opens. */
    Optional<String> repFor(String tokenHash);
}
