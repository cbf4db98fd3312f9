package com.salescarousel.signal;

import com.salescarousel.json.Json;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.push.DigestPush;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Mailer;
import com.salescarousel.template.MergeFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Speed to lead: the owner hears at once that a prospect became sales-ready, not at the next digest.
 * A push to each of their devices; when none took it (no subscription, all expired or failing), an
 * e-mail alert instead. The sender has claimed the alert's send record first, so it goes out at most once.
 */
public final class SalesReadyAlert {
    private final DigestPush push;
    private final Mailer mailer;
    private final MailSettings settings;

    /** How it went out: {@code messageId} for an e-mail, null for a push. */
    public record Delivered(String messageId, String detail) {}

    public SalesReadyAlert(DigestPush push, Mailer mailer, MailSettings settings) {
        this.push = push;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** {@code why}: the signals, as the alert's send record carries them. */
    public Delivered deliver(RepProfile rep, Prospect p, String why) throws Mailer.Retryable, Mailer.Rejected, Mailer.Unknown {
        String title = MergeFields.oneLine("Sales ready: " + p.name() + (p.company() == null ? "" : " (" + p.company() + ")"));
        String body = (why == null ? "" : why + " — ") + "call now";
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", title);
        payload.put("body", body);
        payload.put("url", "/#/prospect/" + p.id());
        payload.put("tag", "ready-" + p.id());
        DigestPush.Outcome pushed = push.deliver(rep, Json.write(payload), "sales-ready push");
        if (pushed.delivered() > 0) {
            return new Delivered(null, "pushed to " + pushed.delivered() + (pushed.delivered() == 1 ? " device" : " devices"));
        }
        String link = settings.appUrl() + "/#/prospect/" + p.id();
        String text = p.name() + (p.company() == null ? "" : " at " + p.company()) + " is sales-ready: " + body + ".\n\n"
                + (p.email() == null ? "" : "E-mail: " + p.email() + "\n") + (p.phone() == null ? "" : "Phone: " + p.phone() + "\n")
                + "\nOpen the prospect: " + link + "\n";
        String html = "<!doctype html><html><body style=\"font-family:system-ui,sans-serif;color:#1f2933\"><p><strong>"
                + MergeFields.escapeHtml(p.name()) + "</strong>" + (p.company() == null ? "" : " at " + MergeFields.escapeHtml(p.company()))
                + " is sales-ready: " + MergeFields.escapeHtml(body) + ".</p><p><a href=\"" + MergeFields.escapeHtml(link)
                + "\">Open the prospect</a></p></body></html>";
        String id = mailer.send(new Mailer.Mail(settings.from(), rep.email(), title + " — call now", text, html, Map.of(),
                Map.of("kind", "sales_ready")));
        return new Delivered(id, pushed.removed() + pushed.failed() > 0 ? "e-mailed: no device took the push" : "e-mailed: no device subscribed to pushes");
    }
}
