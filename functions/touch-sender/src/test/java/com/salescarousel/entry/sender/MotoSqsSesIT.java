package com.salescarousel.entry.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.cadence.DynamoDbTierStore;
import com.salescarousel.json.Json;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectDraft;
import com.salescarousel.rep.DynamoDbProfileStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.send.DynamoDbSuppressions;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Send;
import com.salescarousel.send.SqsSendQueue;
import com.salescarousel.send.TouchMails;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.store.Idempotency;
import com.salescarousel.template.DynamoDbTemplateStore;
import com.salescarousel.template.Template;
import com.salescarousel.template.Templates;
import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.testing.TestClock;
import com.salescarousel.wiring.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The send path on moto's SQS, SES v2 and DynamoDB (no Docker): a touch mail is queued on a real
 * SQS queue by {@link SqsSendQueue}, received, and handed to the production {@link TouchSenderHandler}
 * wired by its Dagger graph to SES v2 through {@link SesMailer}. Checks what moto's SES recorded:
 * one mail, even when SQS delivers the message twice; an unverified sender is rejected by SES and
 * the send is FAILED, not retried. Skipped, with the reason, where moto is not available.
 */
class MotoSqsSesIT {
    private static final Instant MONDAY_9AM_NY = Instant.parse("2026-11-23T14:00:00Z");
    private static final String FROM = "carousel@example.com";

    private URI moto;
    private TestClock clock;
    private SqsClient sqs;
    private String queueUrl;
    private String table;
    private DynamoDbSendStore sends;
    private DynamoDbProspectStore prospects;
    private TouchMails touchMails;
    private Template template;
    private Prospect grace;
    private String graceEmail;
    private final RepProfile ada = new RepProfile("ada", "Ada", "ada@example.com", "acme", "rep", ZoneId.of("America/New_York"), 7, true);

    @BeforeEach
    void wire() {
        moto = MotoFixture.endpointOrSkip();
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        sqs = SqsClient.builder().endpointOverride(moto).region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClient(UrlConnectionHttpClient.create()).build();
        queueUrl = sqs.createQueue(b -> b.queueName("carousel-send-" + UUID.randomUUID())).queueUrl();
        try (var ses = SesV2Client.builder().endpointOverride(moto).region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            ses.createEmailIdentity(b -> b.emailIdentity(FROM));
        }

        var ddb = DynamoDbFixture.client(moto);
        table = DynamoDbFixture.freshTable(ddb);
        clock = new TestClock(MONDAY_9AM_NY);
        var enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
        var idem = new Idempotency(ddb, table, clock);
        prospects = new DynamoDbProspectStore(ddb, enhanced, table, idem);
        var tiers = new DynamoDbTierStore(ddb, table);
        new DynamoDbProfileStore(ddb, enhanced, table).put(ada);
        var templateStore = new DynamoDbTemplateStore(ddb, table);
        sends = new DynamoDbSendStore(ddb, table);
        var queue = new SqsSendQueue(sqs, queueUrl);
        touchMails = new TouchMails(prospects, templateStore, sends, () -> queue, new DynamoDbSuppressions(ddb, table, clock), clock);
        template = new Templates(templateStore, clock).create("acme", new Templates.Draft("News", "{{prospect.firstName}}, news on {{prospect.company}}",
                "Hi {{prospect.firstName}}, {{relevantInfo}} — {{rep.name}}", "<p>{{relevantInfo}}</p>"));
        // A recipient of its own, so this test finds its mail among everything moto's SES holds.
        graceEmail = "grace+" + UUID.randomUUID() + "@navy.example";
        grace = new ProspectBook(prospects, tiers, clock).add(ada, new ProspectDraft("Grace Hopper", "Navy", graceEmail,
                null, null, "working", null, null, null, null), null);
    }

    private TouchSenderHandler handler(String from) {
        var graph = TouchSenderComponent.create(Settings.local(table, moto), new MailSettings(from, "https://app.example.com", null),
                new UnsubscribeTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8)),
                new SesSettings("us-east-1", Optional.of(moto)), com.salescarousel.push.PushSettings.OFF, clock);
        return new TouchSenderHandler(graph);
    }

    private Message receiveOne() {
        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(2)).messages();
        assertEquals(1, got.size(), "one message on the send queue");
        return got.get(0);
    }

    private static SQSEvent eventOf(Message m) {
        var record = new SQSEvent.SQSMessage();
        record.setMessageId(m.messageId());
        record.setBody(m.body());
        var event = new SQSEvent();
        event.setRecords(List.of(record));
        return event;
    }

    /** What moto's SES accepted for this test's recipient (its model dump; SES has no read API). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> mailsTo(String address) throws IOException {
        try (InputStream in = moto.resolve("/moto-api/data.json").toURL().openStream()) {
            var data = Json.object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var ses = (Map<String, Object>) data.getOrDefault("ses", Map.of());
            var messages = (List<Map<String, Object>>) ses.getOrDefault("Message", List.of());
            return messages.stream().filter(m -> ((List<String>) ((Map<String, Object>) m.get("destinations"))
                    .getOrDefault("ToAddresses", List.of())).contains(address)).toList();
        }
    }

    @Test
    void queuedTouch_goesThroughSqsAndSesOnce_evenWhenDeliveredTwice() throws Exception {
        Send queued = touchMails.queue(ada, grace.id(), template.id(), "COBOL turns 67.", null);
        Message m = receiveOne();
        assertEquals(Map.of("repId", "ada", "sendId", queued.id()), Json.object(m.body()));

        var handler = handler(FROM);
        SQSBatchResponse first = handler.handleRequest(eventOf(m), null);
        SQSBatchResponse again = handler.handleRequest(eventOf(m), null); // SQS is at-least-once
        assertEquals(List.of(), first.getBatchItemFailures());
        assertEquals(List.of(), again.getBatchItemFailures());

        var mails = mailsTo(graceEmail);
        assertEquals(1, mails.size(), "one mail in SES for one send, whatever SQS redelivers");
        assertEquals("Grace, news on Navy", mails.get(0).get("subject"));
        assertEquals("\"Ada\" <" + FROM + ">", mails.get(0).get("source"), "the verified address, in the rep's name");
        Send done = sends.find("ada", queued.id()).orElseThrow();
        assertEquals(Send.Status.SENT, done.status());
        assertNotNull(done.messageId());
        assertEquals(mails.get(0).get("id"), done.messageId(), "the record keeps SES's message id");
        assertEquals(1, prospects.find("ada", grace.id()).orElseThrow().touchCount());
    }

    @Test
    void unverifiedSender_isRejectedBySes_failedAndNotRetried() throws Exception {
        Send queued = touchMails.queue(ada, grace.id(), template.id(), "COBOL turns 67.", null);
        Message m = receiveOne();
        SQSBatchResponse r = handler("nobody@unverified.example").handleRequest(eventOf(m), null);
        assertEquals(List.of(), r.getBatchItemFailures(), "a rejected mail is final: not handed back to SQS");
        Send failed = sends.find("ada", queued.id()).orElseThrow();
        assertEquals(Send.Status.FAILED, failed.status());
        assertTrue(mailsTo(graceEmail).isEmpty());
        Prospect p = prospects.find("ada", grace.id()).orElseThrow();
        assertEquals(0, p.touchCount(), "no touch recorded for a mail that never left");
        assertFalse(p.nextDueOn().isAfter(grace.nextDueOn()), "still due");
    }
}
