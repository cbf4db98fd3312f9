package com.salescarousel.entry.sender;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.json.Json;
import com.salescarousel.ops.Invocations;
import com.salescarousel.ops.JsonLogs;
import com.salescarousel.ops.SqsBatches;
import com.salescarousel.send.Sender;
import com.salescarousel.send.Suppressions;
import com.salescarousel.wiring.SnapStartPriming;
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
    /** The Service dimension of its metrics and the service of its log lines. */
    public static final String SERVICE = "touch-sender";

    /** What the handler takes from an object graph: this function's component, the local cloud's, a test's. */
    public interface Graph {
        Sender sender();

        /** For SES bounce and complaint events arriving on the same queue. */
        Suppressions suppressions();

        /** Where a batch's counts go, published once per batch. */
        Invocations invocations();
    }

    private final Sender sender;
    private final Suppressions suppressions;
    private final Invocations invocations;
    /** Held here because the CRaC context holds its resources weakly. */
    private final TouchSenderPriming priming;

    /**
     * Lambda's constructor: the graph and its SDK clients are built once per container, here, from
     * the environment, and the SnapStart priming hook is registered.
     */
    public TouchSenderHandler() {
        this(TouchSenderComponent.fromEnvironment());
        JsonLogs.install(SERVICE);
        SnapStartPriming.register(priming);
    }

    /** The local cloud, tests and the benchmark pass their own graph; nothing is registered with CRaC. */
    public TouchSenderHandler(Graph graph) {
        this.sender = graph.sender();
        this.suppressions = graph.suppressions();
        this.invocations = graph.invocations();
        this.priming = new TouchSenderPriming(this);
    }

    /** What SnapStart runs before the snapshot; the benchmark calls it too. */
    public TouchSenderPriming priming() {
        return priming;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatches.each(invocations, SERVICE, event, this::take);
    }

    private void take(SQSEvent.SQSMessage m, List<SQSBatchResponse.BatchItemFailure> failures) {
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
}
