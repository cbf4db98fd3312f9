package com.salescarousel.faults;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.digest.MorningRun;
import com.salescarousel.digest.TeamWeekMail;
import com.salescarousel.entry.calculator.CadenceCalculatorHandler;
import com.salescarousel.entry.intake.SignalIntakeHandler;
import com.salescarousel.entry.sender.TouchSenderHandler;
import com.salescarousel.json.Json;
import com.salescarousel.ops.Invocations;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.push.DigestPush;
import com.salescarousel.push.PushStore;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.push.Pusher;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Mailer;
import com.salescarousel.send.Send;
import com.salescarousel.send.SendQueue;
import com.salescarousel.send.SendStore;
import com.salescarousel.send.Sender;
import com.salescarousel.send.Suppressions;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.signal.ScoringStore;
import com.salescarousel.signal.SignalEvent;
import com.salescarousel.signal.SignalIntake;
import com.salescarousel.signal.SignalRecorder;
import com.salescarousel.signal.SignalStore;
import com.salescarousel.signal.SignalType;
import com.salescarousel.stats.Coaching;
import com.salescarousel.team.Managers;
import com.salescarousel.team.MemberStore;
import com.salescarousel.team.TeamReport;
import com.salescarousel.template.Template;
import com.salescarousel.template.TemplateStore;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One team's table, seeded with work for all three workers, and the workers wired as their
 * functions wire them, over ports a {@link Steps} can wrap. Ada (New York, digest at 7) keeps Grace,
 * due today in an auto-send tier, and Ken, due today without an address; Bob is her teammate; both have a phone that takes pushes.
 */
final class World {
    /** Monday 2026-11-23, 07:00 in New York: Ada's digest hour. */
    static final Instant MORNING = Instant.parse("2026-11-23T12:00:00Z");
    static final Duration SENDER_VISIBILITY = Duration.ofSeconds(360);
    static final Duration INTAKE_VISIBILITY = Duration.ofSeconds(180);
    static final int MAX_RECEIVES = 5;
    static final String LINUS = "linus@kernel.example";

    final Stores stores;
    /** The business metrics are not what the matrix checks: counted nowhere. */
    private final Invocations invocations = new Invocations((service, tally) -> { });
    final TestClock clock;
    final Outbox outbox = new Outbox();
    /** The mail service the sender talks to: the outbox itself, or the real SES client before a local endpoint. */
    Mailer mailService = outbox;
    final RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", ZoneId.of("America/New_York"), 7, true);
    final RepProfile bob = new RepProfile("bob", "Bob", "bob@example.com", "acme", "rep", ZoneId.of("America/New_York"), 9, true);
    final Template template;
    final Prospect grace;
    final LocalDate today;
    /** Every send message the workers queued, in order, duplicates included. */
    final List<String> sendMessages = new ArrayList<>();

    World(Stores stores, TestClock clock) {
        this.stores = stores;
        this.clock = clock;
        stores.profiles().createIfAbsent(ada);
        stores.profiles().createIfAbsent(bob);
        template = new Template("acme", "01KB0000000000000000000007", "Monthly", "News for {{prospect.company}}",
                "Hi {{prospect.firstName}} — {{rep.name}}", null, 1);
        stores.templates().put(template);
        stores.tiers().put("acme", new Tiers(List.of(new Tier("active", "Active", Period.ofDays(7), null),
                new Tier("working", "Working", Period.ofMonths(1), template.id()), new Tier("nurture", "Nurture", Period.ofMonths(3), null))));
        grace = new ProspectBook(stores.prospects(), stores.tiers(), clock).add(ada, new ProspectDraft("Grace Hopper", "Navy",
                "grace@navy.example", null, null, "working", null, null, null, null), null);
        // Ken (no address) is due today too, so the digest has something to say whichever send goes first.
        new ProspectBook(stores.prospects(), stores.tiers(), clock).add(ada, new ProspectDraft("Ken Thompson", "Bell Labs", null, null, null,
                "active", null, null, null, null), null);
        for (RepProfile r : List.of(ada, bob)) {
            stores.pushes().save(new PushSubscription(r.repId(), "https://push.example/" + r.repId() + "-phone",
                    "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", "tBHItJI5svbpez7KI4CCXg",
                    clock.instant()));
        }
        today = Cadence.localDay(clock.instant(), ada.timeZone());
    }

    // ---- the sender -------------------------------------------------------------------------

    /** A touch-sender container: the handler over ports wrapped by {@code steps}. */
    TouchSenderHandler sender(Steps steps) {
        SendStore sends = steps.wrap(SendStore.class, stores.sends());
        ProfileStore profiles = steps.wrap(ProfileStore.class, stores.profiles());
        ProspectStore prospects = steps.wrap(ProspectStore.class, stores.prospects());
        TierStore tiers = steps.wrap(TierStore.class, stores.tiers());
        Suppressions suppressions = steps.wrap(Suppressions.class, stores.suppressions());
        MemberStore members = stores.members();
        Pusher pusher = steps.wrap(Pusher.class, outbox);
        var sender = new Sender(sends, profiles, prospects, steps.wrap(TemplateStore.class, stores.templates()), suppressions,
                new Agendas(prospects, tiers, clock), new TouchLog(prospects, steps.wrap(TouchStore.class, stores.touches()), tiers, clock),
                steps.wrap(Mailer.class, mailService), new UnsubscribeTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8)),
                new MailSettings("carousel@example.com", "https://app.example.com", "carousel"),
                new DigestPush(steps.wrap(PushStore.class, stores.pushes()), pusher), null,
                new TeamWeekMail(new TeamReport(new Managers(members), members, profiles, new Coaching(stores.stats(), tiers, clock))), clock);
        return new TouchSenderHandler(new TouchSenderHandler.Graph() {
            @Override public Sender sender() { return sender; }
            @Override public Suppressions suppressions() { return suppressions; }
            @Override public Invocations invocations() { return invocations; }
        });
    }

    /** The three kinds a rep's sends come in, queued as the API and the intake queue them. */
    List<Send> seedSends() {
        Instant now = clock.instant();
        List<Send> seeded = List.of(Send.touch("ada", "REQ-touch-1", grace.id(), template.id(), null, now), Send.digest("ada", today, now),
                Send.alert("ada", grace.id(), now, "Demo request · 1 signal in 30 days", now));
        for (Send s : seeded) {
            stores.sends().createIfAbsent(s);
            sendMessages.add(message(s.repId(), s.id()));
        }
        return seeded;
    }

    static String message(String repId, String sendId) {
        return Json.write(Map.of("repId", repId, "sendId", sendId));
    }

    /** The queue that collects what the hourly run and the intake enqueue. */
    SendQueue sendQueue() {
        return (repId, sendId) -> {
            synchronized (sendMessages) {
                sendMessages.add(message(repId, sendId));
            }
        };
    }

    /**
     * Delivers every queued send message through the sender until done or dead-lettered; {@code first}
     * wraps the first receive's ports, later receives are fresh, clean containers.
     */
    Sqs drainSends(Steps first) {
        Sqs sqs = new Sqs(clock, SENDER_VISIBILITY, MAX_RECEIVES);
        synchronized (sendMessages) {
            sendMessages.forEach(sqs::send);
            sendMessages.clear();
        }
        sqs.drain(receive -> senderWorker(receive == 1 ? first : Steps.clean()));
        return sqs;
    }

    /** One sender container's invocation: a crash planned past the last step dies before Lambda answers SQS. */
    Function<SQSEvent, SQSBatchResponse> senderWorker(Steps steps) {
        return invocation(sender(steps), steps);
    }

    private static Function<SQSEvent, SQSBatchResponse> invocation(RequestHandler<SQSEvent, SQSBatchResponse> handler, Steps steps) {
        return batch -> {
            SQSBatchResponse r = handler.handleRequest(batch, null);
            steps.finished();
            return r;
        };
    }

    // ---- the hourly run ---------------------------------------------------------------------

    CadenceCalculatorHandler morningRun(Steps steps) {
        ProfileStore profiles = steps.wrap(ProfileStore.class, stores.profiles());
        var run = new MorningRun(profiles, steps.wrap(ProspectStore.class, stores.prospects()), steps.wrap(TierStore.class, stores.tiers()),
                steps.wrap(SendStore.class, stores.sends()), steps.wrap(SendQueue.class, sendQueue()), clock);
        return new CadenceCalculatorHandler(new CadenceCalculatorHandler.Graph() {
            @Override public MorningRun morningRun() { return run; }
            @Override public ProfileStore profiles() { return profiles; }
            @Override public java.time.Clock clock() { return clock; }
            @Override public Invocations invocations() { return invocations; }
        });
    }

    /** What EventBridge Scheduler passes: the scheduled time, the same on every retry. */
    static Map<String, Object> scheduled() {
        return Map.of("time", MORNING.toString());
    }

    /** The hourly run's sends: Ada's digest and Grace's automatic touch. */
    List<Send> morningSends() {
        return List.of(Send.digest("ada", today, clock.instant()), Send.auto("ada", grace.id(), template.id(), today, clock.instant()));
    }

    // ---- signal intake ----------------------------------------------------------------------

    SignalIntakeHandler intake(Steps steps) {
        SignalStore signals = steps.wrap(SignalStore.class, stores.signals());
        TierStore tiers = steps.wrap(TierStore.class, stores.tiers());
        SendQueue queue = steps.wrap(SendQueue.class, sendQueue());
        var recorder = new SignalRecorder(signals, steps.wrap(ScoringStore.class, stores.scoring()), tiers, () -> queue, clock);
        var intake = new SignalIntake(recorder, signals, steps.wrap(ProspectStore.class, stores.prospects()),
                steps.wrap(ProfileStore.class, stores.profiles()), steps.wrap(MemberStore.class, stores.members()), tiers,
                steps.wrap(SendStore.class, stores.sends()), () -> queue, clock);
        return new SignalIntakeHandler(new SignalIntakeHandler.Graph() {
            @Override public SignalIntake signalIntake() { return intake; }
            @Override public SignalStore signals() { return signals; }
            @Override public Invocations invocations() { return invocations; }
        });
    }

    /** Two events from an address nobody keeps yet: whichever lands first makes the one lead. */
    List<SignalEvent> twoFromLinus() {
        Instant at = clock.instant().minusSeconds(60);
        return List.of(new SignalEvent("acme", "evt-linus-ebook", SignalType.EBOOK_DOWNLOAD, LINUS, "Linus", null, null, null, at, null, at),
                new SignalEvent("acme", "evt-linus-demo", SignalType.DEMO_REQUEST, LINUS, "Linus", null, null, null, at, null, at));
    }

    /** A demo request from Grace (known: Ada's) and one from an address nobody keeps (a new lead). */
    List<SignalEvent> events() {
        Instant at = clock.instant().minusSeconds(60);
        return List.of(new SignalEvent("acme", "evt-grace-demo", SignalType.DEMO_REQUEST, "grace@navy.example", null, null, null, null,
                        at, null, at),
                new SignalEvent("acme", "evt-linus-demo", SignalType.DEMO_REQUEST, LINUS, "Linus", null, null, null, at, null, at));
    }

    Sqs drainSignals(List<SignalEvent> events, Steps first) {
        Sqs sqs = new Sqs(clock, INTAKE_VISIBILITY, MAX_RECEIVES);
        events.forEach(e -> sqs.send(e.toMessage()));
        sqs.drain(receive -> intakeWorker(receive == 1 ? first : Steps.clean()));
        return sqs;
    }

    Function<SQSEvent, SQSBatchResponse> intakeWorker(Steps steps) {
        return invocation(intake(steps), steps);
    }

    // ---- the ledger -------------------------------------------------------------------------

    /** Every expected send, as the outside world and the table show it. */
    Tally sends(List<Send> expected) {
        Tally t = new Tally();
        for (Send e : expected) {
            Send s = stores.sends().find(e.repId(), e.id()).orElse(null);
            String key = deliveryKey(e);
            int n = outbox.count(key);
            if (n > 1) t.duplicate(key + " ×" + n);
            if (s == null) {
                t.lost(e.id() + " (no record)");
                continue;
            }
            switch (s.status()) {
                case SENT -> {
                    if (n == 0) t.lost(e.id() + " SENT but nothing went out");
                }
                case UNCERTAIN -> {
                    t.uncertain++;
                    if (n > 0) t.uncertainSent++;
                }
                case FAILED -> {
                    t.failed++;
                    t.problems.add("failed " + e.id() + ": " + s.detail());
                }
                default -> t.lost(e.id() + " left " + s.status());
            }
            if (e.kind() == Send.Kind.DIGEST) {
                int pushed = outbox.count("push:digest-" + e.date() + ":https://push.example/ada-phone");
                if (pushed > 1) t.duplicate("digest push ×" + pushed);
                if (pushed == 0 && s.status() == Send.Status.SENT) t.pushesSkipped++;
            }
        }
        int touches = stores.prospects().find("ada", grace.id()).orElseThrow().touchCount();
        int mailed = (int) expected.stream().filter(e -> e.kind() == Send.Kind.TOUCH)
                .filter(e -> stores.sends().find(e.repId(), e.id()).map(s -> s.status() == Send.Status.SENT).orElse(false)).count();
        if (touches > mailed) t.duplicate("touch on Grace (" + touches + " for " + mailed + " sent e-mail)");
        if (touches < mailed) t.lost("touch on Grace (" + touches + " for " + mailed + " sent e-mail)");
        return t;
    }

    String deliveryKey(Send e) {
        return switch (e.kind()) {
            case TOUCH -> Outbox.mailKey("touch", "grace@navy.example");
            case DIGEST -> Outbox.mailKey("digest", ada.email());
            case TEAM -> Outbox.mailKey("team", ada.email());
            case ALERT -> "push:ready-" + e.prospectId() + ":https://push.example/" + e.repId() + "-phone";
        };
    }

    /** Each event recorded once, its prospect (a new lead made once), and its alert sent once. */
    Tally signals(List<SignalEvent> events) {
        return signals(events, true);
    }

    /** {@code alerted}: every event is expected to have made its prospect sales-ready (false: only one of them need). */
    Tally signals(List<SignalEvent> events, boolean alerted) {
        Tally t = new Tally();
        List<Send> alerts = new ArrayList<>();
        for (SignalEvent e : events) {
            Optional<SignalStore.EventMark> mark = stores.signals().event(e.org(), e.id());
            if (mark.isEmpty() || !mark.get().recorded()) {
                t.lost("signal " + e.id());
                continue;
            }
            var m = mark.get();
            int n = (int) stores.signals().history(m.repId(), m.prospectId(), 10).stream().filter(x -> e.id().equals(x.eventId())).count();
            if (n > 1) t.duplicate("signal " + e.id() + " ×" + n);
            if (n == 0) t.lost("signal " + e.id() + " (marked, not written)");
            if (m.alertId() == null && alerted) t.lost("alert for " + e.id());
            else if (alerts.stream().noneMatch(a -> a.id().equals(m.alertId()))) {
                alerts.add(stores.sends().find(m.repId(), m.alertId()).orElse(Send.alert(m.repId(), m.prospectId(), MORNING, "", MORNING)));
            }
        }
        long leads = List.of(ada, bob).stream().flatMap(r -> stores.prospects().list(r.repId(), new ProspectStore.ProspectFilter(null, null),
                50, null).items().stream()).filter(p -> LINUS.equals(p.email())).count();
        if (leads > 1) t.duplicate("lead for " + LINUS + " ×" + leads);
        for (Send a : alerts) {
            Tally one = sendsOf(a);
            t.add(one);
        }
        return t;
    }

    private Tally sendsOf(Send a) {
        Tally t = new Tally();
        int n = outbox.count(deliveryKey(a));
        if (n > 1) t.duplicate("alert " + a.id() + " ×" + n);
        Send s = stores.sends().find(a.repId(), a.id()).orElse(null);
        if (s == null || (s.status() != Send.Status.SENT && s.status() != Send.Status.UNCERTAIN)) {
            t.lost("alert " + a.id() + " " + (s == null ? "never written" : s.status()));
        } else if (s.status() == Send.Status.UNCERTAIN) {
            t.uncertain++;
            if (n > 0) t.uncertainSent++;
        } else if (n == 0) {
            t.lost("alert " + a.id() + " SENT but not pushed");
        }
        return t;
    }
}
