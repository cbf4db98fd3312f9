package com.salescarousel.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.salescarousel.touch.Channel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An enrolment survives the prospect item: its steps, where it stands, its id and how each step went. */
class EnrolmentAttributeTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private final EnrolmentAttribute attribute = new EnrolmentAttribute();

    @Test
    void roundTrip_keepsIdAndMarks() {
        var e = new Enrolment("P1", "20/20", MON, List.of(new PlanStep(0, Channel.EMAIL, "T1", true), new PlanStep(7, Channel.MAIL, null, false),
                new PlanStep(14, Channel.CALL, null, false)), 2, MON.plusDays(16), "01M8P6HX072M249MKNEN69RN9Y",
                List.of(new StepMark(MON, true), new StepMark(MON.plusDays(9), false)));
        assertEquals(e, attribute.transformTo(attribute.transformFrom(e)));
        assertEquals(2, e.lastDoneStep(), "step 2 was the last one done; step 1 was skipped");
    }

    @Test
    void anEnrolmentStoredWithoutIdOrMarks_readsBackWithNone() {
        var e = new Enrolment("P1", null, MON, List.of(new PlanStep(0, Channel.MAIL, null, false)), 0, MON);
        var stored = attribute.transformFrom(e);
        assertFalse(stored.m().containsKey("id") || stored.m().containsKey("marks") || stored.m().containsKey("planName"));
        var read = attribute.transformTo(stored);
        assertEquals(e, read);
        assertEquals("P1-2026-11-23", read.key(), "older enrolments are told apart by plan and day");
    }
}
