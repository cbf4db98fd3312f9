package com.salescarousel.entry.sender;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.json.Json;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.MailSettings;
import com.salescarousel.send.Sender;
import com.salescarousel.send.Suppressions;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.wiring.Settings;
import com.salescarousel.wiring.SnapStartPriming;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SQS-triggered: each message names a send record (or carries an SES event). Failures are reported
 * per message (ReportBatchItemFailures), so one throttled e-mail does not redeliver the batch.
 */
public final class TouchSenderHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = Logger.getLogger(TouchSenderHandler.class.getName());

    private final Sender sender;
    private final Suppressions suppressions;
    /** Held here because the CRaC context holds its resources weakly; null when not registered. */
    private final TouchSenderPriming priming;

    /** Lambda's constructor: the graph and its SDK clients are built once per container, here. */
    public TouchSenderHandler() {
        TouchSenderComponent graph = TouchSenderComponent.create(Settings.fromEnvironment(), MailSettings.fromEnvironment(),
                UnsubscribeTokens.fromEnvironment(), SesSettings.fromEnvironment(), PushSettings.fromEnvironment(), Clock.systemUTC());
        this.sender = graph.sender();
        this.suppressions = graph.suppressions();
        this.priming = SnapStartPriming.register(new TouchSenderPriming(this));
    }

    public TouchSenderHandler(TouchSenderComponent graph) {
        this(graph.sender(), graph.suppressions());
    }

    /** The local cloud passes the parts from its own graph (no priming hook). */
    public TouchSenderHandler(Sender sender, Suppressions suppressions) {
        this.sender = sender;
        this.suppressions = suppressions;
        this.priming = null;
    }

    /** What SnapStart runs before the snapshot; the benchmark calls it too. */
    public TouchSenderPriming priming() {
        return priming != null ? priming : new TouchSenderPriming(this);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                Map<String, Object> body = Json.object(m.getBody());
                if (body.containsKey("sendId")) {
                    Sender.Result r = sender.handle((String) body.get("repId"), (String) body.get("sendId"));
                    LOG.info(() -> "send " + body.get("sendId") + ": " + r);
                } else if (!SesEvents.handle(body, suppressions)) {
                    LOG.warning("unrecognised message " + m.getMessageId() + "; dropped");
                }
            } catch (Sender.Retry e) {
                LOG.info(() -> "retry later " + m.getMessageId() + ": " + e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "message " + m.getMessageId() + " failed", e);
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
