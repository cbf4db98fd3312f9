package com.salescarousel.signal;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.touch.Touch;
import com.salescarousel.touch.TouchStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * A rep's signals: one recorded by hand (a booth visit), a prospect's signals, and the timeline that
 * merges them with the touches. Every key comes from the rep; another rep's prospect is not found.
 */
public final class SignalBook {
    static final int ATTEMPTS = 5;

    private final SignalRecorder recorder;
    private final SignalStore store;
    private final ProspectStore prospects;
    private final TouchStore touches;
    private final Clock clock;

    /** A signal as recorded; {@code replayed} when its idempotency key found the first one. */
    public record Recorded(Signal signal, Prospect prospect, boolean replayed) {}

    /** One line of a prospect's timeline: a touch or a signal. */
    public record Entry(Instant at, Touch touch, Signal signal) {}

    @Inject
    public SignalBook(SignalRecorder recorder, SignalStore store, ProspectStore prospects, TouchStore touches, Clock clock) {
        this.recorder = recorder;
        this.store = store;
        this.prospects = prospects;
        this.touches = touches;
        this.clock = clock;
    }

    public Recorded record(RepProfile rep, String prospectId, SignalRequest req) {
        if (req.idempotencyKey() != null) {
            Optional<Recorded> seen = replay(rep, prospectId, req.idempotencyKey());
            if (seen.isPresent()) return seen.get();
        }
        SignalStore.Guard guard = req.idempotencyKey() == null ? null : new SignalStore.KeyGuard(req.idempotencyKey());
        for (int attempt = 1; ; attempt++) {
            Prospect p = prospects.find(rep.repId(), prospectId).orElseThrow(() -> notFound(prospectId));
            Signal s = new Signal(rep.repId(), p.id(), Ulid.at(req.at()), req.type(), req.at(), req.detail(), req.url(),
                    Signal.Source.MANUAL, req.idempotencyKey(), clock.instant());
            try {
                // The rep is looking at it: no alert to their own phone.
                SignalRecorder.Outcome out = recorder.record(rep, p, false, s, guard, null, false);
                if (!out.fresh()) return replay(rep, prospectId, req.idempotencyKey()).orElseThrow();
                return new Recorded(s, out.prospect(), false);
            } catch (IdempotencyKeyReused e) {
                throw Invalid.of("idempotencyKey", "already used for another request");
            } catch (VersionConflict race) {
                if (attempt == ATTEMPTS) throw Conflict.busy("the prospect kept changing; try again");
            }
        }
    }

    private Optional<Recorded> replay(RepProfile rep, String prospectId, String key) {
        return store.byIdempotencyKey(rep.repId(), key).map(s -> {
            if (!s.prospectId().equals(prospectId)) throw Invalid.of("idempotencyKey", "already used for a signal on another prospect");
            return new Recorded(s, prospects.find(rep.repId(), prospectId).orElseThrow(() -> notFound(prospectId)), true);
        });
    }

    /** The prospect's signals, newest first. */
    public List<Signal> history(String repId, String prospectId, int limit) {
        if (prospects.find(repId, prospectId).isEmpty()) throw notFound(prospectId);
        return store.history(repId, prospectId, limit);
    }

    /** Touches and signals, newest first, at most {@code limit} in all. */
    public List<Entry> timeline(String repId, String prospectId, int limit) {
        if (prospects.find(repId, prospectId).isEmpty()) throw notFound(prospectId);
        List<Entry> all = new ArrayList<>();
        touches.history(repId, prospectId, limit).forEach(t -> all.add(new Entry(t.at(), t, null)));
        store.history(repId, prospectId, limit).forEach(s -> all.add(new Entry(s.at(), null, s)));
        all.sort(Comparator.comparing(Entry::at).reversed());
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    private static NotFound notFound(String prospectId) {
        return new NotFound("prospect " + prospectId);
    }
}
