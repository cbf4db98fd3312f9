package com.salescarousel.entry.sender;

import com.salescarousel.push.PushSettings;
import com.salescarousel.push.Pusher;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Mailer;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** SES, only in the sender's graph (no other function carries the SES client). */
@Module
public final class MailModule {
    private MailModule() {}

    @Provides
    @Singleton
    static SesV2Client ses(SesSettings s) {
        return s.ses().configure(SesV2Client.builder())
                // No automatic retries: SesMailer decides what is safe to send again.
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    /**
     * Push is off (and the library never loaded) until the deployment has VAPID keys. Bad keys turn
     * push off with a loud log line rather than stopping the mail with it.
     */
    @Provides
    @Singleton
    static Pusher pusher(PushSettings push) {
        if (!push.enabled()) return Pusher.OFF;
        try {
            return new WebPushPusher(push);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(MailModule.class.getName()).severe("VAPID keys unusable, push is off: " + e);
            return Pusher.OFF;
        }
    }

    @Provides
    @Singleton
    static Mailer mailer(SesV2Client ses, MailSettings settings, SesSettings sesSettings) {
        return new SesMailer(ses, settings, sesSettings.concurrentSenders());
    }
}
