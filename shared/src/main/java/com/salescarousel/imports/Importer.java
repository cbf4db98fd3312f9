package com.salescarousel.imports;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.rep.RepProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/**
 * Imports a file's contacts (DESIGN 7.5). Every row is answered: {@code created}, {@code duplicate}
 * (the address is already one of the rep's prospects, appears on an earlier row, or the row was
 * imported before) or {@code error} with each bad field named as the API names it. A dry run
 * writes nothing; a real run writes the good rows in batches, each guarded by a key derived from
 * its content, so sending the same file again creates nothing new.
 */
public final class Importer {
    public static final String CREATED = "created", DUPLICATE = "duplicate", ERROR = "error";

    /** The API's own checks of a prospect's fields, as for {@code POST /api/prospects}; throws {@link Invalid}. */
    @FunctionalInterface
    public interface DraftCheck {
        ProspectDraft check(Map<String, Object> fields);
    }

    /**
     * One row's answer: the name it goes by (for the app's preview), {@code id} the prospect made or
     * already there, {@code duplicateOfRow} an earlier row with the same address.
     */
    public record RowResult(int row, String status, String name, String id, List<FieldError> errors, Integer duplicateOfRow) {}

    public record Report(boolean dryRun, int created, int duplicates, int errors, List<RowResult> rows, List<String> ignoredColumns) {}

    private final ImportStore store;
    private final TierStore tiers;
    private final Clock clock;

    @Inject
    public Importer(ImportStore store, TierStore tiers, Clock clock) {
        this.store = store;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** A row that passed every check, with its key. */
    private record Good(ContactRow row, ProspectDraft draft, LocalDate lastContacted, String key) {
        String name() {
            return draft.name();
        }
    }

    public Report run(RepProfile rep, ContactFile file, DraftCheck check, boolean dryRun) {
        Tiers known = tiers.of(rep.org());
        Instant now = clock.instant();
        LocalDate today = Cadence.localDay(now, rep.timeZone());
        Map<Integer, RowResult> answers = new HashMap<>();
        List<Good> good = checked(file, check, known, today, answers);
        Sorted sorted = sort(rep, good, answers);
        List<ImportStore.Stored> stored = dryRun ? null
                : store.createAll(prospects(rep, sorted.fresh(), known, now, today), sorted.fresh().stream().map(Good::key).toList());
        Map<Integer, String> idByRow = new HashMap<>();
        for (int i = 0; i < sorted.fresh().size(); i++) {
            Good g = sorted.fresh().get(i);
            ImportStore.Stored s = stored == null ? null : stored.get(i);
            if (s != null) idByRow.put(g.row().row(), s.id());
            // An address another device took meanwhile: that prospect stands, this row made nothing.
            String status = s != null && s.duplicate() ? DUPLICATE : CREATED;
            answers.put(g.row().row(), new RowResult(g.row().row(), status, g.name(), s == null ? null : s.id(), null, null));
        }
        for (Good g : sorted.sameAsEarlierRow()) {
            int first = sorted.firstWithEmail().get(lower(g.draft().email())).row().row();
            answers.put(g.row().row(), new RowResult(g.row().row(), DUPLICATE, g.name(), idByRow.get(first), null, first));
        }
        List<RowResult> rows = file.rows().stream().map(r -> answers.get(r.row())).toList();
        int created = (int) rows.stream().filter(r -> r.status().equals(CREATED)).count();
        int duplicates = (int) rows.stream().filter(r -> r.status().equals(DUPLICATE)).count();
        return new Report(dryRun, created, duplicates, rows.size() - created - duplicates, rows, file.ignoredColumns());
    }

    /** Every row through the API's own checks, the tier and the last-contacted day; errors answered at once. */
    private static List<Good> checked(ContactFile file, DraftCheck check, Tiers known, LocalDate today, Map<Integer, RowResult> answers) {
        RowKeys keys = new RowKeys();
        List<Good> good = new ArrayList<>();
        for (ContactRow row : file.rows()) {
            List<FieldError> errors = new ArrayList<>(row.problems());
            ProspectDraft draft = null;
            Map<String, Object> fields = RowFields.of(row, known);
            try {
                draft = check.check(fields);
            } catch (Invalid e) {
                errors.addAll(e.fields());
            }
            if (fields.get("tier") instanceof String tier && known.find(tier).isEmpty() && errors.stream().noneMatch(e -> e.name().equals("tier"))) {
                errors.add(new FieldError("tier", "unknown tier '" + tier + "'; known tiers: " + String.join(", ", known.keys())));
            }
            LocalDate lastContacted = null;
            if (row.get(Columns.LAST_CONTACTED) != null) {
                try {
                    lastContacted = LastContacted.parse(row.get(Columns.LAST_CONTACTED), today);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("lastContacted", e.getMessage()));
                }
            }
            if (errors.isEmpty()) good.add(new Good(row, draft, lastContacted, keys.next(draft, lastContacted)));
            else answers.put(row.row(), new RowResult(row.row(), ERROR, (String) fields.get("name"), null, List.copyOf(errors), null));
        }
        return good;
    }

    /** The good rows sorted: new ones, and those whose address is taken by an earlier row of the file. */
    private record Sorted(List<Good> fresh, List<Good> sameAsEarlierRow, Map<String, Good> firstWithEmail) {}

    /**
     * Rows already there are answered as duplicates: by address (the rep's prospects, case-insensitive)
     * or by row key (imported before). The one place an import asks whether an address is taken.
     */
    private Sorted sort(RepProfile rep, List<Good> good, Map<Integer, RowResult> answers) {
        Set<String> emails = new LinkedHashSet<>();
        good.forEach(g -> { if (g.draft().email() != null) emails.add(lower(g.draft().email())); });
        Map<String, String> taken = new HashMap<>(emails.isEmpty() ? Map.of() : store.idsByEmail(rep.repId(), emails));
        Map<String, String> imported = good.isEmpty() ? Map.of() : store.importedRows(rep.repId(), good.stream().map(Good::key).toList());
        // A row imported before (maybe by a request still running) takes its address, wherever it is in the file.
        for (Good g : good) {
            if (g.draft().email() != null && imported.containsKey(g.key())) taken.putIfAbsent(lower(g.draft().email()), imported.get(g.key()));
        }
        Sorted out = new Sorted(new ArrayList<>(), new ArrayList<>(), new HashMap<>());
        for (Good g : good) {
            String email = g.draft().email() == null ? null : lower(g.draft().email());
            String already = email != null && taken.containsKey(email) ? taken.get(email) : imported.get(g.key());
            if (already != null) {
                answers.put(g.row().row(), new RowResult(g.row().row(), DUPLICATE, g.name(), already, null, null));
            } else if (email != null && out.firstWithEmail().containsKey(email)) {
                out.sameAsEarlierRow().add(g);
            } else {
                if (email != null) out.firstWithEmail().put(email, g);
                out.fresh().add(g);
            }
        }
        return out;
    }

    /**
     * New prospects due as the cadence says from their last contact (never before today: they were
     * not on the carousel to be missed), or today when there was none. Ids follow the file's order.
     */
    private static List<Prospect> prospects(RepProfile rep, List<Good> rows, Tiers known, Instant now, LocalDate today) {
        List<Prospect> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Good g = rows.get(i);
            String tierKey = g.draft().tier() == null ? ProspectBook.defaultTier(known) : g.draft().tier();
            Prospect.Builder b = Carousel.entering(ProspectBook.newProspect(rep, g.draft(), tierKey, now)
                    .id(Ulid.at(now.plusMillis(i))), today);
            if (g.lastContacted() != null) {
                Tier tier = known.of(tierKey);
                LocalDate due = Cadence.nextDue(g.lastContacted(), tier.cadence(), rep.workingDays());
                b.lastTouchOn(g.lastContacted()).lastTouchAt(g.lastContacted().atStartOfDay(rep.timeZone()).toInstant())
                        .lastContactedOn(g.lastContacted()).cadenceDueOn(due.isBefore(today) ? today : due);
            }
            out.add(b.build());
        }
        return out;
    }

    private static String lower(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
