package com.salescarousel.send;

import com.salescarousel.error.Conflict;
import com.salescarousel.error.FieldError;
import com.salescarousel.error.Invalid;
import com.salescarousel.error.NotFound;
import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStore;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.template.Template;
import com.salescarousel.template.TemplateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/**
 * Queueing a templated touch e-mail from the API: everything that can be refused is refused here
 * (no address, opted out, empty relevant-info slot), before anything is written or queued. The
 * queue is lazy: most API calls never send, so they never pay for building an SQS client.
 */
public final class TouchMails {
    private final ProspectStore prospects;
    private final TemplateStore templates;
    private final SendStore sends;
    private final dagger.Lazy<SendQueue> queue;
    private final Suppressions suppressions;
    private final Clock clock;

    @Inject
    public TouchMails(ProspectStore prospects, TemplateStore templates, SendStore sends, dagger.Lazy<SendQueue> queue,
                      Suppressions suppressions, Clock clock) {
        this.prospects = prospects;
        this.templates = templates;
        this.sends = sends;
        this.queue = queue;
        this.suppressions = suppressions;
        this.clock = clock;
    }

    public Send queue(RepProfile rep, String prospectId, String templateId, String relevantInfo, String idempotencyKey) {
        Prospect p = prospects.find(rep.repId(), prospectId).orElseThrow(() -> new NotFound("prospect " + prospectId));
        List<FieldError> bad = new ArrayList<>();
        Template t = templates.find(rep.org(), templateId).orElse(null);
        if (t == null) {
            bad.add(new FieldError("templateId", "no template " + templateId + " in your team"));
        } else if (t.needsRelevantInfo() && (relevantInfo == null || relevantInfo.isBlank())) {
            bad.add(new FieldError("relevantInfo", "this template has a {{relevantInfo}} slot: add the one relevant fact (an article, a competitor's move)"));
        }
        if (p.email() == null) bad.add(new FieldError("prospectId", "the prospect has no e-mail address"));
        Invalid.throwIfAny(bad);
        if (suppressions.isSuppressed(rep.org(), p.email())) {
            throw Conflict.suppressed(p.email() + " unsubscribed, bounced or complained: it is not e-mailed");
        }
        Instant now = clock.instant();
        // The key makes a retried request find its first send instead of queueing a second one.
        String id = idempotencyKey != null ? "REQ-" + idempotencyKey : Ulid.at(now);
        Send send = Send.touch(rep.repId(), id, prospectId, templateId, relevantInfo, now);
        if (!sends.createIfAbsent(send)) {
            Send first = sends.find(rep.repId(), id).orElseThrow();
            if (!prospectId.equals(first.prospectId())) throw Invalid.of("idempotencyKey", "already used for another send");
            if (first.status() == Send.Status.QUEUED) queue.get().enqueue(rep.repId(), id); // the first try may have died before queueing
            return first;
        }
        queue.get().enqueue(rep.repId(), id);
        return send;
    }

    public List<Send> recent(String repId, int limit) {
        return sends.recent(repId, limit);
    }
}
