package com.salescarousel.entry.sender;

import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Mailer;
import java.net.URI;
import java.util.Optional;

/** The touch-sender's own SES client and mailer (its module's provider: no SDK retries), pointed at a test endpoint. */
public final class ProductionSes {
    private ProductionSes() {}

    public static Mailer mailer(URI endpoint, MailSettings settings) {
        SesSettings ses = new SesSettings("us-east-1", Optional.of(endpoint));
        return MailModule.mailer(MailModule.ses(ses), settings, ses);
    }
}
