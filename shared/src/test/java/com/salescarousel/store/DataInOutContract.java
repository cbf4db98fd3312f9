package com.salescarousel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.calendar.CalendarStore;
import com.salescarousel.erasure.Erasure;
import com.salescarousel.erasure.TraceStore;
import com.salescarousel.id.Ulid;
import com.salescarousel.imports.ImportStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.send.Send;
import com.salescarousel.send.SendStore;
import com.salescarousel.send.Suppressions;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import com.salescarousel.touch.TouchStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stores of issue 11 (imports, calendar feeds, erasure), held to one contract on DynamoDB Local
 * and on the in-memory fakes the fast tier wires, so the two cannot drift.
 */
abstract class DataInOutContract {
    protected static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String REP = "rep-data", OTHER = "rep-other";

    /** The ports on one fresh table; {@code itemsOf} lists a rep's partition as "SK item-text" lines. */
    protected record Ports(ProspectStore prospects, TouchStore touches, SendStore sends, Suppressions suppressions, ImportStore imports,
                           CalendarStore calendars, TraceStore traces, Function<String, List<String>> itemsOf, Planter plant) {}

    /** Puts a bare item under a rep: kinds whose store another feature adds (signals, e-mail guards). */
    protected interface Planter {
        void put(String repId, String sk);
    }

    protected abstract Ports fresh(Clock clock);

    private Ports s;

    @BeforeEach
    void table() {
        s = fresh(new TestClock(NOW));
    }

    private static Prospect prospect(String rep, String name, String email, int n) {
        return Prospect.builder().repId(rep).org("acme").id(Ulid.at(NOW.plusMillis(n))).name(name).email(email).tier("working")
                .createdOn(TODAY).createdAt(NOW).cadenceDueOn(TODAY).version(1).build();
    }

    private static List<String> keys(int from, int to) {
        List<String> k = new ArrayList<>();
        for (int i = from; i < to; i++) k.add("import:" + "%040d".formatted(i) + ":1");
        return k;
    }

    @Test
    void createAll_thenTheSameRowsAgain_createNothingNew() {
        List<Prospect> first = List.of(prospect(REP, "A", "a@x.example", 1), prospect(REP, "B", null, 2));
        assertEquals(List.of(first.get(0).id(), first.get(1).id()), ids(s.imports().createAll(first, keys(0, 2))));
        int items = s.itemsOf().apply(REP).size();
        List<Prospect> again = List.of(prospect(REP, "A", "a@x.example", 3), prospect(REP, "B", null, 4));
        assertEquals(List.of(first.get(0).id(), first.get(1).id()), ids(s.imports().createAll(again, keys(0, 2))), "the first import's ids");
        assertEquals(items, s.itemsOf().apply(REP).size(), "nothing new written");
        assertEquals(Map.of(keys(0, 1).get(0), first.get(0).id()), s.imports().importedRows(REP, keys(0, 1)));
        assertEquals(Map.of(), s.imports().importedRows(OTHER, keys(0, 2)), "another rep's keys are their own");
    }

    /** A dropped connection left rows 40-79 stored: the retry of all 120 (three batches) stores the rest once. */
    @Test
    void createAll_afterAPartialImport_answersEveryRow_inBatches() {
        List<Prospect> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) all.add(prospect(REP, "P" + i, null, i));
        List<String> partial = ids(s.imports().createAll(all.subList(40, 80), keys(40, 80)));
        List<Prospect> retry = new ArrayList<>();
        for (int i = 0; i < 120; i++) retry.add(prospect(REP, "P" + i, null, 1000 + i));
        List<String> ids = ids(s.imports().createAll(retry, keys(0, 120)));
        assertEquals(partial, ids.subList(40, 80));
        assertEquals(retry.get(0).id(), ids.get(0));
        assertEquals(retry.get(119).id(), ids.get(119));
        assertEquals(120, s.prospects().list(REP, new ProspectStore.ProspectFilter(null, null), 500, null).items().size());
    }

    /** A device added the address between the import's look-up and its write: that prospect stands, the row is a duplicate. */
    @Test
    void createAll_anAddressTakenMeanwhile_answersItsHolder_andWritesNothingForIt() {
        Prospect onDevice = prospect(REP, "Ada (phone)", "ada@x.example", 1);
        s.prospects().create(onDevice, null);
        List<Prospect> rows = List.of(prospect(REP, "Ada", "ADA@x.example", 2), prospect(REP, "Bo", "bo@x.example", 3));
        var stored = s.imports().createAll(rows, keys(0, 2));
        assertEquals(List.of(new ImportStore.Stored(onDevice.id(), true), new ImportStore.Stored(rows.get(1).id(), false)), stored);
        assertEquals(2, s.prospects().list(REP, new ProspectStore.ProspectFilter(null, null), 10, null).items().size(), "Ada once, and Bo");
    }

    private static List<String> ids(List<ImportStore.Stored> stored) {
        return stored.stream().map(ImportStore.Stored::id).toList();
    }

    @Test
    void idsByEmail_caseInsensitive_andOnlyTheRepsOwn() {
        Prospect mine = prospect(REP, "Mo", "Mo.Ahmad@Example.COM", 1);
        s.imports().createAll(List.of(mine, prospect(OTHER, "Not mine", "zed@example.com", 2)), keys(0, 2));
        assertEquals(Map.of("mo.ahmad@example.com", mine.id()),
                s.imports().idsByEmail(REP, Set.of("mo.ahmad@example.com", "zed@example.com", "nobody@example.com")));
    }

    @Test
    void calendar_rotate_theOldHashOpensNothing() {
        assertTrue(s.calendars().repFor("h1").isEmpty());
        s.calendars().rotate(REP, "h1");
        assertEquals(REP, s.calendars().repFor("h1").orElseThrow());
        s.calendars().rotate(REP, "h2");
        assertTrue(s.calendars().repFor("h1").isEmpty(), "rotated away");
        assertEquals(REP, s.calendars().repFor("h2").orElseThrow());
        s.calendars().rotate(OTHER, "h3");
        assertEquals(REP, s.calendars().repFor("h2").orElseThrow(), "another rep's feed is separate");
    }

    /** Everything about the person goes; nothing in the rep's partition names them afterwards. */
    @Test
    void erase_leavesNoOrphans_keepsTheReferrersNameOnly_andTheSuppression() {
        Prospect grace = s.prospects().create(prospect(REP, "Grace Hopper", "Grace@Navy.example", 1), "create-key-0001");
        Prospect referred = prospect(REP, "Referred", null, 2).toBuilder().referredById(grace.id()).build();
        s.prospects().create(referred, null);
        Prospect bystander = s.prospects().create(prospect(REP, "Bystander", "by@stander.example", 3), null);
        Touch t = new Touch(REP, grace.id(), Ulid.at(NOW), Channel.CALL, Outcome.REPLIED, "she said yes", NOW, TODAY, "touch-key-0001", NOW);
        Prospect after = grace.toBuilder().lastTouchAt(NOW).lastTouchOn(TODAY).touchCount(1).version(2).build();
        s.touches().record(t, after, WeekTally.of(t, grace), null);
        s.sends().createIfAbsent(Send.auto(REP, grace.id(), "TPL", TODAY, NOW));
        s.sends().createIfAbsent(Send.auto(REP, bystander.id(), "TPL", TODAY, NOW));
        s.plant().put(REP, "SIGNAL#" + grace.id() + "#" + Ulid.at(NOW));
        s.plant().put(REP, Keys.email("grace@navy.example"));
        s.suppressions().optOut("acme", "grace@navy.example");

        new Erasure(s.prospects(), s.traces()).erase(REP, grace.id());

        List<String> left = s.itemsOf().apply(REP);
        for (String item : left) {
            assertFalse(item.contains(grace.id()), "an orphan names the erased prospect: " + item);
            assertFalse(item.toLowerCase(java.util.Locale.ROOT).contains("navy.example"), "an item still holds her address: " + item);
            if (!item.startsWith(Keys.prospect(referred.id()))) assertFalse(item.contains("Grace"), "an item still holds her name: " + item);
            assertFalse(item.startsWith(Keys.email("grace@navy.example")), "the e-mail guard is gone");
        }
        assertTrue(left.stream().anyMatch(i -> i.startsWith(Keys.prospect(bystander.id()))), "others stay: " + left);
        assertTrue(left.stream().anyMatch(i -> i.startsWith("STATS#")), "the week's counters stay (they name nobody)");
        assertTrue(left.stream().anyMatch(i -> i.startsWith(Keys.SEND) && i.contains(bystander.id())), "other sends stay");
        Prospect r = s.prospects().find(REP, referred.id()).orElseThrow();
        assertNull(r.referredById());
        assertEquals("Grace Hopper", r.referredBy(), "the link keeps only the name");
        assertTrue(s.suppressions().isSuppressed("acme", "GRACE@navy.example"), "still suppressed, by the address's hash");
    }
}
