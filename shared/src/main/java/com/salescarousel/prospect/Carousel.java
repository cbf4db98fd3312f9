package com.salescarousel.prospect;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.LocalDate;

/**
 * How prospects move on the carousel (DESIGN section 4). Pure: every input is a value, the store
 * and the clock stay with the caller.
 */
public final class Carousel {
    private Carousel() {}

    /** A new prospect in the carousel is due the day it is created. */
    public static Prospect.Builder entering(Prospect.Builder draft, LocalDate today) {
        return draft.createdOn(today).nextDueOn(today).status(ProspectStatus.OPEN).version(1);
    }

    /**
     * The prospect after a touch. Only the latest touch by {@code at} moves {@code lastTouch*} and
     * {@code nextDueOn}, so a back-dated touch never moves the due date backwards.
     *
     * @param touchesAfterIt touches already logged later than this one; only read for a back-dated
     *                       response, where it becomes the new "touches since response"
     */
    public static Prospect afterTouch(Prospect p, Touch t, Tier tier, boolean skipWeekends, int touchesAfterIt) {
        return afterTouch(p, t, tier, tier, skipWeekends, touchesAfterIt);
    }

    /**
     * As above; a lost deal's touch is its referral ask, after which it moves to {@code lostTier}
     * (nurture) and follows that cadence.
     */
    public static Prospect afterTouch(Prospect p, Touch t, Tier tier, Tier lostTier, boolean skipWeekends, int touchesAfterIt) {
        return afterTouch(p, t, tier, lostTier, WorkingDays.weekends(skipWeekends), touchesAfterIt);
    }

    /** As above, with the rep's working days (weekends, holidays, time away). */
    public static Prospect afterTouch(Prospect p, Touch t, Tier tier, Tier lostTier, WorkingDays days, int touchesAfterIt) {
        return afterTouch(p, t, tier, lostTier, lostTier, days, touchesAfterIt);
    }

    /**
     * As above; a latest touch with the outcome {@code not_interested} moves the prospect to
     * {@code notInterestedTier} (the last tier, DESIGN section 4): asked less often, never dropped.
     */
    public static Prospect afterTouch(Prospect p, Touch t, Tier tier, Tier lostTier, Tier notInterestedTier, WorkingDays days,
                                      int touchesAfterIt) {
        Prospect.Builder b = p.toBuilder().touchCount(p.touchCount() + 1);
        boolean latest = p.lastTouchAt() == null || !t.at().isBefore(p.lastTouchAt());
        if (latest) {
            b.lastTouchAt(t.at()).lastTouchOn(t.day()).lastTouchNote(t.note());
            boolean lost = p.status() == ProspectStatus.LOST, no = t.outcome() == Outcome.NOT_INTERESTED;
            Tier next = lost ? lostTier : no ? notInterestedTier : tier;
            if (lost || no) b.tier(next.key());
            if (p.status().onCarousel()) {
                b.nextDueOn(Cadence.nextDue(t.day(), next.cadence(), days));
            }
        }
        // Persistence: how many touches it took before the prospect first answered.
        if (t.outcome().isResponse() && p.firstResponseAfter() == null) b.firstResponseAfter(p.touchCount());
        boolean afterLastResponse = p.lastResponseAt() == null || t.at().isAfter(p.lastResponseAt());
        if (afterLastResponse) {
            if (t.outcome().isResponse()) {
                b.lastResponseAt(t.at()).touchesSinceResponse(latest ? 0 : touchesAfterIt);
            } else {
                b.touchesSinceResponse(p.touchesSinceResponse() + 1);
            }
        }
        return b.build();
    }

    /** Whether {@link #afterTouch} needs the count of later touches (a back-dated response). */
    public static boolean needsLaterTouchCount(Prospect p, Touch t) {
        return t.outcome().isResponse() && p.lastTouchAt() != null && t.at().isBefore(p.lastTouchAt())
                && (p.lastResponseAt() == null || t.at().isAfter(p.lastResponseAt()));
    }

    /** A tier move recomputes the due day from the last touch (or creation) with the new cadence. */
    public static Prospect movedTo(Prospect p, Tier tier, boolean skipWeekends) {
        return movedTo(p, tier, WorkingDays.weekends(skipWeekends));
    }

    public static Prospect movedTo(Prospect p, Tier tier, WorkingDays days) {
        Prospect.Builder b = p.toBuilder().tier(tier.key());
        if (p.status().onCarousel()) {
            b.nextDueOn(Cadence.nextDue(p.cadenceAnchor(), tier.cadence(), days));
        }
        return b.build();
    }

    /**
     * A status change. Leaving the carousel clears the due day (and so the due-index entry);
     * coming back resumes the cadence from the last touch, or is due at once if never touched.
     * A lost deal stays on the carousel: due at once for a referral ask (DESIGN section 4); the
     * touch that asks moves it to nurture ({@link #afterTouch}).
     */
    public static Prospect withStatus(Prospect p, ProspectStatus status, Tier currentTier, boolean skipWeekends, LocalDate today) {
        return withStatus(p, status, currentTier, WorkingDays.weekends(skipWeekends), today);
    }

    public static Prospect withStatus(Prospect p, ProspectStatus status, Tier currentTier, WorkingDays days, LocalDate today) {
        if (status == p.status()) return p;
        Prospect.Builder b = p.toBuilder().status(status);
        if (!status.onCarousel()) return b.nextDueOn(null).build();
        if (status == ProspectStatus.LOST) return b.nextDueOn(today).build();
        Tier tier = currentTier;
        b.tier(tier.key());
        if (p.lastTouchOn() == null && p.lastContactedOn() == null) {
            b.nextDueOn(p.nextDueOn() != null ? p.nextDueOn() : p.createdOn());
        } else {
            b.nextDueOn(Cadence.nextDue(p.cadenceAnchor(), tier.cadence(), days));
        }
        return b.build();
    }

    /**
     * An explicit snooze: not due before {@code day} for any reason. The cadence (or plan step) day
     * becomes {@code day}; an earlier referral ask or thank-you moves to it too.
     */
    public static Prospect snoozedUntil(Prospect p, LocalDate day) {
        Prospect.Builder b = p.toBuilder().cadenceDueOn(day);
        if (p.plan() != null) b.plan(p.plan().dueOn(day));
        if (p.nextReferralAskOn() != null && p.nextReferralAskOn().isBefore(day)) b.nextReferralAskOn(day);
        if (p.thankYouOn() != null && p.thankYouOn().isBefore(day)) b.thankYouOn(day);
        return b.build();
    }
}
