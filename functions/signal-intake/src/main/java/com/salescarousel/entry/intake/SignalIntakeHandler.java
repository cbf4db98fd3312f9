package com.salescarousel.entry.intake;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.ops.Invocations;
import com.salescarousel.ops.JsonLogs;
import com.salescarousel.ops.SqsBatches;
import com.salescarousel.signal.SignalEvent;
import com.salescarousel.signal.SignalIntake;
import com.salescarousel.signal.SignalStore;
import com.salescarousel.wiring.SnapStartPriming;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SQS-triggered: each message is one validated webhook event ({@link SignalEvent}). Failures are
 * reported per message (ReportBatchItemFailures): a message that raced other writers too long comes
 * back alone, and one that can never be placed (no member to own it, not a signal) ends in the
 * dead-letter queue after five tries instead of being dropped. The event id makes every redelivery a no-op.
 */
public final class SignalIntakeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = Logger.getLogger(SignalIntakeHandler.class.getName());
    /** The Service dimension of its metrics and the service of its log lines. */
    public static final String SERVICE = "signal-intake";

    /** What the handler takes from an object graph: this function's component, the local cloud's, a test's. */
    public interface Graph {
        SignalIntake signalIntake();

        /** For SnapStart priming: a read that cannot change anything. */
        SignalStore signals();

        /** Where a batch's counts go, published once per batch. */
        Invocations invocations();
    }

    private final SignalIntake intake;
    private final Invocations invocations;
    /** Held here because the CRaC context holds its resources weakly. */
    private final SignalIntakePriming priming;

    /**
     * Lambda's constructor: the graph and its SDK clients are built once per container, here, from
     * the environment, and the SnapStart priming hook is registered.
     */
    public SignalIntakeHandler() {
        this(SignalIntakeComponent.fromEnvironment());
        JsonLogs.install(SERVICE);
        SnapStartPriming.register(priming);
    }

    /** The local cloud, tests and the benchmark pass their own graph; nothing is registered with CRaC. */
    public SignalIntakeHandler(Graph graph) {
        this.intake = graph.signalIntake();
        this.invocations = graph.invocations();
        this.priming = new SignalIntakePriming(graph.signals());
    }

    /** What SnapStart runs before the snapshot; the benchmark calls it too. */
    public SignalIntakePriming priming() {
        return priming;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatches.each(invocations, SERVICE, event, this::take);
    }

    private void take(SQSEvent.SQSMessage m, List<SQSBatchResponse.BatchItemFailure> failures) {
        try {
            SignalEvent e = SignalEvent.fromMessage(m.getBody());
            SignalIntake.Result r = intake.take(e);
            LOG.info(() -> "signal " + e.org() + "/" + e.id() + ": " + r);
            if (r == SignalIntake.Result.NO_OWNER) failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "message " + m.getMessageId() + " failed", e);
            failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
        }
    }
}
