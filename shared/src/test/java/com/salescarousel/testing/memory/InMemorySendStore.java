package com.salescarousel.testing.memory;

import com.salescarousel.send.Send;
import com.salescarousel.send.SendStore;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Send records at {@code REP#<rep>} / {@code SEND#<id>}, moving only forward as
 * {@code DynamoDbSendStore}'s conditional updates allow: a transition from the wrong state changes
 * nothing and throws, as a failed condition does there.
 */
public final class InMemorySendStore implements SendStore {
    private final MemoryTable table;

    InMemorySendStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public boolean createIfAbsent(Send send) {
        return table.atomically(() -> {
            if (stored(send.repId(), send.id()) != null) return false;
            table.put(Keys.rep(send.repId()), Keys.send(send.id()), send);
            return true;
        });
    }

    @Override
    public Optional<Send> find(String repId, String id) {
        return Optional.ofNullable(stored(repId, id));
    }

    @Override
    public Optional<Send> claim(String repId, String id, Instant now, Instant leaseUntil) {
        return table.atomically(() -> {
            Send s = stored(repId, id);
            if (s == null || s.status() != Send.Status.QUEUED) return Optional.empty();
            Send claimed = new Send(s.repId(), s.id(), s.kind(), s.prospectId(), s.templateId(), s.relevantInfo(), s.date(),
                    Send.Status.SENDING, s.attempts() + 1, leaseUntil, s.messageId(), s.touchId(), s.detail(), s.createdAt(), now);
            save(claimed);
            return Optional.of(claimed);
        });
    }

    @Override
    public void release(String repId, String id, String detail, Instant now) {
        fromSending(repId, id, Send.Status.QUEUED, null, detail, now);
    }

    @Override
    public void finish(String repId, String id, Send.Status status, String messageId, String detail, Instant now) {
        fromSending(repId, id, status, messageId, detail, now);
    }

    @Override
    public boolean markUncertain(String repId, String id, Instant now) {
        return table.atomically(() -> {
            Send s = stored(repId, id);
            if (s == null || s.status() != Send.Status.SENDING || s.leaseUntil() == null || !s.leaseUntil().isBefore(now)) {
                return false;
            }
            save(with(s, Send.Status.UNCERTAIN, null, "the worker that claimed it stopped; it may have gone out, so it is not sent again", now));
            return true;
        });
    }

    /** SENDING → {@code to}; a message id or detail that is null keeps the stored one. */
    private void fromSending(String repId, String id, Send.Status to, String messageId, String detail, Instant now) {
        table.atomically(() -> {
            Send s = stored(repId, id);
            if (s == null || s.status() != Send.Status.SENDING) {
                throw new IllegalStateException("send " + id + " is " + (s == null ? "missing" : s.status()) + ", not SENDING");
            }
            save(with(s, to, messageId, detail, now));
            return null;
        });
    }

    private static Send with(Send s, Send.Status status, String messageId, String detail, Instant now) {
        return new Send(s.repId(), s.id(), s.kind(), s.prospectId(), s.templateId(), s.relevantInfo(), s.date(), status,
                s.attempts(), s.leaseUntil(), messageId != null ? messageId : s.messageId(), s.touchId(),
                detail != null ? detail : s.detail(), s.createdAt(), now);
    }

    @Override
    public List<Send> recent(String repId, int limit) {
        // The adapter reads them in key order, then sorts (stably) newest first.
        List<Send> all = new ArrayList<>(table.startingWith(Keys.rep(repId), Keys.SEND, Send.class));
        all.sort(Comparator.comparing(Send::createdAt).reversed());
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    private Send stored(String repId, String id) {
        return table.get(Keys.rep(repId), Keys.send(id), Send.class);
    }

    private void save(Send s) {
        table.put(Keys.rep(s.repId()), Keys.send(s.id()), s);
    }
}
