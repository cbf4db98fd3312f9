package com.salescarousel.entry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestsTest {
    private static Set<String> fields(Invalid p) {
        return Set.copyOf(p.fields().stream().map(FieldError::name).toList());
    }

    @Test
    void touch_readsChannelOutcomeAndOffsetInstant() {
        var t = Requests.touch("{\"channel\":\"call\",\"outcome\":\"replied\",\"at\":\"2026-11-24T10:00:00+01:00\",\"idempotencyKey\":\"abc-12345\"}");
        assertEquals(Channel.CALL, t.channel());
        assertEquals(Outcome.REPLIED, t.outcome());
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), t.at());
        assertEquals("abc-12345", t.idempotencyKey());
    }

    @Test
    void touch_withBadValues_namesEveryField() {
        Invalid p = assertThrows(Invalid.class, () -> Requests.touch("{\"channel\":\"fax\",\"at\":\"yesterday\",\"idempotencyKey\":\"a b\"}"));
        assertEquals(Set.of("channel", "outcome", "at", "idempotencyKey"), fields(p));
    }

    @Test
    void patch_emptyNameOrTier_isRefused_otherFieldsClear() {
        // Collected, not thrown: the resource names them together with what only the team's tiers can judge.
        assertEquals(Set.of("name", "tier"), fields(new Invalid(Requests.patch("{\"name\":\"\",\"tier\":null}").invalid())));
        var patch = Requests.patch("{\"company\":\"\",\"status\":\"paused\"}");
        assertTrue(patch.change().has("company"));
        assertNull(patch.change().values().company());
    }

    @Test
    void me_refusesFixedOffsetsAndHoursOutOfRange() {
        assertEquals(Set.of("timeZone", "digestHour"),
                fields(assertThrows(Invalid.class, () -> SettingsRequests.me("{\"timeZone\":\"+05:30\",\"digestHour\":24}"))));
        assertEquals("Asia/Kolkata", SettingsRequests.me("{\"timeZone\":\"Asia/Kolkata\"}").timeZone().getId());
    }

    @Test
    void tiers_validatesEachTierWithItsIndex() {
        Invalid p = assertThrows(Invalid.class, () -> SettingsRequests.tiers(
                "{\"tiers\":[{\"key\":\"active\",\"label\":\"A\",\"cadence\":\"P0D\"},{\"key\":\"Bad Key\",\"label\":\"B\",\"cadence\":\"weekly\"}]}"));
        assertEquals(Set.of("tiers[0].cadence", "tiers[1].key", "tiers[1].cadence"), fields(p));
        assertEquals("P6W", SettingsRequests.tiers("{\"tiers\":[{\"key\":\"long-shot\",\"label\":\"Long shot\",\"cadence\":\"P6W\"}]}")
                .inPriorityOrder().get(0).cadence().toString().replace("P42D", "P6W"));
    }
}
