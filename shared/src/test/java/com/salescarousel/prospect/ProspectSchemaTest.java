package com.salescarousel.prospect;

import static com.salescarousel.testing.Prospects.fresh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salescarousel.plan.Enrolment;
import com.salescarousel.plan.PlanStep;
import com.salescarousel.touch.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The prospect item's attributes, both ways, without a database. */
class ProspectSchemaTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    @Test
    void everyField_survivesTheRoundTrip() {
        var plan = new Enrolment("P1", "20/20", MON, List.of(new PlanStep(0, Channel.MAIL, "T1", true),
                new PlanStep(14, Channel.CALL, null, false)), 1, MON.plusDays(14));
        Prospect p = fresh("Ada", "customer", MON).org("acme").referredById("R1").lastTouchNote("left a voicemail")
                .cadenceDueOn(MON.plusMonths(3)).nextReferralAskOn(MON.plusMonths(1)).thankYouOn(MON).thankYouFor("X")
                .wonOn(MON).plan(plan).firstResponseAfter(3).salesReady(true).salesReadyAt(Instant.parse("2026-11-23T10:00:00Z"))
                .lastSignalAt(Instant.parse("2026-11-23T09:00:00Z")).lastContactedOn(MON.minusDays(40)).build();
        var item = DynamoDbProspectStore.SCHEMA.itemToMap(p, true);
        assertEquals("DUE#2026-11-23#ADA", item.get("GSI1SK").s());
        assertEquals(p, DynamoDbProspectStore.SCHEMA.mapToItem(item));
    }

    @Test
    void aStageOneItem_withOnlyNextDueOn_readsItAsTheCadenceDay() {
        var item = new HashMap<>(DynamoDbProspectStore.SCHEMA.itemToMap(fresh("Ada", "active", MON).build(), true));
        item.remove("cadenceDueOn");
        item.put("nextDueOn", AttributeValue.fromS("2026-12-01"));
        Prospect read = DynamoDbProspectStore.SCHEMA.mapToItem(item);
        assertEquals(LocalDate.of(2026, 12, 1), read.cadenceDueOn());
        assertEquals(LocalDate.of(2026, 12, 1), read.nextDueOn());
    }
}
