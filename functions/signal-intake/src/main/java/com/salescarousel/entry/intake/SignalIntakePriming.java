package com.salescarousel.entry.intake;

import com.salescarousel.signal.SignalEvent;
import com.salescarousel.signal.SignalStore;
import com.salescarousel.wiring.SnapStartPriming;

/**
 * SnapStart priming: before the snapshot, warm what every batch needs without recording anything.
 * A real message is not an option: it would match, create and write. Instead: read a queue message as
 * the handler does (JSON, the event's validation of types and instants), look up its event mark (a
 * consistent GetItem: endpoint rules, signing, the HTTP client, the JSON protocol), and run the two
 * queries every signal makes, the e-mail index and the prospect's recent signals, for keys that cannot
 * exist. Reads change nothing, need no permission the function lacks, and answer the same whatever the
 * table holds. The transaction and SQS stay cold: each would write (a signal, an alert).
 */
public final class SignalIntakePriming extends SnapStartPriming {
    static final String MESSAGE = "{\"org\":\"snapstart-priming\",\"id\":\"snapstart-priming\",\"type\":\"other\","
            + "\"email\":\"priming@invalid.example\",\"at\":\"2026-01-05T07:00:00Z\",\"receivedAt\":\"2026-01-05T07:00:00Z\"}";

    private final SignalStore signals;

    SignalIntakePriming(SignalStore signals) {
        this.signals = signals;
    }

    @Override
    protected void warm() {
        prime();
    }

    /** Public for the benchmark; true when the event mark was (as it must be) absent. */
    public boolean prime() {
        SignalEvent e = SignalEvent.fromMessage(MESSAGE);
        boolean none = signals.event(e.org(), e.id()).isEmpty() && signals.withEmail(e.email()).isEmpty();
        return none && signals.since(e.org(), e.id(), e.at()).isEmpty();
    }
}
