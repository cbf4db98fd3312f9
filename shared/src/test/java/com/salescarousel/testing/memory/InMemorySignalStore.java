package com.salescarousel.testing.memory;

import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.Send;
import com.salescarousel.signal.Signal;
import com.salescarousel.signal.SignalKeys;
import com.salescarousel.signal.SignalStore;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Signals as {@code DynamoDbSignalStore} keeps them, and its one transaction: the guard is looked at
 * first (as the adapter reads the cancellation reasons), then every condition, then every write, all
 * under the table's lock. The org's items (event marks, lead turns, address claims) live under
 * {@code ORG#<org>} with the same sort keys.
 */
public final class InMemorySignalStore implements SignalStore {
    record Mark(boolean recorded, String repId, String prospectId, String alertId) {}

    record Turns(long count) {}

    private final MemoryTable table;
    private final MemoryIdempotency idempotency;
    private final InMemoryProspectStore prospects;

    InMemorySignalStore(MemoryTable table, MemoryIdempotency idempotency, InMemoryProspectStore prospects) {
        this.table = table;
        this.idempotency = idempotency;
        this.prospects = prospects;
    }

    @Override
    public boolean record(Write w) {
        Signal s = w.signal();
        String pk = Keys.rep(s.repId()), sk = SignalKeys.signal(s.prospectId(), s.id());
        return table.atomically(() -> {
            if (w.guard() instanceof KeyGuard k) {
                Optional<String> first = idempotency.previous(s.repId(), k.key());
                if (first.isPresent() && !first.get().startsWith(SignalKeys.SIGNAL)) throw new IdempotencyKeyReused(k.key());
                if (first.isPresent()) return false;
            }
            if (w.guard() instanceof EventGuard g) {
                Mark m = table.get(Keys.org(g.org()), SignalKeys.hook(g.eventId()), Mark.class);
                if (m != null && m.recorded()) return false;
            }
            checkConditions(w, pk, sk);
            table.put(pk, sk, s);
            table.put(pk, Keys.prospect(w.after().id()), w.after());
            MemoryWeeks.add(table, s.repId(), w.tally());
            if (w.alert() != null) table.put(pk, Keys.send(w.alert().id()), w.alert());
            if (w.lead() != null) {
                table.put(Keys.org(w.lead().org()), SignalKeys.lead(w.lead().email()), new LeadClaim(s.repId(), s.prospectId()));
                if (w.lead().turnsBefore() != null) table.put(Keys.org(w.lead().org()), SignalKeys.LEADS, new Turns(w.lead().turnsBefore() + 1));
            }
            if (w.guard() instanceof EventGuard g) {
                table.put(Keys.org(g.org()), SignalKeys.hook(g.eventId()),
                        new Mark(true, s.repId(), s.prospectId(), w.alert() == null ? null : w.alert().id()));
            }
            if (w.guard() instanceof KeyGuard k) idempotency.remember(s.repId(), k.key(), sk);
            return true;
        });
    }

    /** What the adapter's transaction conditions say: any one failing writes nothing. */
    private void checkConditions(Write w, String pk, String sk) {
        String what = "signal on prospect " + w.signal().prospectId();
        if (table.get(pk, sk, Signal.class) != null) throw new VersionConflict(what);
        if (w.newProspect()) {
            if (table.get(pk, Keys.prospect(w.after().id()), Prospect.class) != null) throw new VersionConflict(what);
        } else {
            prospects.requireVersion(w.after());
        }
        if (w.alert() != null && table.get(pk, Keys.send(w.alert().id()), Send.class) != null) throw new VersionConflict(what);
        if (w.lead() != null) {
            LeadClaim claim = table.get(Keys.org(w.lead().org()), SignalKeys.lead(w.lead().email()), LeadClaim.class);
            if (claim != null && !claim.prospectId().equals(w.lead().staleProspectId())) throw new VersionConflict(what);
            if (w.lead().turnsBefore() != null && leadTurns(w.lead().org()) != w.lead().turnsBefore()) throw new VersionConflict(what);
        }
    }

    @Override
    public Optional<Signal> byIdempotencyKey(String repId, String key) {
        return idempotency.previous(repId, key).filter(sk -> sk.startsWith(SignalKeys.SIGNAL))
                .map(sk -> table.get(Keys.rep(repId), sk, Signal.class));
    }

    @Override
    public List<Signal> history(String repId, String prospectId, int limit) {
        List<Signal> newestFirst = new ArrayList<>(table.startingWith(Keys.rep(repId), SignalKeys.signalsOf(prospectId), Signal.class));
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public List<Signal> since(String repId, String prospectId, Instant from) {
        return table.between(Keys.rep(repId), SignalKeys.signal(prospectId, Ulid.floor(from)), SignalKeys.signalsOf(prospectId) + Keys.HIGH,
                Signal.class);
    }

    @Override
    public Optional<EventMark> event(String org, String eventId) {
        return Optional.ofNullable(table.get(Keys.org(org), SignalKeys.hook(eventId), Mark.class))
                .map(m -> new EventMark(m.recorded(), m.repId(), m.prospectId(), m.alertId()));
    }

    @Override
    public boolean markQueued(String org, String eventId, Instant now) {
        return table.atomically(() -> {
            if (table.get(Keys.org(org), SignalKeys.hook(eventId), Mark.class) != null) return false;
            table.put(Keys.org(org), SignalKeys.hook(eventId), new Mark(false, null, null, null));
            return true;
        });
    }

    @Override
    public long leadTurns(String org) {
        Turns t = table.get(Keys.org(org), SignalKeys.LEADS, Turns.class);
        return t == null ? 0 : t.count();
    }

    @Override
    public Optional<LeadClaim> leadClaim(String org, String email) {
        return Optional.ofNullable(table.get(Keys.org(org), SignalKeys.lead(email), LeadClaim.class));
    }

    @Override
    public List<Prospect> withEmail(String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return table.all(Prospect.class).stream().filter(p -> p.email() != null && p.email().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }
}
