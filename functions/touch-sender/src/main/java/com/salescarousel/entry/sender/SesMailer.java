package com.salescarousel.entry.sender;

import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Mailer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * SES v2 SendEmail with the carousel's headers; a reply-to address goes in SES's own {@code ReplyToAddresses}. Paced to the account's maximum send rate (read
 * once per container from GetAccount). The SDK's automatic retries are off for SES: a retried
 * request whose first answer was lost could send the mail twice. Throttling is backed off here;
 * what still fails is retryable (throttled, 5xx, unreachable), rejected (the mail itself), or
 * unknown (sent, answer lost).
 */
public final class SesMailer implements Mailer {
    private static final Logger LOG = Logger.getLogger(SesMailer.class.getName());

    private final SesV2Client ses;
    private final MailSettings settings;
    private final ReentrantLock pace = new ReentrantLock();
    private volatile double perSecond = -1;
    private long nextSlotNanos;

    private final int concurrentSenders;

    /** @param concurrentSenders containers that may send at once; each takes its share of the rate */
    public SesMailer(SesV2Client ses, MailSettings settings, int concurrentSenders) {
        this.ses = ses;
        this.settings = settings;
        this.concurrentSenders = Math.max(1, concurrentSenders);
    }

    /** Throttling back-off inside one invocation before handing the message back to SQS. */
    static final int THROTTLE_TRIES = 3;
    static final long BACKOFF_MILLIS = 200;

    @Override
    public String send(Mail mail) throws Retryable, Rejected, Unknown {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(mail);
            } catch (Retryable e) {
                if (attempt == THROTTLE_TRIES || !e.getMessage().contains("429")) throw e;
                sleepMillis(BACKOFF_MILLIS << (attempt - 1));
            }
        }
    }

    private String sendOnce(Mail mail) throws Retryable, Rejected, Unknown {
        waitForSlot();
        try {
            var content = EmailContent.builder().simple(Message.builder()
                    .subject(Content.builder().data(mail.subject()).charset("UTF-8").build())
                    .body(Body.builder()
                            .text(Content.builder().data(mail.text()).charset("UTF-8").build())
                            .html(mail.html() == null ? null : Content.builder().data(mail.html()).charset("UTF-8").build())
                            .build())
                    .headers(mail.headers().entrySet().stream()
                            .map(h -> MessageHeader.builder().name(h.getKey()).value(h.getValue()).build()).toList())
                    .build()).build();
            return ses.sendEmail(b -> b.fromEmailAddress(mail.from())
                    .destination(Destination.builder().toAddresses(List.of(mail.to())).build())
                    .replyToAddresses(mail.replyTo() == null ? null : List.of(mail.replyTo()))
                    .content(content)
                    .configurationSetName(settings.configurationSet())
                    .emailTags(mail.tags().entrySet().stream()
                            .map(t -> MessageTag.builder().name(t.getKey()).value(t.getValue().replaceAll("[^A-Za-z0-9_-]", "_")).build()).toList()))
                    .messageId();
        } catch (SesV2Exception e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            if (e.statusCode() == 429 || e.statusCode() >= 500 || code.contains("TooManyRequests") || code.contains("Throttl")
                    || code.contains("LimitExceeded")) {
                throw new Retryable(code + " (" + e.statusCode() + ")", e);
            }
            throw new Rejected(code + ": " + e.getMessage(), e);
        } catch (SdkClientException e) {
            // Could not connect: nothing was sent. Anything else (reset, timeout) may have been.
            if (causedBy(e, java.net.ConnectException.class) || causedBy(e, java.net.UnknownHostException.class)) {
                throw new Retryable("SES unreachable: " + e.getMessage(), e);
            }
            throw new Unknown(e.getMessage(), e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    private static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A simple pacer: one slot every 1/rate seconds across this container's threads. */
    private void waitForSlot() {
        if (perSecond < 0) perSecond = maxSendRate() / concurrentSenders;
        if (perSecond <= 0) return;
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        long wait;
        pace.lock();
        try {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlotNanos);
            nextSlotNanos = slot + interval;
            wait = slot - now;
        } finally {
            pace.unlock();
        }
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private double maxSendRate() {
        try {
            var quota = ses.getAccount(b -> {}).sendQuota();
            return quota == null || quota.maxSendRate() == null ? 1.0 : quota.maxSendRate();
        } catch (RuntimeException e) {
            LOG.warning("GetAccount failed (" + e.getMessage() + "); pacing at 1 e-mail/s");
            return 1.0;
        }
    }

    double perSecond() {
        return perSecond;
    }
}
