package com.salescarousel.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.agenda.AgendaEntry;
import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Forbidden;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.prospect.DueReason;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.template.Template;
import com.salescarousel.template.Templates;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Plans through their use cases on every store back-end: the plan store, enrolment, touches moving
 * prospects through a plan, and the figures kept as the work happens. Subclasses say which stores:
 * DynamoDB Local and moto through the production adapters, and the in-memory fakes.
 */
public abstract class PlanContract extends PlanFixture {
    private static Enrolments.Request ids(String key, String... ids) {
        return new Enrolments.Request(List.of(ids), null, key);
    }

    private static LocalDate day(String mmdd) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        return LocalDate.of(month >= 11 ? 2026 : 2027, month, Integer.parseInt(mmdd.substring(3)));
    }

    /**
     * The 20/20 plan (day 0 mail, day 7 mail, day 14 call) for 20 prospects over three weeks, with the
     * rep skipping weekends. Each row is a prospect's tier and its touches (day, outcome), each with the
     * day its next step is then due ({@code -> day}), or the plan's end and the day the tier's cadence
     * then asks for ({@code end day}). The slips, replies and weekend touches were drawn at random
     * once; the days were worked out by hand from the rules (next step = touch day + 7, Saturday and
     * Sunday move to Monday; after the plan, active is P7D and working P1M). Enrolled on Monday Nov 23.
     */
    private static final String[] TWENTY_TWENTY = {
        "P01 active  | 11-23 left_message -> 11-30 | 11-30 no_answer -> 12-07 | 12-08 no_answer end 12-15",
        "P02 working | 11-23 replied end 12-23",
        "P03 active  | 11-24 no_answer -> 12-01 | 12-05 no_answer -> 12-14",
        "P04 active  | 11-24 meeting_booked end 12-01",
        "P05 active  | 11-25 left_message -> 12-02 | 12-03 no_answer -> 12-10 | 12-09 no_answer end 12-16",
        "P06 working | 11-27 replied end 12-28",
        "P07 active  | 11-23 left_message -> 11-30 | 12-02 no_answer -> 12-09 | 12-11 meeting_booked end 12-18",
        "P08 working | 11-27 no_answer -> 12-04 | 12-04 left_message -> 12-11 | 12-11 no_answer end 01-11",
        "P09 working | 11-23 left_message -> 11-30 | 11-30 no_answer -> 12-07 | 12-11 no_answer end 01-11",
        "P10 active  | 11-23 no_answer -> 11-30 | 11-30 left_message -> 12-07 | 12-07 replied end 12-14",
        "P11 active  | 11-23 left_message -> 11-30 | 11-30 no_answer -> 12-07 | 12-08 no_answer end 12-15",
        "P12 working | 11-25 no_answer -> 12-02 | 12-07 no_answer -> 12-14",
        "P13 active  | 11-28 no_answer -> 12-07 | 12-07 no_answer -> 12-14",
        "P14 active  | 11-23 no_answer -> 11-30 | 11-30 left_message -> 12-07 | 12-07 meeting_booked end 12-14",
        "P15 active  | 11-27 left_message -> 12-04 | 12-03 replied end 12-10",
        "P16 active  | 11-23 left_message -> 11-30 | 12-04 no_answer -> 12-11",
        "P17 working | 11-24 left_message -> 12-01 | 12-01 no_answer -> 12-08 | 12-11 no_answer end 01-11",
        "P18 active  | 11-24 left_message -> 12-01 | 12-02 left_message -> 12-09 | 12-09 left_message end 12-16",
        "P19 active  | 11-23 replied end 11-30",
        "P20 active  | 11-26 replied end 12-03",
    };

    /** One touch of the table and what it must lead to. */
    private record Step(String prospect, LocalDate day, Outcome outcome, LocalDate expected, boolean ends) {}

    @Test
    void twentyTwentyPlan_threeWeeks_twentyProspects_slipsRepliesAndWeekends() {
        Plan plan = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        Map<String, String> idOf = new LinkedHashMap<>();
        Map<LocalDate, List<Step>> byDay = new TreeMap<>();
        for (String row : TWENTY_TWENTY) {
            String[] parts = row.split("\\|");
            String[] head = parts[0].trim().split("\\s+");
            idOf.put(head[0], prospect(head[0], head[1]).id());
            for (int i = 1; i < parts.length; i++) {
                String[] t = parts[i].trim().split("\\s+");
                Step s = new Step(head[0], day(t[0]), Outcome.fromWire(t[1]).orElseThrow(), day(t[3]), t[2].equals("end"));
                byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s);
            }
        }
        var answer = enrolments.enrol(ada, plan.id(), new Enrolments.Request(List.copyOf(idOf.values()), null, "enrol-20-20-0001"));
        assertEquals(200, answer.status());
        assertEquals(20, answer.count(Enrolments.Outcome.ENROLLED));
        answer.results().forEach(r -> assertEquals(LocalDate.of(2026, 11, 23), r.dueOn()));

        // What the table says each prospect is waiting for: step number and day (null once the plan ended).
        Map<String, int[]> stepOf = new TreeMap<>();
        Map<String, LocalDate> dueOf = new TreeMap<>();
        idOf.keySet().forEach(k -> {
            stepOf.put(k, new int[] {1});
            dueOf.put(k, LocalDate.of(2026, 11, 23));
        });
        String[] channels = {"mail", "mail", "call"};
        for (LocalDate day = LocalDate.of(2026, 11, 23); !day.isAfter(LocalDate.of(2026, 12, 11)); day = day.plusDays(1)) {
            clock.set(day.atTime(8, 0).atZone(NEW_YORK).toInstant());
            // Each morning, Today's plan steps are exactly the prospects whose step the table says is due.
            Map<String, String> expected = new TreeMap<>();
            for (var e : dueOf.entrySet()) {
                if (e.getValue() != null && !e.getValue().isAfter(day)) {
                    int n = stepOf.get(e.getKey())[0];
                    expected.put(idOf.get(e.getKey()), n + " of 3 · " + channels[n - 1]);
                }
            }
            var agenda = agendas.forDay(ada, day);
            Map<String, String> shown = new TreeMap<>();
            for (AgendaEntry entry : concat(agenda.overdue(), agenda.due())) {
                if (entry.reasons().contains(DueReason.PLAN_STEP)) {
                    shown.put(entry.id(), entry.step().index() + " of " + entry.step().of() + " · " + entry.step().channel().wire());
                }
            }
            assertEquals(expected, shown, "plan steps on Today, " + day);
            clock.set(day.atTime(10, 0).atZone(NEW_YORK).toInstant());
            for (Step s : byDay.getOrDefault(day, List.of())) {
                String id = idOf.get(s.prospect());
                Channel channel = Channel.fromWire(channels[stepOf.get(s.prospect())[0] - 1]).orElseThrow();
                Prospect p = log.log(ada, id, new TouchRequest(channel, s.outcome(), null, null, null)).prospect();
                String where = s.prospect() + " after " + s.outcome().wire() + " on " + day;
                if (s.ends()) {
                    assertNull(p.plan(), where);
                    assertEquals(s.expected(), p.nextDueOn(), where + ": the tier's cadence");
                    dueOf.put(s.prospect(), null);
                } else {
                    stepOf.get(s.prospect())[0]++;
                    assertEquals(stepOf.get(s.prospect())[0], p.plan().index() + 1, where);
                    assertEquals(s.expected(), p.plan().dueOn(), where);
                    assertEquals(s.expected(), p.nextDueOn(), where);
                    dueOf.put(s.prospect(), s.expected());
                }
                assertEquals(p, now(id), "what the store holds");
            }
        }
        // Four are still in the plan: step 3, due on the days the table says.
        assertEquals(Map.of("P03", day("12-14"), "P12", day("12-14"), "P13", day("12-14"), "P16", day("12-11")),
                idOf.entrySet().stream().filter(e -> now(e.getValue()).plan() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> now(e.getValue()).plan().dueOn())));
        // The figures, counted as the work happened: 20 enrolled, 16 finished (9 responses, 7 ran to the end).
        Map<String, Long> expected = new TreeMap<>(Map.of("enrolled", 20L, "finished", 16L, "responded", 9L, "completed", 7L,
                "done_1", 20L, "done_2", 14L, "done_3", 10L, "responses_1", 6L, "responses_3", 3L));
        assertEquals(expected, figures(plan));
        PlanFigures f = stores.plans().figures("acme", plan.id());
        assertEquals(4, f.active());
        assertEquals(List.of(new PlanFigures.Step(1, 20, 0, 6), new PlanFigures.Step(2, 14, 0, 0), new PlanFigures.Step(3, 10, 0, 3)),
                f.steps(3));
        assertEquals(0.3, f.steps(3).get(0).responseRate(), 1e-9);
    }

    private static List<AgendaEntry> concat(List<AgendaEntry> a, List<AgendaEntry> b) {
        List<AgendaEntry> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void plans_areTheOrgs_versioned_andOnlyManagersWriteThem() {
        assertThrows(Forbidden.class, () -> plans.create(ada, new Plans.Draft("Mine", twentyTwenty())));
        Plan p = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        assertEquals(1, p.version());
        assertEquals(List.of(p), plans.all("acme"));
        assertEquals(List.of(), plans.all("globex"));
        assertThrows(NotFound.class, () -> plans.get("globex", p.id()));
        RepProfile otherBoss = new RepProfile("gboss", "G", "g@example.com", "globex", "manager", NEW_YORK, 7, true);
        stores.profiles().createIfAbsent(otherBoss);
        assertThrows(NotFound.class, () -> plans.replace(otherBoss, p.id(), 1, new Plans.Draft("Taken", twentyTwenty())));
        assertThrows(Forbidden.class, () -> plans.replace(ada, p.id(), 1, new Plans.Draft("Renamed", twentyTwenty())));
        Plan two = plans.replace(boss, p.id(), 1, new Plans.Draft("20/20 v2", twentyTwenty().subList(0, 2)));
        assertEquals(2, two.version());
        var stale = assertThrows(Conflict.class, () -> plans.replace(boss, p.id(), 1, new Plans.Draft("Again", twentyTwenty())));
        assertEquals(Conflict.Kind.STALE_VERSION, stale.kind());
        assertThrows(VersionConflict.class, () -> stores.plans().put(new Plan("acme", p.id(), "x", twentyTwenty(), false, 2)));
        assertEquals(two, plans.get("acme", p.id()));
        assertThrows(Forbidden.class, () -> plans.retire(ada, p.id()));
        assertTrue(plans.retire(boss, p.id()).retired());
        assertTrue(plans.retire(boss, p.id()).retired(), "retiring twice changes nothing");
        assertEquals(3, plans.get("acme", p.id()).version());
    }

    @Test
    void planSteps_everyBadOneNamedAtOnce_nothingWritten() {
        Template news = new Templates(stores.templates(), clock).create("acme", new Templates.Draft("News", "Hi", "Hi {{prospect.firstName}}", null));
        Template info = new Templates(stores.templates(), clock).create("acme", new Templates.Draft("Info", "Hi", "{{relevantInfo}}", null));
        var bad = assertThrows(Invalid.class, () -> plans.create(boss, new Plans.Draft("Bad", List.of(
                new PlanStep(3, Channel.EMAIL, news.id(), true),
                new PlanStep(1, Channel.MAIL, null, false),
                new PlanStep(5, Channel.CALL, news.id(), true),
                new PlanStep(6, Channel.EMAIL, null, true),
                new PlanStep(7, Channel.EMAIL, "01NOSUCHTEMPLATE000000000X", false),
                new PlanStep(8, Channel.EMAIL, info.id(), true),
                new PlanStep(400, Channel.CALL, null, false)))));
        assertEquals(Set.of("steps[1].offsetDays", "steps[2].channel", "steps[3].templateId", "steps[4].templateId",
                "steps[5].templateId", "steps[6].offsetDays"), bad.fields().stream().map(FieldError::name).collect(Collectors.toSet()));
        List<PlanStep> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) many.add(new PlanStep(i, Channel.CALL, null, false));
        assertThrows(Invalid.class, () -> plans.create(boss, new Plans.Draft("Long", many)));
        assertEquals(List.of(), plans.all("acme"));
        assertEquals(2, plans.create(boss, new Plans.Draft("Auto", List.of(new PlanStep(0, Channel.EMAIL, news.id(), true),
                new PlanStep(0, Channel.CALL, null, false)))).steps().size(), "a good one, two steps on day 0");
    }

    @Test
    void enrolling_aProspectInAnotherPlan_is409ForIt_andWritesNothingForIt() {
        Plan a = plans.create(boss, new Plans.Draft("A", twentyTwenty()));
        Plan b = plans.create(boss, new Plans.Draft("B", twentyTwenty()));
        Prospect ann = prospect("Ann", "active");
        Prospect ben = prospect("Ben", "active");
        assertEquals(200, enrolments.enrol(ada, a.id(), ids(null, ann.id())).status());
        Prospect annInA = now(ann.id());

        var alone = enrolments.enrol(ada, b.id(), ids(null, ann.id()));
        assertEquals(409, alone.status());
        assertEquals(new Enrolments.Result(ann.id(), Enrolments.Outcome.IN_ANOTHER_PLAN, annInA.plan().dueOn(), a.id()), alone.results().get(0));
        assertEquals(annInA, now(ann.id()), "nothing written");

        var both = enrolments.enrol(ada, b.id(), ids(null, ann.id(), ben.id(), "01NOSUCHPROSPECT0000000000"));
        assertEquals(200, both.status(), "someone was enrolled: the batch answers per prospect");
        assertEquals(List.of(Enrolments.Outcome.IN_ANOTHER_PLAN, Enrolments.Outcome.ENROLLED, Enrolments.Outcome.NOT_FOUND),
                both.results().stream().map(Enrolments.Result::outcome).toList());
        assertEquals(b.id(), now(ben.id()).plan().planId());
        assertEquals(Enrolments.Outcome.ALREADY_ENROLLED, enrolments.enrol(ada, b.id(), ids(null, ben.id())).results().get(0).outcome());
        assertEquals(Map.of("enrolled", 1L), figures(b));
        assertEquals(404, enrolments.enrol(ada, b.id(), ids(null, "01NOSUCHPROSPECT0000000000")).status());
        assertThrows(NotFound.class, () -> enrolments.enrol(new RepProfile("gg", "G", null, "globex", "rep", NEW_YORK, 7, true), b.id(),
                ids(null, ben.id())), "another org's plan");
    }

    @Test
    void enrolling_twiceWithTheSameKey_enrolsNobodyTwice_evenAfterThePlanEnded() {
        Plan plan = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        Prospect ann = prospect("Ann", "active");
        Prospect ben = prospect("Ben", "active");
        var first = enrolments.enrol(ada, plan.id(), ids("phone-key-0001", ann.id(), ben.id()));
        assertEquals(2, first.count(Enrolments.Outcome.ENROLLED));
        log.log(ada, ann.id(), new TouchRequest(Channel.CALL, Outcome.REPLIED, null, null, null));
        assertNull(now(ann.id()).plan());
        var again = enrolments.enrol(ada, plan.id(), ids("phone-key-0001", ann.id(), ben.id()));
        assertEquals(2, again.count(Enrolments.Outcome.ENROLLED), "the first answer again");
        assertNull(now(ann.id()).plan(), "Ann's plan ended and stays ended");
        assertEquals(Map.of("enrolled", 2L, "done_1", 1L, "responses_1", 1L, "responded", 1L, "finished", 1L), figures(plan));
        Plan other = plans.create(boss, new Plans.Draft("Other", twentyTwenty()));
        var reused = assertThrows(Invalid.class, () -> enrolments.enrol(ada, other.id(), ids("phone-key-0001", ann.id())));
        assertEquals("idempotencyKey", reused.fields().get(0).name());
    }

    @Test
    void enrolling_byTag_takesTheTaggedOnTheCarousel_andARetiredPlanTakesNoOne() {
        Plan plan = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        Prospect ann = prospect("Ann", "active", "2020");
        Prospect ben = prospect("Ben", "working", "2020", "cfo");
        Prospect cy = prospect("Cy", "active", "2020");
        prospect("Di", "active", "other");
        book.change(ada, cy.id(), 1, new com.salescarousel.prospect.ProspectChange(Set.of(), new ProspectDraft(null, null, null, null,
                null, null, null, null, null, null), ProspectStatus.ARCHIVED, null));
        var answer = enrolments.enrol(ada, plan.id(), new Enrolments.Request(null, "2020", null));
        assertEquals(Set.of(ann.id(), ben.id()), answer.results().stream().map(Enrolments.Result::prospectId).collect(Collectors.toSet()));
        assertEquals(2, enrolments.enrol(ada, plan.id(), new Enrolments.Request(null, "2020", null))
                .count(Enrolments.Outcome.ALREADY_ENROLLED), "the tagged are in the plan already");

        plans.retire(boss, plan.id());
        var refused = assertThrows(Conflict.class, () -> enrolments.enrol(ada, plan.id(), ids(null, cy.id())));
        assertEquals(Conflict.Kind.STATE, refused.kind());
        // The running enrolments go on: a touch still moves Ann to step 2.
        Prospect moved = log.log(ada, ann.id(), new TouchRequest(Channel.MAIL, Outcome.NO_ANSWER, null, null, null)).prospect();
        assertEquals(1, moved.plan().index());
        assertEquals(LocalDate.of(2026, 11, 30), moved.plan().dueOn());
    }

    @Test
    void aTouch_countsItsStepInItsOwnTransaction_andAReplayCountsNothing() {
        Plan plan = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        Prospect ann = prospect("Ann", "active");
        enrolments.enrol(ada, plan.id(), ids(null, ann.id()));
        var touch = new TouchRequest(Channel.MAIL, Outcome.LEFT_MESSAGE, null, null, "touch-key-0001");
        log.log(ada, ann.id(), touch);
        assertTrue(log.log(ada, ann.id(), touch).replayed());
        assertEquals(Map.of("enrolled", 1L, "done_1", 1L), figures(plan));
        assertEquals(1, now(ann.id()).plan().index());
    }

    @Test
    void aProspectWrite_onAStaleVersion_writesNeitherItNorTheCount() {
        Plan plan = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        Prospect ann = prospect("Ann", "active");
        Prospect stale = PlanProgress.enrolled(ann, plan, LocalDate.of(2026, 11, 23), ada.workingDays(), "E1").toBuilder().version(5).build();
        assertThrows(VersionConflict.class, () -> stores.plans().moveProspect(stale, PlanProgress.enrolment(stale), "k-0001@x", "PLAN#x"));
        assertEquals(ann, now(ann.id()));
        assertEquals(Map.of(), figures(plan));
        assertTrue(stores.plans().guarded("ada", "k-0001@x").isEmpty(), "the guard went with the rest");
    }

    @Test
    void skippingAStep_movesThePlan_finishesTheSend_andCounts_together() {
        Plan plan = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        Prospect ann = prospect("Ann", "active");
        enrolments.enrol(ada, plan.id(), ids(null, ann.id()));
        Prospect p = now(ann.id());
        Send send = new Send("ada", "STEP-x-1", Send.Kind.TOUCH, ann.id(), "T1", null, p.plan().dueOn(), Send.Status.QUEUED, 0, null,
                null, null, null, clock.instant(), clock.instant());
        stores.sends().createIfAbsent(send);
        var moved = PlanProgress.skipped(p, p.plan().dueOn(), java.time.Period.ofDays(7), ada.workingDays());
        Prospect after = moved.prospect().toBuilder().version(p.version() + 1).build();
        assertThrows(IllegalStateException.class, () -> stores.plans().skipStep(after, moved.tally(), send.id(), "why", clock.instant()),
                "only a send being sent is finished so");
        assertEquals(p, now(ann.id()));
        stores.sends().claim("ada", send.id(), clock.instant(), clock.instant().plusSeconds(60));
        stores.plans().skipStep(after, moved.tally(), send.id(), "address unsubscribed; step 1 of 3 skipped", clock.instant());
        Send done = stores.sends().find("ada", send.id()).orElseThrow();
        assertEquals(Send.Status.SUPPRESSED, done.status());
        assertEquals("address unsubscribed; step 1 of 3 skipped", done.detail());
        assertEquals(1, now(ann.id()).plan().index());
        assertEquals(Map.of("enrolled", 1L, "skipped_1", 1L), figures(plan));
    }

    @Test
    void withdrawing_endsThePlan_countsIt_andAProspectNotInItIs404() {
        Plan plan = plans.create(boss, new Plans.Draft("20/20", twentyTwenty()));
        Prospect ann = prospect("Ann", "active");
        enrolments.enrol(ada, plan.id(), ids(null, ann.id()));
        Prospect out = enrolments.withdraw(ada, plan.id(), ann.id());
        assertNull(out.plan());
        assertEquals(out, now(ann.id()));
        assertEquals(LocalDate.of(2026, 11, 30), out.nextDueOn(), "the cadence from creation, as after a tier move");
        assertThrows(NotFound.class, () -> enrolments.withdraw(ada, plan.id(), ann.id()));
        assertEquals(Map.of("enrolled", 1L, "withdrawn", 1L, "finished", 1L), figures(plan));
    }
}
