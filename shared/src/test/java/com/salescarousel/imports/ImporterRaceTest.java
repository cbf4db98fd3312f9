package com.salescarousel.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two requests with the same file at once (a retry while the dropped first one still runs): the
 * first commits between the second's address check and its row-key check. The second must still
 * see every address as taken, even one on a later row written in another case.
 */
class ImporterRaceTest {
    private static final RepProfile ADA = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", ZoneId.of("UTC"), 7, true);
    private static final Importer.DraftCheck CHECK = f -> new ProspectDraft((String) f.get("name"), null, (String) f.get("email"),
            null, null, null, null, null, null, null);

    @Test
    void aConcurrentImport_committingMidway_leavesOneProspectPerAddress() {
        var stores = new InMemoryStores();
        var clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));
        String csv = "Name,Email\nAlias First,MO@example.com\nMo Ahmad,mo@example.com\n";
        ContactFile file = CsvContacts.read(csv);
        // The second request's store: right after it checked the addresses, the first request commits.
        ImportStore racing = new ImportStore() {
            @Override
            public Map<String, String> idsByEmail(String repId, Collection<String> emails) {
                Map<String, String> seen = stores.imports().idsByEmail(repId, emails);
                new Importer(stores.imports(), stores.tiers(), clock).run(ADA, file, CHECK, false);
                return seen;
            }

            @Override
            public Map<String, String> importedRows(String repId, Collection<String> keys) {
                return stores.imports().importedRows(repId, keys);
            }

            @Override
            public List<Stored> createAll(List<Prospect> prospects, List<String> keys) {
                return stores.imports().createAll(prospects, keys);
            }
        };
        var second = new Importer(racing, stores.tiers(), clock).run(ADA, file, CHECK, false);
        assertEquals(List.of("duplicate", "duplicate"), second.rows().stream().map(Importer.RowResult::status).toList());
        assertEquals(1, stores.prospects().list("ada", new ProspectStore.ProspectFilter(null, null), 10, null).items().size());
    }
}
