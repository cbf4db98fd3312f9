package com.salescarousel.touch;

import com.salescarousel.plan.PlanTally;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.WeekTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port for touches. */
public interface TouchStore {

    /**
     * Records a touch, the prospect it moves, the week's counters ({@code trace.tally()}) and the plan's
     * figures ({@code trace.plan()}, when the touch moved a plan) as one transaction, keeping {@code trace}
     * on the touch so it can be taken back.
     *
     * @return the touch first recorded under the same idempotency key, when there was one
     * @throws com.salescarousel.store.VersionConflict when the prospect moved on
     */
    Optional<Touch> record(Touch touch, Prospect after, TouchTrace trace, SentMail sent);

    /** As above, without a way back (stage one's call). */
    default Optional<Touch> record(Touch touch, Prospect after, WeekTally tally, SentMail sent) {
        return record(touch, after, TouchTrace.countersOnly(after, tally), sent);
    }

    /** The e-mail a touch was: its send record turns SENT in the touch's own transaction. */
    record SentMail(String sendId, String messageId) {}

    /** A touch with what it changed; {@code trace} is null for a touch recorded without one. */
    record Recorded(Touch touch, TouchTrace trace) {}

    Optional<Touch> find(String repId, String prospectId, String touchId);

    Optional<Recorded> recorded(String repId, String prospectId, String touchId);

    /**
     * Takes a touch back in one transaction: the touch goes (it must still be there), the prospect is
     * replaced on its version, and {@code counters} (already negative) are added to the week.
     *
     * @throws com.salescarousel.store.VersionConflict when the prospect moved on or the touch is gone
     */
    void takeBack(Touch touch, Prospect after, WeekTally counters, PlanTally planCounters);

    /**
     * Stores {@code edited} (a new note) over the touch, which must still be there; with a non-null
     * {@code after}, the prospect is replaced on its version in the same transaction and the touch's
     * trace follows it ({@code trace}, null when unchanged).
     *
     * @throws com.salescarousel.store.VersionConflict when the prospect moved on or the touch is gone
     */
    void editNote(Touch edited, TouchTrace trace, Prospect after);

    /** The touch an idempotency key recorded, if any. */
    Optional<Touch> byIdempotencyKey(String repId, String key);

    /** Newest first, by the touch's own instant. */
    List<Touch> history(String repId, String prospectId, int limit);

    /** How many touches on the prospect are later than {@code at}. */
    int countAfter(String repId, String prospectId, Instant at);

    /** Due touches done on {@code day} (a day of the rep's week counters): today's progress. */
    int dueDoneOn(String repId, LocalDate day);
}
