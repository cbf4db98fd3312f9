package com.salescarousel.referral;

import static com.salescarousel.testing.Prospects.fresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.DueReason;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Purpose;
import com.salescarousel.touch.Touch;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The referral-ask rules on values: expected days worked by hand, then properties over many days. */
class ReferralAsksTest {
    private static final Tiers TIERS = Tiers.defaults();
    private static final WorkingDays WEEKDAYS = WorkingDays.weekends(true);
    private static final LocalDate WED = LocalDate.of(2026, 11, 25);

    private static Touch touch(LocalDate day, Purpose purpose) {
        return new Touch("rep-1", "P", "T" + day, Channel.CALL, Outcome.REPLIED, null, day.atTime(12, 0).toInstant(ZoneOffset.UTC), day,
                null, day.atTime(12, 0).toInstant(ZoneOffset.UTC), purpose);
    }

    private static Prospect won(LocalDate day) {
        Prospect open = fresh("Ada", "working", day.minusDays(30)).build();
        Prospect moved = Carousel.withStatus(open, ProspectStatus.WON, TIERS.of("working"), WEEKDAYS, day);
        return ReferralAsks.afterStatus(open, moved, TIERS, WEEKDAYS, day);
    }

    /** Carousel then the referral rules, as TouchLog runs them. */
    private static Prospect touched(Prospect p, Touch t) {
        Prospect moved = Carousel.afterTouch(p, t, TIERS.of(p.tier()), TIERS.forLostDeals(), WEEKDAYS, 0);
        return ReferralAsks.afterTouch(p, moved, t, TIERS, WEEKDAYS);
    }

    @Test
    void won_becomesACustomer_askedAMonthLater_cadenceFromTheWinDay() {
        Prospect p = won(WED);
        assertEquals(ProspectStatus.WON, p.status());
        assertEquals("customer", p.tier());
        assertEquals(WED, p.wonOn());
        assertEquals(LocalDate.of(2026, 12, 25), p.nextReferralAskOn(), "Friday 25 December: P1M after Wednesday 25 November");
        assertEquals(LocalDate.of(2027, 2, 25), p.cadenceDueOn(), "the customer tier's P3M");
        assertEquals(p.nextReferralAskOn(), p.nextDueOn());
        assertTrue(p.onCarousel());
    }

    @Test
    void won_onTheLastDayOfAMonth_asksOnTheLastDayOfTheNext_movedOffTheWeekend() {
        Prospect p = won(LocalDate.of(2027, 1, 31));
        assertEquals(LocalDate.of(2027, 3, 1), p.nextReferralAskOn(), "Jan 31 + P1M = Sunday Feb 28, moved to Monday");
    }

    @Test
    void customer_plainTouchKeepsTheAsk_referralAskTouchMovesItSixMonthsOn() {
        Prospect p = won(WED);
        Prospect call = touched(p, touch(LocalDate.of(2026, 12, 1), null));
        assertEquals(LocalDate.of(2026, 12, 25), call.nextReferralAskOn());
        assertEquals(LocalDate.of(2027, 3, 1), call.cadenceDueOn(), "any touch counts for the cadence");
        Prospect asked = touched(call, touch(LocalDate.of(2026, 12, 28), Purpose.REFERRAL_ASK));
        assertEquals(LocalDate.of(2027, 6, 28), asked.nextReferralAskOn());
        assertEquals(LocalDate.of(2027, 3, 29), asked.cadenceDueOn());
        assertEquals(LocalDate.of(2027, 3, 29), asked.nextDueOn());
    }

    @Test
    void backDatedAsk_neverMovesTheNextAskBackwards() {
        Prospect asked = touched(won(WED), touch(LocalDate.of(2026, 12, 28), Purpose.REFERRAL_ASK));
        Prospect late = touched(asked, touch(LocalDate.of(2026, 12, 2), Purpose.REFERRAL_ASK));
        assertEquals(LocalDate.of(2027, 6, 28), late.nextReferralAskOn());
    }

    @Test
    void lost_isAskedAtOnce_theFirstTouchAnswers_laterAsksSixMonthsOn() {
        Prospect open = fresh("Ada", "active", WED.minusDays(10)).build();
        Prospect lost = ReferralAsks.afterStatus(open, Carousel.withStatus(open, ProspectStatus.LOST, TIERS.of("active"), WEEKDAYS, WED),
                TIERS, WEEKDAYS, WED);
        assertEquals(WED, lost.nextReferralAskOn());
        assertEquals(List.of(DueReason.REFERRAL_ASK, DueReason.CADENCE), lost.reasonsOn(WED), "one entry, both reasons");
        Prospect asked = touched(lost, touch(LocalDate.of(2026, 11, 26), null));
        assertEquals("nurture", asked.tier(), "never the customer tier");
        assertEquals(LocalDate.of(2027, 5, 26), asked.nextReferralAskOn());
        assertEquals(LocalDate.of(2027, 2, 26), asked.cadenceDueOn());
        Prospect nurtured = touched(asked, touch(LocalDate.of(2027, 2, 26), null));
        assertEquals(LocalDate.of(2027, 5, 26), nurtured.nextReferralAskOn(), "a touch before the ask is due is not the ask");
        assertEquals(List.of(DueReason.REFERRAL_ASK, DueReason.CADENCE), nurtured.reasonsOn(LocalDate.of(2027, 5, 26)));
    }

    @Test
    void lost_aTouchBackDatedBeforeTheLoss_isNotItsAsk() {
        Prospect open = fresh("Ada", "active", WED.minusDays(10)).lastTouchAt(WED.atTime(15, 0).toInstant(ZoneOffset.UTC)).lastTouchOn(WED).build();
        Prospect lost = ReferralAsks.afterStatus(open, Carousel.withStatus(open, ProspectStatus.LOST, TIERS.of("active"), WEEKDAYS, WED),
                TIERS, WEEKDAYS, WED);
        assertEquals(WED, touched(lost, touch(WED.minusDays(3), null)).nextReferralAskOn());
    }

    @Test
    void openProspects_haveNoAsks_evenWhenAsked() {
        Prospect open = fresh("Ada", "active", WED).build();
        Prospect asked = touched(open, touch(WED, Purpose.REFERRAL_ASK));
        assertNull(asked.nextReferralAskOn());
        Prospect reopened = ReferralAsks.afterStatus(won(WED), won(WED).toBuilder().status(ProspectStatus.OPEN).build(), TIERS, WEEKDAYS, WED);
        assertNull(reopened.nextReferralAskOn(), "reopened: no longer a customer to ask");
        assertEquals("customer", reopened.tier(), "the tier stays until the rep moves it");
    }

    @Test
    void thankYou_isAnsweredByTheNextTouch_notByOneBackDatedBeforeIt() {
        Prospect due = fresh("Ada", "working", WED).lastTouchOn(WED).build().toBuilder().thankYouOn(WED.plusDays(5)).thankYouFor("ERIN").build();
        assertEquals(List.of(DueReason.THANK_YOU), due.reasonsOn(WED.plusDays(5)).subList(0, 1));
        Prospect early = touched(due, touch(WED.plusDays(2), null));
        assertEquals(WED.plusDays(5), early.thankYouOn());
        Prospect thanked = touched(due, touch(WED.plusDays(6), null));
        assertNull(thanked.thankYouOn());
        assertNull(thanked.thankYouFor());
    }

    @Test
    void unrelatedTouch_returnsTheSameProspect() {
        Prospect open = fresh("Ada", "active", WED).build();
        Prospect moved = Carousel.afterTouch(open, touch(WED, null), TIERS.of("active"), TIERS.forLostDeals(), WEEKDAYS, 0);
        assertSame(moved, ReferralAsks.afterTouch(open, moved, touch(WED, null), TIERS, WEEKDAYS));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 12).map(n -> LocalDate.of(2020, 1, 1).plusDays(n));
    }

    @Property
    void aWin_isAskedAboutAMonthLater_onAWeekday_beforeTheFirstStatusCall(@ForAll("days") LocalDate day) {
        Prospect p = won(day);
        long days = ChronoUnit.DAYS.between(day, p.nextReferralAskOn());
        assertTrue(days >= 28 && days <= 33, day + " -> " + p.nextReferralAskOn());
        assertFalse(isWeekend(p.nextReferralAskOn()));
        assertTrue(p.nextReferralAskOn().isBefore(p.cadenceDueOn()));
        assertEquals(p.nextReferralAskOn(), p.nextDueOn(), "the due index holds the earlier day");
    }

    @Property
    void anAsk_onAnyDay_isNextDueSixMonthsOn_andTheDueDayIsTheEarliestReason(@ForAll("days") LocalDate win, @ForAll("offsets") int after) {
        Prospect p = won(win);
        LocalDate day = p.nextReferralAskOn().plusDays(after);
        Prospect asked = touched(p, touch(day, Purpose.REFERRAL_ASK));
        LocalDate sixMonths = day.plusMonths(6);
        assertTrue(!asked.nextReferralAskOn().isBefore(sixMonths) && !asked.nextReferralAskOn().isAfter(sixMonths.plusDays(2)));
        assertFalse(isWeekend(asked.nextReferralAskOn()));
        LocalDate earliest = asked.cadenceDueOn().isBefore(asked.nextReferralAskOn()) ? asked.cadenceDueOn() : asked.nextReferralAskOn();
        assertEquals(earliest, asked.nextDueOn());
    }

    @Property
    void aLostDeal_neverLandsInTheCustomerTier(@ForAll("days") LocalDate day, @ForAll boolean asked) {
        Prospect customer = won(day);
        Prospect lost = ReferralAsks.afterStatus(customer, Carousel.withStatus(customer, ProspectStatus.LOST, TIERS.customer(), WEEKDAYS, day),
                TIERS, WEEKDAYS, day);
        Prospect after = touched(lost, touch(day, asked ? Purpose.REFERRAL_ASK : null));
        assertEquals("nurture", after.tier());
        long late = ChronoUnit.DAYS.between(day.plusMonths(6), after.nextReferralAskOn());
        assertTrue(late >= 0 && late <= 2, "the at-once ask was answered: the next one six months on, " + after.nextReferralAskOn());
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-20, 60);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
