import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Time to the first metric flushed with Powertools for AWS Lambda (Java) v2's metrics module, in a
 * fresh JVM, through its functional API (no @FlushMetrics, so no AspectJ weaving): namespace and
 * service from POWERTOOLS_METRICS_NAMESPACE / POWERTOOLS_SERVICE_NAME, one count, flush.
 * Prints first_flush_ms on stderr. Run by bench/emf/emf-cold-start.sh.
 */
public final class PowertoolsFirstFlush {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Metrics m = MetricsFactory.getMetricsInstance();
        m.addMetric("TouchesLogged", 1, MetricUnit.COUNT);
        m.flush();
        long t1 = System.nanoTime();
        System.err.printf("first_flush_ms=%.1f%n", (t1 - t0) / 1e6);
    }
}
