package com.salescarousel.prospect;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.id.Ulid;
import com.salescarousel.problem.Problem;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.store.IdempotencyKeyReused;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import javax.inject.Inject;

/** The rep's prospects: add, read, list, change, remove. */
public final class ProspectBook {
    private final ProspectStore store;
    private final TierStore tiers;
    private final Clock clock;

    @Inject
    public ProspectBook(ProspectStore store, TierStore tiers, Clock clock) {
        this.store = store;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** A prospect as added; {@code replayed} when an idempotency key found the first one. */
    public record Added(Prospect prospect, boolean replayed) {}

    public Prospect add(RepProfile rep, ProspectDraft d, String idempotencyKey) {
        return addOnce(rep, d, idempotencyKey).prospect();
    }

    public Added addOnce(RepProfile rep, ProspectDraft d, String idempotencyKey) {
        Tiers known = tiers.of(rep.org());
        String tier = d.tier() == null ? defaultTier(known) : d.tier();
        requireKnown(known, tier);
        Instant now = clock.instant();
        Prospect.Builder b = Prospect.builder().repId(rep.repId()).id(Ulid.at(now)).createdAt(now)
                .name(d.name()).company(d.company()).email(d.email()).phone(d.phone()).title(d.title())
                .tier(tier).source(d.source()).referredBy(d.referredBy()).tags(d.tags()).notes(d.notes());
        Prospect fresh = Carousel.entering(b, Cadence.localDay(now, rep.timeZone())).build();
        try {
            Prospect stored = store.create(fresh, idempotencyKey);
            return new Added(stored, !stored.id().equals(fresh.id()));
        } catch (IdempotencyKeyReused e) {
            throw Problem.invalid("idempotencyKey", "already used for another request");
        }
    }

    public Prospect get(String repId, String id) {
        return store.find(repId, id).orElseThrow(() -> Problem.notFound("prospect " + id));
    }

    public ProspectStore.Page list(String repId, ProspectStore.ProspectFilter filter, int limit, String afterId) {
        return store.list(repId, filter, limit, afterId);
    }

    /** Applies a change if the rep saw the current version; a stale version is a 409, nothing written. */
    public Prospect change(RepProfile rep, String id, long expectedVersion, ProspectChange c) {
        Prospect current = get(rep.repId(), id);
        if (current.version() != expectedVersion) throw Problem.staleVersion(current.version());
        Tiers known = tiers.of(rep.org());
        ProspectDraft v = c.values();
        Prospect.Builder b = current.toBuilder();
        if (c.has("name")) b.name(v.name());
        if (c.has("company")) b.company(v.company());
        if (c.has("email")) b.email(v.email());
        if (c.has("phone")) b.phone(v.phone());
        if (c.has("title")) b.title(v.title());
        if (c.has("source")) b.source(v.source());
        if (c.has("referredBy")) b.referredBy(v.referredBy());
        if (c.has("tags")) b.tags(v.tags());
        if (c.has("notes")) b.notes(v.notes());
        Prospect next = b.build();
        if (c.has("tier") && !v.tier().equals(current.tier())) {
            next = Carousel.movedTo(next, requireKnown(known, v.tier()), rep.skipWeekends());
        }
        if (c.status() != null) {
            next = Carousel.withStatus(next, c.status(), known.of(next.tier()), rep.skipWeekends(),
                    Cadence.localDay(clock.instant(), rep.timeZone()));
        }
        if (c.snoozeUntil() != null) {
            LocalDate today = Cadence.localDay(clock.instant(), rep.timeZone());
            if (!next.status().onCarousel()) throw Problem.invalid("snoozeUntil", "the prospect is " + next.status().wire() + ", not on the carousel");
            if (c.snoozeUntil().isBefore(today)) throw Problem.invalid("snoozeUntil", "must be today (" + today + ") or later");
            next = Carousel.snoozedUntil(next, c.snoozeUntil());
        }
        // Nothing changed: no write and no new version, so other devices see no needless conflict.
        if (next.equals(current)) return current;
        next = next.toBuilder().version(current.version() + 1).build();
        try {
            store.replace(next);
        } catch (com.salescarousel.store.VersionConflict e) {
            throw Problem.staleVersion(get(rep.repId(), id).version());
        }
        return next;
    }

    public void remove(String repId, String id) {
        if (!store.delete(repId, id)) throw Problem.notFound("prospect " + id);
    }

    private static String defaultTier(Tiers known) {
        return known.find(Tiers.DEFAULT_TIER).map(Tier::key).orElse(known.inPriorityOrder().get(0).key());
    }

    private static Tier requireKnown(Tiers known, String tier) {
        return known.find(tier).orElseThrow(() -> Problem.invalid("tier",
                "unknown tier '" + tier + "'; known tiers: " + String.join(", ", known.keys())));
    }
}
