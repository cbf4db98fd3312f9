package com.salescarousel.prospect;

import static com.salescarousel.testing.Prospects.fresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.plan.Enrolment;
import com.salescarousel.plan.PlanStep;
import com.salescarousel.touch.Channel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueReasonTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    @Test
    void nextDueOn_isTheEarliestOfCadenceAskAndThankYou() {
        Prospect p = fresh("Ada", "customer", MON).cadenceDueOn(MON.plusMonths(3)).nextReferralAskOn(MON.plusMonths(1)).build();
        assertEquals(MON.plusMonths(1), p.nextDueOn());
        assertEquals(MON, p.toBuilder().thankYouOn(MON).build().nextDueOn());
    }

    @Test
    void nextDueOn_offTheCarousel_isNull_andComesBackWithTheStatus() {
        Prospect paused = fresh("Ada", "active", MON).status(ProspectStatus.PAUSED).nextReferralAskOn(MON).build();
        assertNull(paused.nextDueOn());
        assertFalse(paused.onCarousel());
        assertEquals(MON, paused.toBuilder().status(ProspectStatus.OPEN).build().nextDueOn());
    }

    @Test
    void aPlanStep_standsInForTheCadenceWhileEnrolled() {
        var plan = new Enrolment("P1", "20/20", MON, List.of(new PlanStep(0, Channel.MAIL, null, false),
                new PlanStep(7, Channel.MAIL, null, false)), 1, MON.plusDays(7));
        Prospect p = fresh("Ada", "active", MON).cadenceDueOn(MON.plusDays(2)).plan(plan).build();
        assertEquals(MON.plusDays(7), p.nextDueOn());
        assertEquals(List.of(), p.reasonsOn(MON.plusDays(3)));
        assertEquals(List.of(DueReason.PLAN_STEP), p.reasonsOn(MON.plusDays(7)));
    }

    @Test
    void reasons_mostPressingFirst_oneEntryForSeveral() {
        Prospect p = fresh("Ada", "customer", MON).cadenceDueOn(MON).nextReferralAskOn(MON).thankYouOn(MON).salesReady(true).build();
        assertEquals(List.of(DueReason.SIGNAL, DueReason.THANK_YOU, DueReason.REFERRAL_ASK, DueReason.CADENCE), p.reasonsOn(MON));
        assertEquals(List.of(), p.reasonsOn(MON.minusDays(1)));
    }

    @Test
    void salesReady_isAReasonOnlyWhenSomethingMakesItDue() {
        Prospect p = fresh("Ada", "active", MON).cadenceDueOn(MON.plusDays(7)).salesReady(true).build();
        assertTrue(p.reasonsOn(MON).isEmpty());
    }

    @Test
    void builderNextDueOn_setsTheCadenceDay_asStageOneDid() {
        Prospect p = fresh("Ada", "active", MON).build().toBuilder().nextDueOn(MON.plusDays(4)).build();
        assertEquals(MON.plusDays(4), p.cadenceDueOn());
        assertEquals(MON.plusDays(4), p.nextDueOn());
    }
}
