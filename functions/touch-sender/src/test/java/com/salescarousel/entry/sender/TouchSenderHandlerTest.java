package com.salescarousel.entry.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.ops.Measure;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Send;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.template.Template;
import com.salescarousel.template.Templates;
import com.salescarousel.testing.EventFiles;
import com.salescarousel.testing.TestClock;
import com.salescarousel.testing.memory.InMemoryStores;
import com.salescarousel.testing.memory.ScriptedMailer;
import com.salescarousel.testing.memory.ScriptedMailer.Answer;
import com.salescarousel.testing.memory.ScriptedPusher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender's fast tier: {@link TouchSenderHandler} on SQS batches from JSON files, wired by a test
 * component to the in-memory stores, a scripted mail service and push service. The batch
 * {@code sqs-three-touch-mails.json} carries one touch e-mail each to Grace, Linus and Ken, in that
 * order, as the API queued them ({@code REQ-batch-0001..3}).
 */
class TouchSenderHandlerTest {
    private static final String ADA = "6b8e0f5a-1111-4c1e-9f00-0000000000ad";
    private static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");
    private static final String LINUS_MESSAGE = "a1f0c3d2-0002-4e5f-8a9b-000000000002";
    private static final UnsubscribeTokens TOKENS = new UnsubscribeTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));

    private final RepProfile ada = new RepProfile(ADA, "Ada", "ada@example.com", "acme", "rep", ZoneId.of("America/New_York"), 7, true);
    private InMemoryStores stores;
    private ScriptedMailer mailer;
    private ScriptedPusher pusher;
    private TouchSenderHandler handler;
    private List<Prospect> prospects;

    @BeforeEach
    void wire() {
        stores = new InMemoryStores();
        mailer = new ScriptedMailer();
        pusher = new ScriptedPusher();
        var clock = new TestClock(MONDAY_9AM_NY);
        var graph = DaggerInMemoryTouchSenderComponent.factory().create(stores, mailer, pusher, TOKENS,
                new MailSettings("carousel@example.com", "https://app.example.com", "carousel"), clock);
        handler = new TouchSenderHandler(graph);
        stores.profiles().put(ada);
        Template template = new Templates(stores.templates(), clock).create("acme", new Templates.Draft("News",
                "{{prospect.firstName}}, news on {{prospect.company}}", "Hi {{prospect.firstName}}, {{relevantInfo}} — {{rep.name}}", null));
        var book = new ProspectBook(stores.prospects(), stores.tiers(), clock);
        prospects = List.of(
                book.add(ada, new ProspectDraft("Grace Hopper", "Navy", "grace@navy.example", null, null, "working", null, null, null, null), null),
                book.add(ada, new ProspectDraft("Linus Torvalds", "Kernel", "linus@kernel.example", null, null, "working", null, null, null, null), null),
                book.add(ada, new ProspectDraft("Ken Thompson", "Bell Labs", "ken@bell.example", null, null, "working", null, null, null, null), null));
        for (int i = 0; i < prospects.size(); i++) {
            stores.sends().createIfAbsent(Send.touch(ADA, "REQ-batch-000" + (i + 1), prospects.get(i).id(), template.id(),
                    "COBOL turns 67.", MONDAY_9AM_NY));
        }
    }

    private SQSBatchResponse handle(String file) {
        return handler.handleRequest(EventFiles.event(SQSEvent.class, "events/" + file + ".json", Map.of()), null);
    }

    private static List<String> failures(SQSBatchResponse r) {
        return r.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    private Send send(int n) {
        return stores.sends().find(ADA, "REQ-batch-000" + n).orElseThrow();
    }

    private int touches(int n) {
        return stores.prospects().find(ADA, prospects.get(n - 1).id()).orElseThrow().touchCount();
    }

    @Test
    void batch_withOneThrottledMail_reportsOnlyThatOne_andSendsTheOthersOnce() {
        mailer.then(Answer.OK, Answer.THROTTLE);
        var response = handle("sqs-three-touch-mails");
        assertEquals(List.of(LINUS_MESSAGE), failures(response), "only Linus's message comes back");
        assertEquals(List.of("grace@navy.example", "ken@bell.example"), mailer.recipients());
        assertEquals(Send.Status.SENT, send(1).status());
        assertEquals("ses-1", send(1).messageId());
        assertEquals(Send.Status.QUEUED, send(2).status());
        assertTrue(send(2).detail().startsWith("will retry"), send(2).detail());
        assertEquals(Send.Status.SENT, send(3).status());
        assertEquals(List.of(1, 0, 1), List.of(touches(1), touches(2), touches(3)));

        var grace = mailer.accepted().get(0);
        assertEquals("Grace, news on Navy", grace.subject());
        assertEquals("\"Ada\" <carousel@example.com>", grace.from(), "the system's address, in the rep's name");
        assertEquals("ada@example.com", grace.replyTo(), "Grace's answer reaches Ada");
        String link = grace.headers().get("List-Unsubscribe");
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - 1);
        assertEquals(new UnsubscribeTokens.Subject("acme", "grace@navy.example"), TOKENS.verify(token).orElseThrow());

        // SQS redelivers Linus's message, and (delivery is at least once) the others again with it.
        var again = handle("sqs-three-touch-mails");
        assertEquals(List.of(), failures(again));
        assertEquals(List.of("grace@navy.example", "ken@bell.example", "linus@kernel.example"), mailer.recipients(),
                "Linus's mail goes now; Grace and Ken get no second copy");
        assertEquals(List.of(Send.Status.SENT, Send.Status.SENT, Send.Status.SENT), List.of(send(1).status(), send(2).status(), send(3).status()));
        assertEquals(2, send(2).attempts());
        assertEquals(List.of(1, 1, 1), List.of(touches(1), touches(2), touches(3)));
    }

    @Test
    void batch_withARejectedMail_failsThatSend_withoutRetrying_andTheProspectStaysDue() {
        mailer.then(Answer.REJECT);
        var response = handle("sqs-three-touch-mails");
        assertEquals(List.of(), failures(response), "SES will never take it as it is: retrying cannot help");
        assertEquals(Send.Status.FAILED, send(1).status());
        assertEquals(List.of("linus@kernel.example", "ken@bell.example"), mailer.recipients());
        Prospect grace = stores.prospects().find(ADA, prospects.get(0).id()).orElseThrow();
        assertEquals(0, grace.touchCount());
        assertEquals(LocalDate.of(2026, 11, 23), grace.nextDueOn(), "still on today's carousel");
    }

    @Test
    void sesEvents_permanentBounceAndComplaint_suppressEverywhere_transientDoesNot() {
        var response = handle("sqs-ses-bounces-and-complaint");
        assertEquals(List.of(), failures(response));
        assertTrue(stores.suppressions().isSuppressed("acme", "linus@kernel.example"));
        assertTrue(stores.suppressions().isSuppressed("globex", "linus@kernel.example"), "a hard bounce is the address, whoever sends");
        assertTrue(stores.suppressions().isSuppressed("acme", "someone@else.example"));
        assertFalse(stores.suppressions().isSuppressed("acme", "ken@bell.example"), "a full mailbox is SES's to retry");

        var sends = handle("sqs-three-touch-mails");
        assertEquals(List.of(), failures(sends));
        assertEquals(List.of("grace@navy.example", "ken@bell.example"), mailer.recipients());
        assertEquals(Send.Status.SUPPRESSED, send(2).status());
        assertEquals(0, touches(2));
    }

    @Test
    void digest_isMailedToTheRep_pushedToHerDevice_andARedeliveryDoesNeither() {
        stores.sends().createIfAbsent(Send.digest(ADA, LocalDate.of(2026, 11, 23), MONDAY_9AM_NY));
        stores.pushes().save(new PushSubscription(ADA, "https://push.example/ada-phone",
                "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", "tBHItJI5svbpez7KI4CCXg",
                MONDAY_9AM_NY));
        assertEquals(List.of(), failures(handle("sqs-digest")));
        assertEquals(List.of("ada@example.com"), mailer.recipients());
        assertEquals("Today: 0 overdue, 3 due", mailer.accepted().get(0).subject(), "the three added this morning");
        assertEquals(1, pusher.pushed().size());
        assertTrue(pusher.pushed().get(0).payloadJson().contains("\"title\":\"Today: 0 overdue, 3 due\""), pusher.pushed().toString());

        assertEquals(List.of(), failures(handle("sqs-digest")));
        assertEquals(1, mailer.accepted().size());
        assertEquals(1, pusher.pushed().size());
    }

    @Test
    void metrics_countWhatWentOut_oncePerBatch_andARedeliveryCountsNothing() {
        mailer.then(Answer.OK, Answer.THROTTLE, Answer.REJECT);
        handle("sqs-three-touch-mails"); // Grace sent, Linus throttled (comes back), Ken rejected
        var published = stores.metrics().published();
        assertEquals(1, published.size(), "one publication per batch");
        assertEquals("touch-sender", published.get(0).service());
        assertEquals(Map.of(Measure.EMAILS_SENT, 1L, Measure.EMAILS_FAILED, 1L), published.get(0).tally().counts());
        assertEquals(Map.of("email", 1L), published.get(0).tally().touchesByChannel(), "Grace's mail is logged as an e-mail touch");

        handle("sqs-three-touch-mails"); // Linus now goes out; Grace's and Ken's records are final
        assertEquals(2, stores.metrics().published().size());
        assertEquals(2, stores.metrics().total(Measure.EMAILS_SENT));
        assertEquals(1, stores.metrics().total(Measure.EMAILS_FAILED));
        assertEquals(2, stores.metrics().touches("email"));

        stores.sends().createIfAbsent(Send.digest(ADA, LocalDate.of(2026, 11, 23), MONDAY_9AM_NY));
        handle("sqs-digest");
        handle("sqs-digest");
        assertEquals(1, stores.metrics().total(Measure.DIGESTS_SENT), "the redelivered digest counts nothing");
        assertEquals(3, stores.metrics().total(Measure.EMAILS_SENT), "the digest is an e-mail too");
    }
}
