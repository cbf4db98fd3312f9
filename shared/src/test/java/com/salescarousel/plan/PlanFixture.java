package com.salescarousel.plan;


import com.salescarousel.agenda.Agendas;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.TouchLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;

/** What the plan tests share: a rep and a manager of one org on fresh stores, and the use cases on them. */
public abstract class PlanFixture {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 2026-11-23, 09:00 in New York. */
    static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");

    /** Every store port of the back-end under test, on a fresh, empty table. */
    protected abstract Stores freshStores(Clock clock);

    protected Stores stores;
    protected TestClock clock;
    protected Plans plans;
    protected Enrolments enrolments;
    protected TouchLog log;
    protected ProspectBook book;
    protected Agendas agendas;
    protected final RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", NEW_YORK, 7, true);
    protected final RepProfile boss = new RepProfile("boss", "Bea", "bea@example.com", "acme", "manager", NEW_YORK, 7, true);

    @BeforeEach
    void wire() {
        clock = new TestClock(MONDAY_9AM_NY);
        stores = freshStores(clock);
        stores.profiles().createIfAbsent(ada);
        stores.profiles().createIfAbsent(boss);
        plans = new Plans(stores.plans(), stores.templates(), stores.members(), clock);
        enrolments = new Enrolments(stores.plans(), stores.prospects(), stores.tiers(), clock);
        log = new TouchLog(stores.prospects(), stores.touches(), stores.tiers(), clock);
        book = new ProspectBook(stores.prospects(), stores.tiers(), clock);
        agendas = new Agendas(stores.prospects(), stores.tiers(), clock);
    }

    protected static List<PlanStep> twentyTwenty() {
        return List.of(new PlanStep(0, Channel.MAIL, null, false), new PlanStep(7, Channel.MAIL, null, false),
                new PlanStep(14, Channel.CALL, null, false));
    }

    protected Prospect prospect(String name, String tier, String... tags) {
        return book.add(ada, new ProspectDraft(name, name + " Inc", null, null, null, tier, null, null, List.of(tags), null), null);
    }

    protected Prospect now(String id) {
        return stores.prospects().find("ada", id).orElseThrow();
    }

    protected Map<String, Long> figures(Plan plan) {
        return new TreeMap<>(stores.plans().figures("acme", plan.id()).counters());
    }

}
