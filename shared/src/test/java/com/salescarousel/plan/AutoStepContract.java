package com.salescarousel.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.digest.MorningRun;
import com.salescarousel.digest.TeamWeekMail;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.push.DigestPush;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Send;
import com.salescarousel.send.Sender;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.stats.Coaching;
import com.salescarousel.team.Managers;
import com.salescarousel.team.TeamReport;
import com.salescarousel.template.Template;
import com.salescarousel.template.Templates;
import com.salescarousel.testing.memory.RecordingSendQueue;
import com.salescarousel.testing.memory.ScriptedMailer;
import com.salescarousel.testing.memory.ScriptedMailer.Answer;
import com.salescarousel.testing.memory.ScriptedPusher;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import com.salescarousel.touch.TouchRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan's automatic steps through the hourly run and the sender, with the mail service scripted:
 * each step goes out once whatever the queue and SES do, is recorded as a touch with outcome
 * {@code sent}, and completes its step; an address that may not be mailed skips the step instead.
 */
public abstract class AutoStepContract extends PlanFixture {
    /** Monday 2026-11-23, 07:00 in New York: Ada's digest hour. */
    private static final Instant MONDAY_7AM_NY = Instant.parse("2026-11-23T12:00:00Z");

    private ScriptedMailer mailer;
    private RecordingSendQueue queue;
    private Sender sender;
    private MorningRun morning;
    private Template news;
    private Plan plan;
    private Prospect grace;

    @BeforeEach
    void wireSender() {
        mailer = new ScriptedMailer();
        queue = new RecordingSendQueue();
        var tokens = new UnsubscribeTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
        var autoSteps = new AutoSteps(stores.plans(), stores.prospects(), stores.sends(), stores.tiers(), clock);
        sender = new Sender(stores.sends(), stores.profiles(), stores.prospects(), stores.templates(), stores.suppressions(), agendas, log,
                mailer, tokens, new MailSettings("carousel@example.com", "https://app.example.com", "carousel"),
                new DigestPush(stores.pushes(), new ScriptedPusher()), autoSteps,
                new TeamWeekMail(new TeamReport(new Managers(stores.members()), stores.members(), stores.profiles(),
                        new Coaching(stores.stats(), stores.tiers(), clock))), clock);
        morning = new MorningRun(stores.profiles(), stores.prospects(), stores.tiers(), stores.sends(), queue, clock);
        news = new Templates(stores.templates(), clock).create("acme", new Templates.Draft("News", "{{prospect.firstName}}, hello from {{rep.name}}",
                "Hi {{prospect.firstName}}", null));
        // Day 0: an automatic e-mail; day 3: a call.
        plan = plans.create(boss, new Plans.Draft("Auto", List.of(new PlanStep(0, Channel.EMAIL, news.id(), true),
                new PlanStep(3, Channel.CALL, null, false))));
        grace = book.add(ada, new ProspectDraft("Grace Hopper", "Navy", "grace@navy.example", null, null, "working", null, null, null, null), null);
        enrolments.enrol(ada, plan.id(), new Enrolments.Request(List.of(grace.id()), null, null));
        clock.set(MONDAY_7AM_NY);
    }

    private String stepSendId() {
        return queue.sendIds().stream().filter(id -> id.startsWith("STEP-")).findFirst().orElseThrow();
    }

    /** Delivers every queued message once, as the queue would. */
    private void deliverAll() throws Exception {
        for (var m : queue.messages()) sender.handle(m.repId(), m.sendId());
    }

    @Test
    void anAutoStep_goesOutOnce_asASentTouch_thatCompletesTheStep() throws Exception {
        morning.run(MONDAY_7AM_NY);
        morning.run(MONDAY_7AM_NY.plusSeconds(600)); // the hour's run fired twice
        String id = stepSendId();
        // The second run finds the record still QUEUED and queues it again (the first may have died before
        // queuing): two messages for one record, as SQS may also deliver; the sender sends once.
        assertEquals(2, queue.sendIds().stream().filter(id::equals).count());
        deliverAll();
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("ada", id), "a redelivered message sends nothing");
        List<String> toGrace = mailer.recipients().stream().filter("grace@navy.example"::equals).toList();
        assertEquals(1, toGrace.size());
        Prospect p = now(grace.id());
        assertEquals(1, p.plan().index(), "step 1 done by the e-mail");
        assertEquals(LocalDate.of(2026, 11, 26), p.plan().dueOn(), "the call, three days later");
        Touch t = stores.touches().history("ada", grace.id(), 10).get(0);
        assertEquals(Outcome.SENT, t.outcome());
        assertEquals(Channel.EMAIL, t.channel());
        assertEquals("Grace, hello from Ada", t.note());
        assertEquals(1, p.touchCount());
        assertEquals(Send.Status.SENT, stores.sends().find("ada", id).orElseThrow().status());
        assertEquals(Map.of("enrolled", 1L, "done_1", 1L), figures(plan));
        // The next morning nothing is queued for Grace: her next step is a call, for the rep.
        morning.run(MONDAY_7AM_NY.plusSeconds(86_400));
        assertEquals(2, queue.sendIds().stream().filter(s -> s.startsWith("STEP-")).count());
    }

    @Test
    void sesThrottling_isRetried_andTheStepGoesOutOnce() throws Exception {
        morning.run(MONDAY_7AM_NY);
        String id = stepSendId();
        mailer.then(Answer.THROTTLE, Answer.THROTTLE, Answer.SERVER_ERROR);
        for (int i = 0; i < 3; i++) assertThrows(Sender.Retry.class, () -> sender.handle("ada", id));
        assertEquals(Sender.Result.SENT, sender.handle("ada", id));
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("ada", id));
        assertEquals(1, mailer.accepted().size());
        assertEquals(4, stores.sends().find("ada", id).orElseThrow().attempts());
        assertEquals(1, now(grace.id()).plan().index());
        assertEquals(Map.of("enrolled", 1L, "done_1", 1L), figures(plan));
    }

    @Test
    void anUnsubscribedAddress_skipsTheStep_andTheOutboxSaysSo() throws Exception {
        stores.suppressions().optOut("acme", "grace@navy.example");
        morning.run(MONDAY_7AM_NY);
        String id = stepSendId();
        assertEquals(Sender.Result.SUPPRESSED, sender.handle("ada", id));
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("ada", id));
        assertTrue(mailer.accepted().isEmpty());
        Send s = stores.sends().find("ada", id).orElseThrow();
        assertEquals(Send.Status.SUPPRESSED, s.status());
        assertEquals("address unsubscribed, bounced or complained; step 1 of 2 of the plan Auto skipped", s.detail());
        Prospect p = now(grace.id());
        assertEquals(1, p.plan().index());
        assertEquals(List.of(new StepMark(LocalDate.of(2026, 11, 23), true)), p.plan().marks());
        assertEquals(0, p.touchCount(), "a skipped step is no touch");
        assertEquals(Map.of("enrolled", 1L, "skipped_1", 1L), figures(plan));
    }

    @Test
    void aStepTheRepDidFirst_isNotSent() throws Exception {
        morning.run(MONDAY_7AM_NY);
        log.log(ada, grace.id(), new TouchRequest(Channel.EMAIL, Outcome.LEFT_MESSAGE, "wrote myself", null, null));
        String id = stepSendId();
        assertEquals(Sender.Result.SKIPPED, sender.handle("ada", id));
        assertTrue(mailer.recipients().stream().noneMatch("grace@navy.example"::equals));
        assertEquals("the step was done before its e-mail went out", stores.sends().find("ada", id).orElseThrow().detail());
        assertEquals(Map.of("enrolled", 1L, "done_1", 1L), figures(plan));
    }

    @Test
    void aProspectInAPlan_getsNoAutoSendTierMail() throws Exception {
        var tiers = stores.tiers().of("acme").inPriorityOrder().stream()
                .map(t -> t.key().equals("working") ? new Tier(t.key(), t.label(), t.cadence(), news.id()) : t).toList();
        stores.tiers().put("acme", new Tiers(tiers));
        Prospect linus = book.add(ada, new ProspectDraft("Linus", null, "linus@example.com", null, null, "working", null, null, null, null), null);
        morning.run(MONDAY_7AM_NY);
        assertTrue(queue.sendIds().contains("AUTO-2026-11-23-" + linus.id()), "the tier's own auto-send still works");
        assertTrue(queue.sendIds().stream().noneMatch(s -> s.equals("AUTO-2026-11-23-" + grace.id())), "Grace's plan replaces it");
        assertEquals(1, queue.sendIds().stream().filter(s -> s.startsWith("STEP-" + grace.id())).count());
    }
}
