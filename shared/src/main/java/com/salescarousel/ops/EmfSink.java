package com.salescarousel.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.model.Unit;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * Counts as CloudWatch embedded-metric-format lines (awslabs aws-embedded-metrics; bench/README.md
 * says why not Powertools): one line with every measure under {@code [Service]}, and one per channel
 * with {@code TouchesLogged} under both {@code [Service]} and {@code [Service, Channel]}, since one
 * EMF document holds one value per dimension. In Lambda the lines go to stdout, where CloudWatch
 * Logs extracts the metrics; elsewhere (the local cloud, tests) to this class's logger at FINE.
 */
public final class EmfSink implements MetricsSink {
    public static final String NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    public static final String DEFAULT_NAMESPACE = "SalesCarousel";
    private static final Logger LOG = Logger.getLogger(EmfSink.class.getName());

    private final String namespace;
    private final Environment environment;

    /** Lines to {@code out}, as the library serialises them: what the tests read. */
    public EmfSink(String namespace, Consumer<String> out) {
        this(namespace, new Lines(out));
    }

    private EmfSink(String namespace, Environment environment) {
        this.namespace = namespace;
        this.environment = environment;
    }

    public static EmfSink fromEnvironment() {
        return from(System.getenv());
    }

    static EmfSink from(Map<String, String> env) {
        String ns = env.getOrDefault(NAMESPACE, "");
        String namespace = ns.isBlank() ? DEFAULT_NAMESPACE : ns;
        if (env.containsKey("AWS_LAMBDA_FUNCTION_NAME")) return new EmfSink(namespace, new LambdaEnvironment());
        return new EmfSink(namespace, line -> LOG.fine(line));
    }

    @Override
    public void publish(String service, Tally tally) {
        DimensionSet byService = DimensionSet.of("Service", service);
        for (var c : tally.touchesByChannel().entrySet()) {
            MetricsLogger m = logger(byService, DimensionSet.of("Service", service, "Channel", c.getKey()));
            m.putMetric(Measure.TOUCHES_LOGGED.metricName(), c.getValue(), Unit.COUNT);
            m.flush();
        }
        Map<Measure, Long> counts = tally.counts();
        if (counts.isEmpty()) return;
        MetricsLogger m = logger(byService);
        counts.forEach((measure, n) -> m.putMetric(measure.metricName(), n, Unit.COUNT));
        m.flush();
    }

    private MetricsLogger logger(DimensionSet... dimensions) {
        MetricsLogger m = new MetricsLogger(environment);
        m.setNamespace(namespace);
        m.setDimensions(dimensions);
        String id = Correlation.id();
        if (id != null) m.putProperty("correlationId", id);
        return m;
    }

    /** An environment that hands each serialised line to a consumer (no agent, no probing of EC2 or ECS). */
    private record Lines(Consumer<String> out) implements Environment, ISink {
        @Override public boolean probe() { return true; }
        @Override public String getName() { return "Local"; }
        @Override public String getType() { return "Local"; }
        @Override public String getLogGroupName() { return ""; }
        @Override public void configureContext(MetricsContext context) {}
        @Override public ISink getSink() { return this; }

        @Override
        public void accept(MetricsContext context) {
            try {
                context.serialize().forEach(out);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public CompletableFuture<Void> shutdown() {
            return CompletableFuture.completedFuture(null);
        }
    }

}
