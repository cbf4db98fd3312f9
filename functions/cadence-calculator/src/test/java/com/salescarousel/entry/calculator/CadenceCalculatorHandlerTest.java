package com.salescarousel.entry.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.ops.Measure;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.Send;
import com.salescarousel.template.Template;
import com.salescarousel.testing.EventFiles;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.RecordingSendQueue;
import com.salescarousel.testing.memory.RecordingSendQueue.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hourly run's fast tier: {@link CadenceCalculatorHandler} on the schedule's event JSON, wired
 * by a test component to the in-memory stores and a recording queue. Ada (New York) and Bob (London)
 * both want their digest at 07:00 local time; on Wednesday 25 November 2026 that is 12:00 UTC for
 * Ada and 07:00 UTC for Bob. Their prospects were added on Monday, so they are overdue by then.
 */
class CadenceCalculatorHandlerTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T15:00:00Z");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    /** What template.yaml's schedule sends: {@code {"time": "<aws.scheduler.scheduled-time>"}}. */
    private static final String ADAS_HOUR = "events/scheduler-input-2026-11-25T12.json";
    /** The same hour as an EventBridge rule's "Scheduled Event", which also carries {@code time}. */
    private static final String BOBS_HOUR = "events/scheduled-event-2026-11-25T07.json";

    private final RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", ZoneId.of("America/New_York"), 7, true);
    private final RepProfile bob = new RepProfile("bob", "Bob", "bob@example.com", "acme", "rep", ZoneId.of("Europe/London"), 7, true);
    /** Also at 07:00 in New York, with nothing due: no digest for an empty carousel. */
    private final RepProfile cy = new RepProfile("cy", "Cy", "cy@example.com", "acme", "rep", ZoneId.of("America/New_York"), 7, true);

    private InMemoryStores stores;
    private RecordingSendQueue queue;
    private TestClock clock;
    private CadenceCalculatorHandler handler;
    private Prospect grace;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        queue = new RecordingSendQueue();
        clock = new TestClock(MONDAY);
        handler = new CadenceCalculatorHandler(DaggerInMemoryCadenceCalculatorComponent.factory().create(stores, queue, clock));
        List.of(ada, bob, cy).forEach(stores.profiles()::put);
        grace = add(ada, "Grace Hopper", "grace@navy.example", "working");
        add(ada, "Linus Torvalds", null, "working");
        add(ada, "Ken Thompson", "ken@bell.example", "active");
        add(bob, "Barbara Liskov", "barbara@mit.example", "active");
    }

    private Prospect add(RepProfile rep, String name, String email, String tier) {
        return new ProspectBook(stores.prospects(), stores.tiers(), clock)
                .add(rep, new ProspectDraft(name, null, email, null, null, tier, null, null, null, null), null);
    }

    private Map<String, Object> run(String event, Instant now) {
        clock.set(now);
        return handler.handleRequest(EventFiles.map(event, Map.of()), null);
    }

    private static int count(Map<String, Object> result, String field) {
        return ((Number) result.get(field)).intValue();
    }

    @Test
    void hourlyRun_queuesADigestForEachRepWhoseMorningItIs_andNobodyElse() {
        var result = run(ADAS_HOUR, Instant.parse("2026-11-25T12:00:02Z"));
        assertEquals("2026-11-25T12:00:00Z", result.get("runStart"));
        assertEquals(2, count(result, "reps"), "Ada and Cy: 07:00 in New York");
        assertEquals(1, count(result, "digestsQueued"), "Cy has nothing due");
        assertEquals(0, count(result, "touchesQueued"));
        assertEquals(List.of(new Message("ada", "DIGEST-2026-11-25")), queue.messages());
        Send digest = stores.sends().find("ada", "DIGEST-2026-11-25").orElseThrow();
        assertEquals(Send.Kind.DIGEST, digest.kind());
        assertEquals(WEDNESDAY, digest.date());
        assertEquals(Send.Status.QUEUED, digest.status());
        assertEquals(List.of(), stores.sends().recent("bob", 10), "12:00 in London is not Bob's morning");
        assertEquals(1, stores.metrics().published().size(), "one publication per run");
        assertEquals("cadence-calculator", stores.metrics().published().get(0).service());
        assertEquals(1, stores.metrics().total(Measure.DIGESTS_QUEUED), "Ada's digest");
        assertEquals(List.of(), stores.sends().recent("cy", 10));
    }

    @Test
    void hourlyRun_inEventBridgeRuleShape_queuesBobsDigestAtHisHour() {
        var result = run(BOBS_HOUR, Instant.parse("2026-11-25T07:00:01Z"));
        assertEquals(1, count(result, "reps"));
        assertEquals(List.of(new Message("bob", "DIGEST-2026-11-25")), queue.messages());
        assertEquals(List.of(), stores.sends().recent("ada", 10), "02:00 in New York");
    }

    @Test
    void aRetriedInvocation_worksOnTheHourItWasMeantFor() {
        // The scheduler retried for 40 minutes into the next hour; the event still names 12:00.
        var result = run(ADAS_HOUR, Instant.parse("2026-11-25T13:40:00Z"));
        assertEquals("2026-11-25T12:00:00Z", result.get("runStart"));
        assertEquals(List.of(new Message("ada", "DIGEST-2026-11-25")), queue.messages());
    }

    @Test
    void aSecondRunOfTheSameHour_queuesNothingNew() {
        run(ADAS_HOUR, Instant.parse("2026-11-25T12:00:02Z"));
        var again = run(ADAS_HOUR, Instant.parse("2026-11-25T12:20:00Z"));
        assertEquals(0, count(again, "digestsQueued") + count(again, "touchesQueued"));
        assertEquals(1, count(again, "alreadyQueued"));
        assertEquals(1, stores.sends().recent("ada", 10).size(), "still one digest record");
        assertEquals(1, stores.metrics().total(Measure.DIGESTS_QUEUED), "the second run queued nothing new");
        // Still QUEUED, so the first run may have died before queueing it: it is queued again, and
        // the sender drops whichever message comes second.
        assertEquals(List.of("DIGEST-2026-11-25", "DIGEST-2026-11-25"), queue.sendIds());

        var sends = stores.sends();
        Instant sentAt = Instant.parse("2026-11-25T12:21:00Z");
        sends.claim("ada", "DIGEST-2026-11-25", sentAt, sentAt.plusSeconds(120));
        sends.finish("ada", "DIGEST-2026-11-25", Send.Status.SENT, "ses-1", null, sentAt);
        var afterSending = run(ADAS_HOUR, Instant.parse("2026-11-25T12:40:00Z"));
        assertEquals(1, count(afterSending, "alreadyQueued"));
        assertEquals(2, queue.messages().size(), "a sent digest is never queued again");
    }

    @Test
    void anAutoSendTier_queuesItsDueProspectsWithAnAddress() {
        var template = new Template("acme", "01KB0000000000000000000007", "Monthly", "News", "Hi {{prospect.firstName}}", null, 1);
        stores.templates().put(template);
        stores.tiers().put("acme", new Tiers(List.of(new Tier("active", "Active", Period.ofDays(7), null),
                new Tier("working", "Working", Period.ofMonths(1), template.id()),
                new Tier("nurture", "Nurture", Period.ofMonths(3), null))));
        var result = run(ADAS_HOUR, Instant.parse("2026-11-25T12:00:02Z"));
        assertEquals(1, count(result, "digestsQueued"));
        assertEquals(1, count(result, "touchesQueued"), "Grace: working, with an address; Linus has none, Ken is active");
        String auto = "AUTO-2026-11-25-" + grace.id();
        assertEquals(List.of("DIGEST-2026-11-25", auto), queue.sendIds());
        Send touch = stores.sends().find("ada", auto).orElseThrow();
        assertEquals(Send.Kind.TOUCH, touch.kind());
        assertEquals(grace.id(), touch.prospectId());
        assertEquals(template.id(), touch.templateId());
    }
}
