package com.salescarousel.ops;

import com.salescarousel.touch.Channel;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link Activity} a graph hands its use cases: counts go to the calling thread's open
 * {@link Invocation}, which publishes them once when the handler closes it (per request, per SQS
 * batch, per hourly run) and sets the correlation id the logs carry meanwhile. One instance serves
 * every function of the local cloud: the service is the invocation's, not the graph's.
 */
public final class Invocations implements Activity {
    /** Where {@code POWERTOOLS_SERVICE_NAME} (template.yaml) overrides a handler's own short name. */
    public static final String SERVICE = "POWERTOOLS_SERVICE_NAME";
    private static final Logger LOG = Logger.getLogger(Invocations.class.getName());

    private final MetricsSink sink;
    private final String serviceOverride;
    private final ThreadLocal<Tally> open = new ThreadLocal<>();

    public Invocations(MetricsSink sink) {
        this(sink, System.getenv(SERVICE));
    }

    public Invocations(MetricsSink sink, String serviceOverride) {
        this.sink = sink;
        this.serviceOverride = serviceOverride == null || serviceOverride.isBlank() ? null : serviceOverride;
    }

    /** Opens this thread's invocation; close it in a finally (try-with-resources) to publish. */
    public Invocation open(String service, String correlationId) {
        return new Invocation(serviceOverride == null ? service : serviceOverride, correlationId);
    }

    @Override
    public void add(Measure measure, long n) {
        Tally t = open.get();
        if (t != null) t.add(measure, n);
    }

    @Override
    public void touchLogged(Channel channel) {
        Tally t = open.get();
        if (t != null) t.touch(channel.wire());
    }

    /** One request, batch or run: its tally and its correlation id, restored to the outer ones on close. */
    public final class Invocation implements AutoCloseable {
        private final String service;
        private final Tally tally = new Tally();
        private final Tally outer;
        private final String outerId;

        private Invocation(String service, String correlationId) {
            this.service = service;
            this.outer = open.get();
            open.set(tally);
            this.outerId = Correlation.swap(correlationId);
        }

        /** The id this thread's log lines carry from now on: each message of a batch has its own. */
        public void correlate(String correlationId) {
            Correlation.swap(correlationId);
        }

        /** Publishes the counts. Never throws: a metrics failure must not fail (or redeliver) work that is done. */
        @Override
        public void close() {
            try {
                if (!tally.isEmpty()) sink.publish(service, tally);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "metrics of " + service + " not published: " + tally, e);
            } finally {
                if (outer == null) {
                    open.remove();
                } else {
                    open.set(outer);
                }
                Correlation.swap(outerId);
            }
        }
    }
}
