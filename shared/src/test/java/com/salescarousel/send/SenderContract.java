package com.salescarousel.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.agenda.Agendas;
import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.digest.MorningRun;
import com.salescarousel.digest.TeamWeekMail;
import com.salescarousel.error.Conflict;
import com.salescarousel.error.Invalid;
import com.salescarousel.problem.Problems;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.push.DigestPush;
import com.salescarousel.push.PushStore;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.stats.Coaching;
import com.salescarousel.team.Managers;
import com.salescarousel.team.Member;
import com.salescarousel.team.TeamReport;
import com.salescarousel.template.Template;
import com.salescarousel.template.Templates;
import com.salescarousel.testing.Stores;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.RecordingSendQueue;
import com.salescarousel.testing.memory.ScriptedMailer;
import com.salescarousel.testing.memory.ScriptedMailer.Answer;
import com.salescarousel.testing.memory.ScriptedPusher;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.TouchLog;
import com.salescarousel.touch.TouchRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The send protocol, with the mail service scripted to fail at chosen moments. Subclasses say which
 * stores: DynamoDB Local ({@code DynamoDbLocalSenderIT}), moto ({@code MotoSenderIT}) and the
 * in-memory fakes ({@code InMemorySenderTest}). The invariant under every fault: no prospect gets a
 * touch e-mail twice, none is lost silently (it is SENT with its touch, or visibly QUEUED / FAILED /
 * UNCERTAIN and still due).
 */
public abstract class SenderContract {
    private static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");

    /** Every store port of the back-end under test, on a fresh, empty table. */
    protected abstract Stores freshStores(Clock clock);

    private TestClock clock;
    private ScriptedMailer mailer;
    private RecordingSendQueue queue;
    private Sender sender;
    private TouchMails touchMails;
    private TouchLog touchLog;
    private ProspectStore prospects;
    private SendStore sends;
    private Suppressions suppressions;
    private TierStore tiers;
    private MorningRun morning;
    private PushStore pushes;
    private Stores stores;
    private ScriptedPusher pusher;
    private Template template;
    private Prospect grace;
    private final RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", ZoneId.of("America/New_York"), 7, true);

    @BeforeEach
    void wire() {
        clock = new TestClock(MONDAY_9AM_NY);
        stores = freshStores(clock);
        prospects = stores.prospects();
        tiers = stores.tiers();
        var profiles = stores.profiles();
        profiles.put(ada);
        var templateStore = stores.templates();
        sends = stores.sends();
        suppressions = stores.suppressions();
        touchLog = new TouchLog(prospects, stores.touches(), tiers, clock);
        mailer = new ScriptedMailer();
        queue = new RecordingSendQueue();
        var tokens = new UnsubscribeTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
        sender = new Sender(sends, profiles, prospects, templateStore, suppressions, new Agendas(prospects, tiers, clock), touchLog,
                mailer, tokens, new MailSettings("carousel@example.com", "https://app.example.com", "carousel"),
                new DigestPush(pushes = stores.pushes(), pusher = new ScriptedPusher()), null,
                new TeamWeekMail(new TeamReport(new Managers(stores.members()), stores.members(), profiles, new Coaching(stores.stats(), tiers, clock))),
                clock);
        touchMails = new TouchMails(prospects, templateStore, sends, () -> queue, suppressions, clock);
        morning = new MorningRun(profiles, prospects, tiers, sends, queue, clock);
        template = new Templates(templateStore, clock).create("acme", new Templates.Draft("News", "{{prospect.firstName}}, news on {{prospect.company}}",
                "Hi {{prospect.firstName}}, {{relevantInfo}} — {{rep.name}}", "<p>{{relevantInfo}}</p>"));
        grace = new ProspectBook(prospects, tiers, clock).add(ada, new ProspectDraft("Grace Hopper", "Navy", "grace@navy.example",
                null, null, "working", null, null, null, null), null);
    }

    private Send queueOne() {
        return touchMails.queue(ada, grace.id(), template.id(), "COBOL turns 67.", null);
    }

    /** Push {@code i} as the service saw it: endpoint and payload. */
    private String pushedText(int i) {
        var p = pusher.pushed().get(i);
        return p.endpoint() + " " + p.payloadJson();
    }

    private Prospect graceNow() {
        return prospects.find("ada", grace.id()).orElseThrow();
    }

    @Test
    void send_thenDuplicateDelivery_sendsOnceAndRecordsOneTouch() throws Exception {
        Send s = queueOne();
        assertEquals(Sender.Result.SENT, sender.handle("ada", s.id()));
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("ada", s.id()));
        assertEquals(1, mailer.accepted().size());
        var mail = mailer.accepted().get(0);
        assertEquals("Grace, news on Navy", mail.subject());
        assertTrue(mail.headers().get("List-Unsubscribe").startsWith("<https://app.example.com/api/unsubscribe/"));
        assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));
        Send done = sends.find("ada", s.id()).orElseThrow();
        assertEquals(Send.Status.SENT, done.status());
        assertEquals("ses-1", done.messageId());
        Prospect p = graceNow();
        assertEquals(1, p.touchCount());
        assertEquals("2026-12-23", p.nextDueOn().toString());
    }

    @Test
    void throttledThen5xx_areRetried_andTheMailGoesOnce() throws Exception {
        Send s = queueOne();
        mailer.then(Answer.THROTTLE, Answer.SERVER_ERROR);
        assertThrows(Sender.Retry.class, () -> sender.handle("ada", s.id()));
        assertEquals(Send.Status.QUEUED, sends.find("ada", s.id()).orElseThrow().status());
        assertThrows(Sender.Retry.class, () -> sender.handle("ada", s.id()));
        assertEquals(Sender.Result.SENT, sender.handle("ada", s.id()));
        assertEquals(1, mailer.accepted().size());
        assertEquals(3, sends.find("ada", s.id()).orElseThrow().attempts());
        assertEquals(1, graceNow().touchCount());
    }

    @Test
    void crashAfterSesAccepted_isNeverResent_andStaysVisible() throws Exception {
        Send s = queueOne();
        mailer.then(Answer.ACCEPT_THEN_CRASH);
        assertThrows(IllegalStateException.class, () -> sender.handle("ada", s.id()));
        // SQS redelivers while the lease is held: wait, do not send.
        assertThrows(Sender.Retry.class, () -> sender.handle("ada", s.id()));
        clock.advance(Sender.LEASE.plusSeconds(1));
        assertEquals(Sender.Result.UNCERTAIN, sender.handle("ada", s.id()));
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("ada", s.id()));
        assertEquals(1, mailer.accepted().size(), "never a second copy");
        assertEquals(Send.Status.UNCERTAIN, sends.find("ada", s.id()).orElseThrow().status());
        assertEquals(0, graceNow().touchCount(), "no touch recorded: the prospect stays due, visibly");
        assertEquals(grace.nextDueOn(), graceNow().nextDueOn());
    }

    @Test
    void noAnswerFromSes_isUncertain_neverResent() throws Exception {
        Send s = queueOne();
        mailer.then(Answer.NO_ANSWER);
        assertEquals(Sender.Result.UNCERTAIN, sender.handle("ada", s.id()));
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("ada", s.id()));
        assertEquals(1, mailer.accepted().size());
        assertEquals(Send.Status.UNCERTAIN, sends.find("ada", s.id()).orElseThrow().status());
    }

    @Test
    void transactionConflict_fromAnotherDevice_isRetried_andBothTouchesLand() throws Exception {
        Send s = queueOne();
        // While SES is sending, the rep logs a call from the phone: the prospect's version moves on.
        mailer.beforeReturning(() -> touchLog.log(ada, grace.id(), new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, null, "phone-call-1")));
        assertEquals(Sender.Result.SENT, sender.handle("ada", s.id()));
        assertEquals(1, mailer.accepted().size());
        assertEquals(2, graceNow().touchCount());
    }

    @Test
    void suppressedOrUnsubscribed_isNotSent() throws Exception {
        Send s = queueOne();
        suppressions.optOut("acme", "GRACE@navy.example");
        assertEquals(Sender.Result.SUPPRESSED, sender.handle("ada", s.id()));
        assertEquals(0, mailer.accepted().size());
        Conflict p = assertThrows(Conflict.class, this::queueOne);
        assertEquals(409, Problems.of(p).status());
        suppressions.suppressEverywhere("someone@else.example", "bounce");
        assertTrue(suppressions.isSuppressed("other-org", "someone@else.example"));
        assertTrue(!suppressions.isSuppressed("other-org", "grace@navy.example"), "an unsubscribe is per org");
    }

    @Test
    void blankRelevantInfo_isRefusedBeforeAnythingIsWritten() {
        Invalid p = assertThrows(Invalid.class, () -> touchMails.queue(ada, grace.id(), template.id(), "  ", null));
        assertEquals("relevantInfo", p.fields().get(0).name());
        assertEquals(List.of(), sends.recent("ada", 10));
        assertEquals(List.of(), queue.messages());
    }

    @Test
    void rejectedMail_isFailedNotRetried() throws Exception {
        Send s = queueOne();
        mailer.then(Answer.REJECT);
        assertEquals(Sender.Result.FAILED, sender.handle("ada", s.id()));
        assertEquals(Send.Status.FAILED, sends.find("ada", s.id()).orElseThrow().status());
        assertEquals(0, graceNow().touchCount());
    }

    @Test
    void sameIdempotencyKey_queuesOneSend() {
        Send a = touchMails.queue(ada, grace.id(), template.id(), "x", "app-send-00001");
        Send b = touchMails.queue(ada, grace.id(), template.id(), "x", "app-send-00001");
        assertEquals(a.id(), b.id());
        assertEquals(1, sends.recent("ada", 10).size());
    }

    @Test
    void morningRun_queuesOneDigestAndAutoTouches_evenWhenRunTwice() throws Exception {
        tiers.put("acme", new Tiers(List.of(new Tier("active", "Active", java.time.Period.ofDays(7), null),
                new Tier("working", "Working", java.time.Period.ofMonths(1), template.id()),
                new Tier("nurture", "Nurture", java.time.Period.ofMonths(3), null))));
        var other = new ProspectBook(prospects, tiers, clock).add(ada, new ProspectDraft("Linus", "Kernel", null, null, null,
                "active", null, null, null, null), null);
        clock.set(Instant.parse("2026-11-24T12:00:00Z"));
        // Ada is in New York, digest at 07:00 local = 12:00 UTC in November.
        var first = morning.run(Instant.parse("2026-11-24T12:00:00Z"));
        assertEquals(1, first.digestsQueued());
        assertEquals(1, first.touchesQueued(), "Grace sits in the auto-send tier; Linus does not and has no e-mail");
        var again = morning.run(Instant.parse("2026-11-24T12:20:00Z"));
        assertEquals(0, again.digestsQueued() + again.touchesQueued());
        assertEquals(0, morning.run(Instant.parse("2026-11-24T13:00:00Z")).reps(), "the next hour is not Ada's morning");
        // The auto touch fails: its template needs relevant info nobody supplied. Never sent half-filled.
        String auto = queue.sendIds().stream().filter(id -> id.startsWith("AUTO-")).findFirst().orElseThrow();
        assertEquals(Sender.Result.FAILED, sender.handle("ada", auto));
        assertEquals(Sender.Result.SENT, sender.handle("ada", Send.digestId(java.time.LocalDate.of(2026, 11, 24))));
        var digest = mailer.accepted().get(mailer.accepted().size() - 1);
        assertEquals("ada@example.com", digest.to());
        assertEquals("Today: 2 overdue, 0 due", digest.subject());
        assertTrue(digest.text().contains("/#/prospect/" + other.id()));
    }

    @Test
    void digest_isPushedToEveryDevice_expiredOnesAreRemoved_andARedeliveryPushesNothing() throws Exception {
        String key = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM";
        pushes.save(new PushSubscription("ada", "https://push.example/phone", key, "tBHItJI5svbpez7KI4CCXg", clock.instant()));
        pushes.save(new PushSubscription("ada", "https://push.example/gone-laptop", key, "tBHItJI5svbpez7KI4CCXg", clock.instant()));
        clock.set(Instant.parse("2026-11-24T12:00:00Z"));
        morning.run(Instant.parse("2026-11-24T12:00:00Z"));
        String digest = Send.digestId(java.time.LocalDate.of(2026, 11, 24));
        assertEquals(Sender.Result.SENT, sender.handle("ada", digest));
        assertEquals(2, pusher.pushed().size());
        assertTrue(pushedText(0).contains("\"title\":\"Today: 1 overdue, 0 due\""), pusher.pushed().toString());
        assertTrue(pushedText(0).contains("\"url\":\"/#/today\""));
        assertTrue(pushedText(0).contains("Grace Hopper"));
        assertEquals(List.of("https://push.example/phone"), pushes.forRep("ada").stream().map(PushSubscription::endpoint).toList(),
                "the push service said 410 for the laptop: its subscription is gone");
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("ada", digest));
        assertEquals(2, pusher.pushed().size(), "a redelivered digest message pushes nothing again");
    }

    @Test
    void teamMail_onAManagersMonday_onceAWeek_withLastWeeksTable() throws Exception {
        RepProfile maya = new RepProfile("maya", "Maya", "maya@example.com", "acme", "manager", ZoneId.of("America/New_York"), 7, true);
        stores.profiles().createIfAbsent(maya); // her membership: an active manager of acme
        stores.members().put(Member.joined(ada, clock.instant()));
        touchLog.log(ada, grace.id(), new TouchRequest(Channel.CALL, Outcome.NO_ANSWER, null, null, null)); // Mon 23 Nov (W48), due that day
        Instant monday = Instant.parse("2026-11-30T12:00:00Z"); // 07:00 in New York, 2026-W49
        clock.set(monday);
        assertEquals(1, morning.run(monday).teamMailsQueued());
        var again = morning.run(monday.plusSeconds(1200));
        assertEquals(0, again.teamMailsQueued());
        assertTrue(again.alreadyQueued() >= 1);
        assertEquals(Sender.Result.SENT, sender.handle("maya", "TEAM-2026-W49"));
        assertEquals(Sender.Result.ALREADY_DONE, sender.handle("maya", "TEAM-2026-W49"), "a redelivery sends nothing");
        var sent = mailer.accepted().stream().filter(m -> m.to().equals("maya@example.com")).toList();
        assertEquals(1, sent.size());
        assertEquals("Team week 2026-W48: 1 touch, 100% on time", sent.get(0).subject());
        assertTrue(sent.get(0).text().contains("Ada"), sent.get(0).text());
        assertTrue(sent.get(0).html().contains("<th scope=\"row\" style=\"text-align:left\">Ada</th>"), sent.get(0).html());
        clock.set(monday.plus(java.time.Duration.ofDays(1)));
        assertEquals(0, morning.run(monday.plus(java.time.Duration.ofDays(1))).teamMailsQueued(), "Tuesday: none");
    }

    @Test
    void teamMail_toASuppressedManager_isNotSent_andADemotedOneGetsNone() throws Exception {
        RepProfile maya = new RepProfile("maya", "Maya", "maya@example.com", "acme", "manager", ZoneId.of("America/New_York"), 7, true);
        stores.profiles().createIfAbsent(maya);
        RepProfile ed = new RepProfile("ed", "Ed", "ed@example.com", "acme", "manager", ZoneId.of("America/New_York"), 7, true);
        stores.profiles().put(ed);
        stores.members().put(new Member("acme", "ed", "Ed", "ed@example.com", "rep", true, Member.Status.ACTIVE, clock.instant()));
        suppressions.suppressEverywhere("maya@example.com", "bounce");
        Instant monday = Instant.parse("2026-11-30T12:00:00Z");
        clock.set(monday);
        assertEquals(2, morning.run(monday).teamMailsQueued(), "both profiles say manager");
        assertEquals(Sender.Result.SUPPRESSED, sender.handle("maya", "TEAM-2026-W49"));
        assertEquals(Sender.Result.SKIPPED, sender.handle("ed", "TEAM-2026-W49"), "the store says Ed manages nobody now");
        assertEquals(List.of(), mailer.recipients());
    }
}
