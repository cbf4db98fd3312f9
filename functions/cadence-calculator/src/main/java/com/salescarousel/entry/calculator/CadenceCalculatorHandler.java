package com.salescarousel.entry.calculator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.salescarousel.digest.MorningRun;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
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

    private final MorningRun run;
    private final Clock clock;
    /** Held here because the CRaC context holds its resources weakly; null when not registered. */
    private final CadenceCalculatorPriming priming;

    /** Lambda's constructor: the graph and its SDK clients are built once per container, here. */
    public CadenceCalculatorHandler() {
        this(CadenceCalculatorComponent.create(Settings.fromEnvironment(), QueueSettings.fromEnvironment(), Clock.systemUTC()),
                Clock.systemUTC(), true);
    }

    public CadenceCalculatorHandler(CadenceCalculatorComponent graph, Clock clock) {
        this(graph, clock, false);
    }

    private CadenceCalculatorHandler(CadenceCalculatorComponent graph, Clock clock, boolean registerPriming) {
        this.run = graph.morningRun();
        this.clock = clock;
        this.priming = registerPriming ? SnapStartPriming.register(new CadenceCalculatorPriming(graph.profiles())) : null;
    }

    /** The local cloud passes the run from its own graph (no priming hook). */
    public CadenceCalculatorHandler(MorningRun run, Clock clock) {
        this.run = run;
        this.clock = clock;
        this.priming = null;
    }

    /** What SnapStart runs before the snapshot (null unless built by Lambda's constructor); for the benchmark. */
    public CadenceCalculatorPriming priming() {
        return priming;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Object time = event == null ? null : event.get("time");
        Instant at = time instanceof String s && !s.isBlank() ? OffsetDateTime.parse(s).toInstant() : clock.instant();
        MorningRun.Result r = run.run(at);
        LOG.info(() -> "morning run " + r);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runStart", r.runStart().toString());
        out.put("reps", r.reps());
        out.put("digestsQueued", r.digestsQueued());
        out.put("touchesQueued", r.touchesQueued());
        out.put("alreadyQueued", r.alreadyQueued());
        return out;
    }
}
