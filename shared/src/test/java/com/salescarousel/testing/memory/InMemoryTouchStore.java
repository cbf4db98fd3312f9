package com.salescarousel.testing.memory;

import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.Send;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.touch.Touch;
import com.salescarousel.touch.TouchStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Touches under {@code REP#<rep>} / {@code TOUCH#<prospect>#<ulid of at>}. {@link #record} is the
 * adapter's transaction: the touch (must be new), the prospect (on its version), the week's
 * counters, the send record (must be SENDING) and the idempotency key land together or not at all.
 */
public final class InMemoryTouchStore implements TouchStore {
    private final MemoryTable table;
    private final MemoryIdempotency idempotency;
    private final InMemoryProspectStore prospects;

    InMemoryTouchStore(MemoryTable table, MemoryIdempotency idempotency, InMemoryProspectStore prospects) {
        this.table = table;
        this.idempotency = idempotency;
        this.prospects = prospects;
    }

    @Override
    public Optional<Touch> record(Touch touch, Prospect after, WeekTally tally, SentMail sent) {
        String pk = Keys.rep(touch.repId()), sk = Keys.touch(touch.prospectId(), touch.id());
        return table.atomically(() -> {
            // Checked in the order the adapter reads the cancellation reasons: the key, the send, the rest.
            Optional<String> first = idempotency.previous(touch.repId(), touch.idempotencyKey());
            if (first.isPresent()) {
                return Optional.of(byKey(touch.repId(), first.get()).orElseThrow(() -> new IdempotencyKeyReused(touch.idempotencyKey())));
            }
            Send send = sent == null ? null : table.get(pk, Keys.send(sent.sendId()), Send.class);
            if (sent != null && (send == null || send.status() != Send.Status.SENDING)) {
                throw new IllegalStateException("send " + sent.sendId() + " is no longer SENDING; its touch is not recorded");
            }
            if (table.get(pk, sk, Touch.class) != null) throw new VersionConflict("prospect " + after.id());
            prospects.requireVersion(after);
            table.put(pk, sk, touch);
            table.put(pk, Keys.prospect(after.id()), after);
            MemoryCounters.add(table, touch.repId(), tally);
            if (send != null) {
                table.put(pk, Keys.send(send.id()), new Send(send.repId(), send.id(), send.kind(), send.prospectId(),
                        send.templateId(), send.relevantInfo(), send.date(), Send.Status.SENT, send.attempts(), send.leaseUntil(),
                        sent.messageId(), touch.id(), send.detail(), send.createdAt(), touch.recordedAt()));
            }
            idempotency.remember(touch.repId(), touch.idempotencyKey(), sk);
            return Optional.empty();
        });
    }

    Map<String, Integer> weekCounters(String pk, String sk) {
        return MemoryCounters.week(table, pk, sk).values();
    }

    @Override
    public Optional<Touch> find(String repId, String prospectId, String touchId) {
        return byKey(repId, Keys.touch(prospectId, touchId));
    }

    @Override
    public Optional<Touch> byIdempotencyKey(String repId, String key) {
        return idempotency.previous(repId, key).flatMap(sk -> byKey(repId, sk));
    }

    private Optional<Touch> byKey(String repId, String sk) {
        if (!sk.startsWith(Keys.TOUCH)) return Optional.empty();
        return Optional.ofNullable(table.get(Keys.rep(repId), sk, Touch.class));
    }

    @Override
    public List<Touch> history(String repId, String prospectId, int limit) {
        List<Touch> newestFirst = new ArrayList<>(table.startingWith(Keys.rep(repId), Keys.touchesOf(prospectId), Touch.class));
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public int countAfter(String repId, String prospectId, Instant at) {
        // The adapter's key range: from the smallest ULID of the next millisecond to the end of the prospect's touches.
        return table.between(Keys.rep(repId), Keys.touch(prospectId, Ulid.floor(at.plusMillis(1))),
                Keys.touchesOf(prospectId) + Keys.HIGH, Touch.class).size();
    }
}
