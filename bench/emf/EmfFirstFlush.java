import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Time to the first metric flushed with awslabs aws-embedded-metrics, in a fresh JVM: build the
 * logger the way the function does (Lambda environment, console sink), put one count, flush.
 * Prints first_flush_ms on stderr (the EMF line itself goes to stdout). Run by bench/emf/emf-cold-start.sh.
 */
public final class EmfFirstFlush {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        MetricsLogger m = new MetricsLogger(new LambdaEnvironment());
        m.setNamespace("SalesCarousel");
        m.setDimensions(DimensionSet.of("Service", "touch-sender"));
        m.putMetric("TouchesLogged", 1, Unit.COUNT);
        m.flush();
        long t1 = System.nanoTime();
        System.err.printf("first_flush_ms=%.1f%n", (t1 - t0) / 1e6);
    }
}
