package com.salescarousel.testing.memory;

import com.salescarousel.prospect.EmailGuard;
import com.salescarousel.prospect.EmailTaken;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prospects as {@code DynamoDbProspectStore} keeps them: {@code REP#<rep>} / {@code PROSPECT#<id>},
 * replaced only on the expected version, one prospect per e-mail address and rep (the adapter's
 * guard items), and a due index that holds only prospects on the carousel,
 * ordered by its key {@code DUE#<day>#<id>}.
 */
public final class InMemoryProspectStore implements ProspectStore {
    private final MemoryTable table;
    private final MemoryIdempotency idempotency;

    InMemoryProspectStore(MemoryTable table, MemoryIdempotency idempotency) {
        this.table = table;
        this.idempotency = idempotency;
    }

    @Override
    public Prospect create(Prospect p, String idempotencyKey) {
        return table.atomically(() -> {
            Optional<String> first = idempotency.previous(p.repId(), idempotencyKey);
            if (first.isPresent()) {
                // As the adapter: a key that guarded a touch, or a prospect deleted since, is no replay.
                return (first.get().startsWith(Keys.PROSPECT) ? find(p.repId(), Keys.after(first.get(), Keys.PROSPECT)) : Optional.<Prospect>empty())
                        .orElseThrow(() -> new IdempotencyKeyReused(idempotencyKey));
            }
            // DynamoDB cancels the transaction on attribute_not_exists(PK): a clashing id is a bug, not a retry.
            if (table.get(Keys.rep(p.repId()), Keys.prospect(p.id()), Prospect.class) != null) {
                throw new IllegalStateException("prospect " + p.id() + " exists already");
            }
            claim(p);
            table.put(Keys.rep(p.repId()), Keys.prospect(p.id()), p);
            if (p.createdOn() != null) MemoryWeeks.add(table, p.repId(), WeekTally.added(p.createdOn()));
            idempotency.remember(p.repId(), idempotencyKey, Keys.prospect(p.id()));
            return p;
        });
    }

    @Override
    public Optional<Prospect> find(String repId, String id) {
        return Optional.ofNullable(table.get(Keys.rep(repId), Keys.prospect(id), Prospect.class));
    }

    @Override
    public void replace(Prospect updated) {
        table.atomically(() -> {
            requireVersion(updated);
            table.put(Keys.rep(updated.repId()), Keys.prospect(updated.id()), updated);
            return null;
        });
    }

    @Override
    public void replace(Prospect before, Prospect updated, WeekTally tally) {
        replaceTogether(before, List.of(updated), List.of(), tally);
    }

    @Override
    public Optional<String> withEmail(String repId, String email) {
        return Optional.ofNullable(table.get(Keys.rep(repId), Keys.email(email), Holder.class)).map(Holder::prospectId);
    }

    /** The adapter's guard item {@code REP#<rep>} / {@code EMAIL#<hash>}: which prospect has the address. */
    record Holder(String prospectId) {}

    private void claim(Prospect p) {
        if (p.email() == null) return;
        withEmail(p.repId(), p.email()).filter(id -> !id.equals(p.id())).ifPresent(id -> {
            throw new EmailTaken(id);
        });
        table.put(Keys.rep(p.repId()), Keys.email(p.email()), new Holder(p.id()));
    }

    private void release(Prospect p) {
        if (p.email() != null && withEmail(p.repId(), p.email()).map(p.id()::equals).orElse(false)) {
            table.remove(Keys.rep(p.repId()), Keys.email(p.email()));
        }
    }

    /** The condition every prospect write carries: the stored version is the one before; a missing item fails it. */
    void requireVersion(Prospect updated) {
        Prospect current = table.get(Keys.rep(updated.repId()), Keys.prospect(updated.id()), Prospect.class);
        if (current == null || current.version() != updated.version() - 1) {
            throw new VersionConflict("prospect " + updated.id());
        }
    }

    @Override
    public boolean delete(String repId, String id) {
        return table.atomically(() -> {
            Prospect p = find(repId, id).orElse(null);
            if (p == null) return false;
            release(p);
            table.remove(Keys.rep(repId), Keys.prospect(id));
            for (String sk : table.keysStartingWith(Keys.rep(repId), Keys.touchesOf(id))) table.remove(Keys.rep(repId), sk);
            return true;
        });
    }

    @Override
    public Page list(String repId, ProspectFilter filter, int limit, String afterId) {
        return table.atomically(() -> {
            List<Prospect> all = table.startingWith(Keys.rep(repId), Keys.PROSPECT, Prospect.class);
            List<Prospect> items = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Prospect p = all.get(i);
                if (afterId != null && Keys.prospect(p.id()).compareTo(Keys.prospect(afterId)) <= 0) continue;
                if (!matches(p, filter)) continue;
                items.add(p);
                // As the adapter: a cursor whenever the key range goes on, even if nothing after it matches.
                if (items.size() == limit) return new Page(items, i < all.size() - 1 ? p.id() : null);
            }
            return new Page(items, null);
        });
    }

    private static boolean matches(Prospect p, ProspectFilter f) {
        if (f.tier() != null && !f.tier().equals(p.tier())) return false;
        if (f.text() == null || f.text().isBlank()) return true;
        String search = Stream.of(p.name(), p.company(), p.email()).filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT)).reduce((a, b) -> a + "\n" + b).orElse("");
        return search.contains(f.text().trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Prospect> dueOnOrBefore(String repId, LocalDate day) {
        String from = Keys.DUE, to = Keys.dueUpTo(day);
        return table.startingWith(Keys.rep(repId), Keys.PROSPECT, Prospect.class).stream()
                .filter(Prospect::onCarousel)
                .filter(p -> dueKey(p).compareTo(from) >= 0 && dueKey(p).compareTo(to) <= 0)
                .sorted(Comparator.comparing(InMemoryProspectStore::dueKey))
                .toList();
    }

    /** As the referral index (GSI3): referred prospects under {@code REF#<referrer>#<id>}, other won ones under {@code WON#<id>}. */
    @Override
    public List<Prospect> referredBy(String repId, String referrerId) {
        return referralIndex(repId).stream().filter(p -> referrerId.equals(p.referredById())).toList();
    }

    @Override
    public List<Prospect> referralIndex(String repId) {
        return table.startingWith(Keys.rep(repId), Keys.PROSPECT, Prospect.class).stream()
                .filter(p -> referralKey(p) != null)
                .sorted(Comparator.comparing(InMemoryProspectStore::referralKey))
                .toList();
    }

    private static String referralKey(Prospect p) {
        if (p.referredById() != null) return Keys.referred(p.referredById(), p.id());
        return p.status() == ProspectStatus.WON ? Keys.won(p.id()) : null;
    }

    @Override
    public List<Prospect> withStatus(String repId, ProspectStatus status) {
        return table.startingWith(Keys.rep(repId), Keys.PROSPECT, Prospect.class).stream().filter(p -> p.status() == status).toList();
    }

    @Override
    public void replaceTogether(Prospect before, List<Prospect> updated, List<Prospect> unchanged, WeekTally tally) {
        table.atomically(() -> {
            updated.forEach(this::requireVersion);
            for (Prospect p : unchanged) {
                Prospect current = table.get(Keys.rep(p.repId()), Keys.prospect(p.id()), Prospect.class);
                if (current == null || current.version() != p.version()) throw new VersionConflict("prospect " + p.id());
            }
            Prospect first = updated.get(0);
            if (!EmailGuard.sameAddress(before.email(), first.email())) {
                if (first.email() != null) claim(first);
                release(before);
            }
            for (Prospect p : updated) table.put(Keys.rep(p.repId()), Keys.prospect(p.id()), p);
            if (tally != null) MemoryWeeks.add(table, first.repId(), tally);
            return null;
        });
    }

    private static String dueKey(Prospect p) {
        return Keys.due(p.nextDueOn(), p.id());
    }

    /** Whether the prospect has an entry in the (sparse) due index. */
    boolean inDueIndex(String repId, String id) {
        return find(repId, id).map(Prospect::onCarousel).orElse(false);
    }
}
