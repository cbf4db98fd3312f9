package com.salescarousel.prospect;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.referral.ReferralAsks;
import com.salescarousel.referral.ReferralLinks;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.IdempotencyKeyReused;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/** The rep's prospects: add, read, list, change, remove. Tiers named anywhere are checked here, against the org's. */
public final class ProspectBook {
    /** Longer search text is a mistake, and would only make the store's filter slower. */
    static final int MAX_SEARCH = 100;

    private final ProspectStore store;
    private final TierStore tiers;
    private final Clock clock;
    private final ReferralLinks links;

    @Inject
    public ProspectBook(ProspectStore store, TierStore tiers, Clock clock) {
        this.store = store;
        this.tiers = tiers;
        this.clock = clock;
        this.links = new ReferralLinks(store);
    }

    /** A prospect as added; {@code replayed} when an idempotency key found the first one. */
    public record Added(Prospect prospect, boolean replayed) {}

    public Prospect add(RepProfile rep, ProspectDraft d, String idempotencyKey) {
        return addOnce(rep, d, idempotencyKey).prospect();
    }

    /**
     * Refuses a new prospect whose request had bad fields ({@code invalid}), naming them in one answer
     * with those only the team's data can judge (the tier), so a client learns every mistake at once.
     * Reads the org's tiers only: nothing is written, not even a first-seen profile.
     */
    public void refuseNew(String repId, String org, ProspectDraft d, List<FieldError> invalid) {
        List<FieldError> bad = new ArrayList<>(invalid);
        Tiers known = tiers.of(org);
        if (d.tier() != null && known.find(d.tier()).isEmpty() && invalid.stream().noneMatch(f -> f.name().equals("tier"))) {
            bad.add(unknownTier(known, d.tier()));
        }
        if (d.referredById() != null) {
            links.problems(repId, null, d.referredById()).stream().filter(f -> bad.stream().noneMatch(b -> b.name().equals(f.name()))).forEach(bad::add);
        }
        throw new Invalid(bad);
    }

    public Added addOnce(RepProfile rep, ProspectDraft d, String idempotencyKey) {
        Tiers known = tiers.of(rep.org());
        String tier = d.tier() == null ? defaultTier(known) : d.tier();
        List<FieldError> bad = new ArrayList<>(links.problems(rep.repId(), null, d.referredById()));
        if (known.find(tier).isEmpty()) bad.add(0, unknownTier(known, tier));
        Invalid.throwIfAny(bad);
        Instant now = clock.instant();
        Prospect fresh = Carousel.entering(newProspect(rep, d, tier, now), Cadence.localDay(now, rep.timeZone())).build();
        try {
            Prospect stored = store.create(fresh, idempotencyKey);
            return new Added(stored, !stored.id().equals(fresh.id()));
        } catch (IdempotencyKeyReused e) {
            throw Invalid.of("idempotencyKey", "already used for another request");
        } catch (EmailTaken e) {
            throw duplicateEmail(e);
        }
    }

    /** 409 naming {@code email}, with the prospect that has the address as {@code existingId}. */
    static Conflict duplicateEmail(EmailTaken e) {
        return Conflict.duplicate("email", "you already have a prospect with this e-mail address", e.existingId());
    }

    public Prospect get(String repId, String id) {
        return store.find(repId, id).map(p -> p.asOf(utcToday())).orElseThrow(() -> new NotFound("prospect " + id));
    }

    /** Sales-ready lapses by the UTC day ({@link Prospect#salesReadyOn}). */
    private LocalDate utcToday() {
        return Cadence.localDay(clock.instant(), ZoneOffset.UTC);
    }

    /** A page of the caller's prospects; a misspelt tier is a mistake to name, not a filter that quietly matches nothing. */
    public ProspectStore.Page list(Caller caller, ProspectStore.ProspectFilter filter, int limit, String afterId) {
        List<FieldError> bad = new ArrayList<>();
        if (filter.text() != null && filter.text().length() > MAX_SEARCH) {
            bad.add(new FieldError("q", "must be at most " + MAX_SEARCH + " characters"));
        }
        if (filter.tier() != null) {
            Tiers known = tiers.of(caller.org());
            if (known.find(filter.tier()).isEmpty()) bad.add(unknownTier(known, filter.tier()));
        }
        Invalid.throwIfAny(bad);
        var page = store.list(caller.repId(), filter, limit, afterId);
        return new ProspectStore.Page(page.items().stream().map(p -> p.asOf(utcToday())).toList(), page.nextAfterId());
    }

    /** Applies a change if the rep saw the current version; a stale version is a {@link Conflict}, nothing written. */
    public Prospect change(RepProfile rep, String id, long expectedVersion, ProspectChange c) {
        return change(rep, id, expectedVersion, c, List.of());
    }

    /** As above; {@code invalid}, the request's own bad fields, are named together with the rest (a 400 before a 409). */
    public Prospect change(RepProfile rep, String id, long expectedVersion, ProspectChange c, List<FieldError> invalid) {
        Prospect current = get(rep.repId(), id);
        Tiers known = tiers.of(rep.org());
        LocalDate today = Cadence.localDay(clock.instant(), rep.timeZone());
        ProspectDraft v = c.values();
        boolean relinks = c.has("referredById") && !java.util.Objects.equals(v.referredById(), current.referredById());
        List<FieldError> found = new ArrayList<>(relinks ? links.problems(rep.repId(), id, v.referredById()) : List.of());
        found.addAll(problems(c, current, known, today));
        if (!invalid.isEmpty()) {
            List<FieldError> bad = new ArrayList<>(invalid);
            found.stream().filter(f -> invalid.stream().noneMatch(i -> i.name().equals(f.name()))).forEach(bad::add);
            throw new Invalid(bad);
        }
        if (current.version() != expectedVersion) throw Conflict.staleVersion("prospect", current.version());
        Invalid.throwIfAny(found);
        Prospect.Builder b = current.toBuilder();
        if (c.has("name")) b.name(v.name());
        if (c.has("company")) b.company(v.company());
        if (c.has("email")) b.email(v.email());
        if (c.has("phone")) b.phone(v.phone());
        if (c.has("title")) b.title(v.title());
        if (c.has("source")) b.source(v.source());
        if (c.has("referredBy")) b.referredBy(v.referredBy());
        if (c.has("referredById")) b.referredById(v.referredById());
        if (c.has("tags")) b.tags(v.tags());
        if (c.has("notes")) b.notes(v.notes());
        Prospect next = b.build();
        if (c.has("tier") && !v.tier().equals(current.tier())) {
            next = Carousel.movedTo(next, known.of(v.tier()), rep.workingDays());
        }
        if (c.status() != null) {
            next = Carousel.withStatus(next, c.status(), known.of(next.tier()), rep.workingDays(), today);
            next = ReferralAsks.afterStatus(current, next, known, rep.workingDays(), today);
        }
        if (c.snoozeUntil() != null) next = Carousel.snoozedUntil(next, c.snoozeUntil());
        // Nothing changed: no write and no new version, so other devices see no needless conflict.
        if (next.equals(current)) return current;
        next = next.toBuilder().version(current.version() + 1).build();
        try {
            links.save(current, next, today, WeekTally.tierMove(current, next, today));
        } catch (com.salescarousel.store.VersionConflict e) {
            throw Conflict.staleVersion("prospect", get(rep.repId(), id).version());
        } catch (EmailTaken e) {
            throw duplicateEmail(e);
        }
        return next;
    }

    public void remove(String repId, String id) {
        if (!store.delete(repId, id)) throw new NotFound("prospect " + id);
    }

    /** A new prospect of the rep from what they typed (or imported), with a fresh id; not yet on the carousel. */
    public static Prospect.Builder newProspect(RepProfile rep, ProspectDraft d, String tier, Instant now) {
        return Prospect.builder().repId(rep.repId()).org(rep.org()).id(Ulid.at(now)).createdAt(now)
                .name(d.name()).company(d.company()).email(d.email()).phone(d.phone()).title(d.title())
                .tier(tier).source(d.source()).referredBy(d.referredBy()).referredById(d.referredById()).tags(d.tags()).notes(d.notes());
    }

    /** "active" when the org has it, else its first tier. */
    public static String defaultTier(Tiers known) {
        return known.find(Tiers.DEFAULT_TIER).map(Tier::key).orElse(known.inPriorityOrder().get(0).key());
    }

    /** Every field of a change that cannot apply, named together, before anything is computed or written. */
    private static List<FieldError> problems(ProspectChange c, Prospect current, Tiers known, LocalDate today) {
        List<FieldError> bad = new ArrayList<>();
        String tier = c.values().tier();
        if (c.has("tier") && tier != null && !tier.equals(current.tier()) && known.find(tier).isEmpty()) bad.add(unknownTier(known, tier));
        if (c.snoozeUntil() != null) {
            ProspectStatus status = c.status() != null ? c.status() : current.status();
            if (!status.onCarousel()) {
                bad.add(new FieldError("snoozeUntil", "the prospect is " + status.wire() + ", not on the carousel"));
            } else if (c.snoozeUntil().isBefore(today)) {
                bad.add(new FieldError("snoozeUntil", "must be today (" + today + ") or later"));
            }
        }
        return bad;
    }

    private static FieldError unknownTier(Tiers known, String tier) {
        return new FieldError("tier", "unknown tier '" + tier + "'; known tiers: " + String.join(", ", known.keys()));
    }
}
