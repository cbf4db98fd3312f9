package com.salescarousel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.NotFound;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectChange;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchEdits;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rep's app on every store back-end (issue 10): one prospect per e-mail address and rep, held by
 * the store; taking a touch back (undo) with its counters, in one transaction; a touch's note edited;
 * today's done count. Same tests on the in-memory fakes, DynamoDB Local and moto.
 */
public abstract class RepAppStoreContract {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 23 November 2026, 09:00 in New York. */
    private static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");
    private static final long DAY = 86_400;

    protected abstract Stores freshStores(Clock clock);

    private Stores stores;
    private ProspectBook book;
    private TouchLog log;
    private TouchEdits edits;
    private final RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", NEW_YORK, 7, true);

    @BeforeEach
    void freshTable() {
        TestClock clock = new TestClock(MONDAY_9AM_NY);
        stores = freshStores(clock);
        book = new ProspectBook(stores.prospects(), stores.tiers(), clock);
        log = new TouchLog(stores.prospects(), stores.touches(), stores.tiers(), clock);
        edits = new TouchEdits(stores.prospects(), stores.touches(), stores.tiers());
    }

    private Prospect add(String name, String email) {
        return book.add(ada, new ProspectDraft(name, null, email, null, null, "active", null, null, null, null), null);
    }

    private Prospect changeEmail(Prospect p, String email) {
        return book.change(ada, p.id(), p.version(), new ProspectChange(Set.of("email"),
                new ProspectDraft(null, null, email, null, null, null, null, null, null, null), null, null));
    }

    private TouchLog.Logged touch(Outcome outcome, Instant at, String id) {
        return log.log(ada, id, new TouchRequest(Channel.CALL, outcome, outcome.wire() + " note", at, null));
    }

    private static Prospect unversioned(Prospect p) {
        return p.toBuilder().version(0).build();
    }

    @Test
    void secondProspectWithTheSameEmail_inAnyCase_is409NamingEmailAndTheFirst_andWritesNothing() {
        Prospect mo = add("Mo Ahmad", "Mo.Ahmad@Example.COM");
        int items = stores.itemsOf("ada");
        Conflict dup = assertThrows(Conflict.class, () -> add("Mo A.", "mo.ahmad@example.com"));
        assertEquals(Conflict.Kind.DUPLICATE, dup.kind());
        assertEquals("email", dup.fields().get(0).name());
        assertEquals(mo.id(), dup.values().get("existingId"));
        assertEquals(items, stores.itemsOf("ada"), "no prospect, no guard, nothing");
        assertEquals(Optional.of(mo.id()), stores.prospects().withEmail("ada", " MO.AHMAD@example.com "));
    }

    @Test
    void aReplayedCreate_withAnEmail_isTheFirstProspect_notADuplicate() {
        var first = book.addOnce(ada, new ProspectDraft("Grace", null, "grace@navy.mil", null, null, null, null, null, null, null), "add-grace-1");
        var again = book.addOnce(ada, new ProspectDraft("Grace", null, "grace@navy.mil", null, null, null, null, null, null, null), "add-grace-1");
        assertEquals(first.prospect().id(), again.prospect().id());
        assertEquals(true, again.replayed());
    }

    @Test
    void changingAnEmail_movesItsHold_andATakenAddressIsRefusedWithNothingWritten() {
        Prospect a = add("Ann", "ann@example.com");
        Prospect b = add("Bea", "bea@example.com");
        Conflict dup = assertThrows(Conflict.class, () -> changeEmail(b, "ANN@example.com"));
        assertEquals(a.id(), dup.values().get("existingId"));
        assertEquals(b, stores.prospects().find("ada", b.id()).orElseThrow(), "Bea unchanged");

        Prospect a2 = changeEmail(a, "ann@new.example");
        assertEquals(Optional.of(a.id()), stores.prospects().withEmail("ada", "ann@new.example"));
        Prospect b2 = changeEmail(b, "ann@example.com");
        assertEquals("ann@example.com", b2.email());
        assertEquals(Optional.of(b.id()), stores.prospects().withEmail("ada", "ann@example.com"));
        assertEquals(Optional.empty(), stores.prospects().withEmail("ada", "bea@example.com"), "Bea's old address is free again");
        assertEquals(a2.version(), stores.prospects().find("ada", a.id()).orElseThrow().version());
    }

    @Test
    void aCaseOnlyChange_keepsTheHold_andClearingTheEmailFreesIt() {
        Prospect a = add("Ann", "ann@example.com");
        Prospect a2 = changeEmail(a, "Ann@Example.com");
        assertEquals(Optional.of(a.id()), stores.prospects().withEmail("ada", "ann@example.com"));
        changeEmail(a2, null);
        assertEquals(Optional.empty(), stores.prospects().withEmail("ada", "ann@example.com"));
        add("Another Ann", "ann@example.com");
    }

    @Test
    void deletingAProspect_freesItsAddress() {
        Prospect a = add("Ann", "ann@example.com");
        book.remove("ada", a.id());
        assertEquals(Optional.empty(), stores.prospects().withEmail("ada", "ann@example.com"));
        Prospect again = add("Ann again", "ANN@example.com");
        assertEquals(Optional.of(again.id()), stores.prospects().withEmail("ada", "ann@example.com"));
    }

    @Test
    void takingBackTheLatestTouch_restoresTheProspectExactly_andItsCounters() {
        Prospect p = add("Grace", null);
        Prospect afterCall = touch(Outcome.NO_ANSWER, MONDAY_9AM_NY.minusSeconds(2 * DAY), p.id()).prospect();
        Map<String, Integer> lastWeek = stores.weekCounters("ada", "2026-W47");
        assertEquals(Map.of("added", 1), stores.weekCounters("ada", "2026-W48"), "Grace was added that week");
        var no = touch(Outcome.NOT_INTERESTED, MONDAY_9AM_NY, p.id());
        assertEquals("nurture", no.prospect().tier(), "not interested: the last tier");
        assertEquals(LocalDate.of(2027, 2, 23), no.prospect().nextDueOn(), "Monday 23 Nov + P3M");

        Prospect undone = edits.takeBack(ada, p.id(), no.touch().id());
        assertEquals(unversioned(afterCall), unversioned(undone));
        assertEquals(afterCall.version() + 2, undone.version());
        assertEquals(undone, stores.prospects().find("ada", p.id()).orElseThrow());
        assertEquals(1, stores.touches().history("ada", p.id(), 10).size());
        Map<String, Integer> counters = new java.util.HashMap<>(stores.weekCounters("ada", "2026-W48"));
        assertEquals(1, counters.remove("added"), "her creation still counts");
        assertEquals(Set.of("touches", "channel_call", "outcome_not_interested", "tier_active", "early", "tierMoves"),
                counters.keySet(), "what the touch added ...");
        assertEquals(Set.of(0), Set.copyOf(counters.values()), "... is taken back");
        assertEquals(lastWeek, stores.weekCounters("ada", "2026-W47"), "the other touch's week is untouched");
        assertThrows(NotFound.class, () -> edits.takeBack(ada, p.id(), no.touch().id()), "gone: taken back once");
    }

    @Test
    void takingBackAnOlderResponse_recountsFromTheTouchesThatRemain() {
        Prospect p = add("Grace", null);
        var reply = touch(Outcome.REPLIED, MONDAY_9AM_NY.minusSeconds(3 * DAY), p.id());
        touch(Outcome.NO_ANSWER, MONDAY_9AM_NY.minusSeconds(2 * DAY), p.id());
        Prospect last = touch(Outcome.LEFT_MESSAGE, MONDAY_9AM_NY, p.id()).prospect();
        assertEquals(2, last.touchesSinceResponse());

        Prospect undone = edits.takeBack(ada, p.id(), reply.touch().id());
        assertEquals(2, undone.touchCount());
        assertEquals(2, undone.touchesSinceResponse(), "no response left: every touch counts");
        assertNull(undone.lastResponseAt());
        assertNull(undone.firstResponseAfter());
        assertEquals(last.lastTouchAt(), undone.lastTouchAt(), "the latest touch stays the latest");
        assertEquals(LocalDate.of(2026, 11, 30), undone.nextDueOn(), "due day untouched: Monday + P7D");
    }

    @Test
    void takingBackTheLatestTouch_afterAnotherChange_recomputesFromTheNewLastTouch() {
        Prospect p = add("Grace", null);
        touch(Outcome.NO_ANSWER, MONDAY_9AM_NY.minusSeconds(9 * DAY), p.id());
        var latest = touch(Outcome.NOT_INTERESTED, MONDAY_9AM_NY, p.id());
        Prospect edited = book.change(ada, p.id(), latest.prospect().version(), new ProspectChange(Set.of("notes"),
                new ProspectDraft(null, null, null, null, null, null, null, null, null, "met at the booth"), null, null));

        Prospect undone = edits.takeBack(ada, p.id(), latest.touch().id());
        assertEquals(1, undone.touchCount());
        assertEquals(LocalDate.of(2026, 11, 14), undone.lastTouchOn(), "Saturday 14th, 09:00 in New York");
        assertEquals("no_answer note", undone.lastTouchNote());
        assertEquals("active", undone.tier(), "the touch's own move to nurture goes back");
        assertEquals(LocalDate.of(2026, 11, 23), undone.nextDueOn(), "Saturday 14th + P7D = Saturday 21st, moved to Monday");
        assertEquals("met at the booth", undone.notes(), "the later edit stays");
        assertEquals(edited.version() + 1, undone.version());
    }

    @Test
    void takingBackTheOnlyTouch_makesTheProspectDueFromItsCreation() {
        Prospect p = add("Grace", null);
        var only = touch(Outcome.NO_ANSWER, MONDAY_9AM_NY, p.id());
        book.change(ada, p.id(), only.prospect().version(), new ProspectChange(Set.of("company"),
                new ProspectDraft(null, "Navy", null, null, null, null, null, null, null, null), null, null));
        Prospect undone = edits.takeBack(ada, p.id(), only.touch().id());
        assertEquals(0, undone.touchCount());
        assertNull(undone.lastTouchAt());
        assertEquals(LocalDate.of(2026, 11, 23), undone.nextDueOn(), "due the day it was created");
        assertEquals(0, undone.touchesSinceResponse());
    }

    @Test
    void editingTheLatestTouchsNote_isTheProspectsLastNote_andUndoStillRestoresExactly() {
        Prospect p = add("Grace", null);
        var t = touch(Outcome.LEFT_MESSAGE, MONDAY_9AM_NY, p.id());
        var edited = edits.editNote(ada, p.id(), t.touch().id(), "call back after the 15th");
        assertEquals("call back after the 15th", edited.touch().note());
        assertEquals("call back after the 15th", edited.prospect().lastTouchNote());
        assertEquals("call back after the 15th", stores.touches().history("ada", p.id(), 1).get(0).note());
        assertEquals(edited.prospect(), stores.prospects().find("ada", p.id()).orElseThrow());

        Prospect undone = edits.takeBack(ada, p.id(), t.touch().id());
        assertEquals(unversioned(p), unversioned(undone), "as before the touch");
    }

    @Test
    void editingAnOlderTouchsNote_leavesTheProspectAlone() {
        Prospect p = add("Grace", null);
        var older = touch(Outcome.NO_ANSWER, MONDAY_9AM_NY.minusSeconds(DAY), p.id());
        Prospect latest = touch(Outcome.NO_ANSWER, MONDAY_9AM_NY, p.id()).prospect();
        var edited = edits.editNote(ada, p.id(), older.touch().id(), null);
        assertNull(edited.touch().note());
        assertEquals(latest, stores.prospects().find("ada", p.id()).orElseThrow());
        assertNull(stores.touches().history("ada", p.id(), 2).get(1).note());
    }

    @Test
    void dueTouchesDoneToday_areCounted_andAnUndoTakesItsOneBack() {
        Prospect a = add("Ann", null);
        Prospect b = add("Bea", null);
        touch(Outcome.NO_ANSWER, MONDAY_9AM_NY, a.id());
        touch(Outcome.NO_ANSWER, MONDAY_9AM_NY.plusSeconds(60), a.id());
        var bs = touch(Outcome.NO_ANSWER, MONDAY_9AM_NY, b.id());
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertEquals(2, stores.touches().dueDoneOn("ada", monday), "Ann's second touch was not due");
        edits.takeBack(ada, b.id(), bs.touch().id());
        assertEquals(1, stores.touches().dueDoneOn("ada", monday));
        assertEquals(0, stores.touches().dueDoneOn("ada", monday.plusDays(1)));
    }
}
