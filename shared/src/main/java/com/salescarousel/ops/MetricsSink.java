package com.salescarousel.ops;

/** Where an invocation's counts go: CloudWatch's embedded metric format ({@link EmfSink}), or a test's recorder. */
public interface MetricsSink {
    /** @param service the function's short name, the {@code Service} dimension */
    void publish(String service, Tally tally);
}
