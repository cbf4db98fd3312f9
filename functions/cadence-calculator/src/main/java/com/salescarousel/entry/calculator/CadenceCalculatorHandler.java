package com.salescarousel.entry.calculator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.salescarousel.digest.MorningRun;
import com.salescarousel.ops.Invocations;
import com.salescarousel.ops.JsonLogs;
import com.salescarousel.ops.Measure;
import com.salescarousel.rep.ProfileStore;
import com.salescarousel.wiring.SnapStartPriming;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The hourly schedule's target. EventBridge Scheduler passes {@code {"time": "<scheduled time>"}}
 * (an EventBridge rule's event has {@code time} too), so a retried invocation works on the hour it
 * was meant for, not the hour it happens to run in.
 */
public final class CadenceCalculatorHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = Logger.getLogger(CadenceCalculatorHandler.class.getName());
    /** The Service dimension of its metrics and the service of its log lines. */
    public static final String SERVICE = "cadence-calculator";

    /** What the handler takes from an object graph: this function's component, the local cloud's, a test's. */
    public interface Graph {
        MorningRun morningRun();

        /** For SnapStart priming: a read that cannot change anything. */
        ProfileStore profiles();

        /** "Now" for an event without a time; the local cloud's clock is the one it moves. */
        Clock clock();

        /** Where the run's counts go, published once per run. */
        Invocations invocations();
    }

    private final MorningRun run;
    private final Clock clock;
    private final Invocations invocations;
    /** Held here because the CRaC context holds its resources weakly. */
    private final CadenceCalculatorPriming priming;

    /**
     * Lambda's constructor: the graph and its SDK clients are built once per container, here, from
     * the environment, and the SnapStart priming hook is registered.
     */
    public CadenceCalculatorHandler() {
        this(CadenceCalculatorComponent.fromEnvironment());
        JsonLogs.install(SERVICE);
        SnapStartPriming.register(priming);
    }

    /** The local cloud and tests pass their own graph; nothing is registered with CRaC. */
    public CadenceCalculatorHandler(Graph graph) {
        this.run = graph.morningRun();
        this.clock = graph.clock();
        this.invocations = graph.invocations();
        this.priming = new CadenceCalculatorPriming(graph.profiles());
    }

    /** What SnapStart runs before the snapshot; the benchmark calls it too. */
    public CadenceCalculatorPriming priming() {
        return priming;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Object time = event == null ? null : event.get("time");
        Instant at = time instanceof String s && !s.isBlank() ? OffsetDateTime.parse(s).toInstant() : clock.instant();
        MorningRun.Result r;
        // The schedule's time is the run's correlation id: a retried run logs under the same one.
        Invocations.Invocation hour = invocations.open(SERVICE, "run-" + at);
        try {
            r = run.run(at);
            invocations.add(Measure.DIGESTS_QUEUED, r.digestsQueued());
            LOG.info(() -> "morning run " + r);
        } finally {
            hour.close();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runStart", r.runStart().toString());
        out.put("reps", r.reps());
        out.put("digestsQueued", r.digestsQueued());
        out.put("touchesQueued", r.touchesQueued());
        out.put("alreadyQueued", r.alreadyQueued());
        out.put("teamMailsQueued", r.teamMailsQueued());
        return out;
    }
}
