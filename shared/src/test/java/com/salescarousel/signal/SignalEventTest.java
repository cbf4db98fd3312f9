package com.salescarousel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook's payload (DESIGN 7.1): every bad field named at once; the queue message round-trips. */
class SignalEventTest {
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aFullEvent_parses_lowerCasesTheAddresses_andRoundTripsThroughTheQueue() {
        var e = SignalEvent.parse("acme", """
                {"id":"evt_0001","type":"webinar_attended","email":"Grace@Navy.Example","name":"Grace Hopper","company":"Navy",
                 "detail":"Compilers 101","url":"https://acme.example/webinars/1","at":"2026-11-24T08:00:00+01:00","ownerEmail":"Ada@Acme.Example"}
                """, NOW);
        assertEquals("grace@navy.example", e.email());
        assertEquals("ada@acme.example", e.ownerEmail());
        assertEquals(Instant.parse("2026-11-24T07:00:00Z"), e.at());
        assertEquals(SignalType.WEBINAR_ATTENDED, e.type());
        assertEquals(e, SignalEvent.fromMessage(e.toMessage()));
    }

    @Test
    void atDefaultsToNow() {
        var e = SignalEvent.parse("acme", "{\"id\":\"evt_0002\",\"type\":\"other\",\"email\":\"g@n.example\"}", NOW);
        assertEquals(NOW, e.at());
    }

    @Test
    void everyBadField_isNamedInOneAnswer() {
        Invalid bad = assertThrows(Invalid.class, () -> SignalEvent.parse("acme", """
                {"id":"short","type":"fax","email":"nope","name":"a\\nb","detail":"%s","url":"ftp://x.example/a",
                 "at":"2027-01-01T00:00:00Z","ownerEmail":"x","extra":1}""".formatted("d".repeat(501)), NOW));
        assertEquals(List.of("extra", "id", "type", "email", "name", "detail", "url", "at", "ownerEmail"),
                bad.fields().stream().map(FieldError::name).toList());
    }

    @Test
    void requiredFields_areNamed_andAMalformedBodyIsTheBody() {
        Invalid missing = assertThrows(Invalid.class, () -> SignalEvent.parse("acme", "{}", NOW));
        assertEquals(List.of("id", "type", "email"), missing.fields().stream().map(FieldError::name).toList());
        Invalid body = assertThrows(Invalid.class, () -> SignalEvent.parse("acme", "{\"id\":", NOW));
        assertEquals(List.of("body"), body.fields().stream().map(FieldError::name).toList());
    }

    @Test
    void aRepsSignalByHand_takesItsOwnFields() {
        var r = SignalRequest.parse("{\"type\":\"booth_visit\",\"detail\":\"Met at the booth\",\"idempotencyKey\":\"booth-0001\"}", NOW);
        assertEquals(SignalType.BOOTH_VISIT, r.type());
        assertEquals(NOW, r.at());
        Invalid bad = assertThrows(Invalid.class, () -> SignalRequest.parse("{\"type\":\"x\",\"email\":\"a@b.example\",\"idempotencyKey\":\"no\"}", NOW));
        assertEquals(List.of("email", "type", "idempotencyKey"), bad.fields().stream().map(FieldError::name).toList());
    }
}
