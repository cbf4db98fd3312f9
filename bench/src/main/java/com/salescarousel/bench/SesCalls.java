package com.salescarousel.bench;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the HTTP answers SES gives, per operation and status. The SDK loads it for every SES v2
 * client in the benchmark's JVM from {@code software/amazon/awssdk/services/sesv2/execution.interceptors}
 * (a resource of the bench jar only), so the touch-sender's own graph is measured unmodified. It
 * observes and never changes a request.
 */
public final class SesCalls implements ExecutionInterceptor {
    private static final Map<String, Integer> COUNTS = new TreeMap<>();

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        synchronized (COUNTS) {
            COUNTS.merge(op + " " + context.httpResponse().statusCode(), 1, Integer::sum);
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.httpResponse().isEmpty()) {
            String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            synchronized (COUNTS) {
                COUNTS.merge(op + " no-answer", 1, Integer::sum);
            }
        }
    }

    static Map<String, Integer> snapshotAndReset() {
        synchronized (COUNTS) {
            Map<String, Integer> out = new TreeMap<>(COUNTS);
            COUNTS.clear();
            return out;
        }
    }

    static int count(Map<String, Integer> counts, String key) {
        return counts.getOrDefault(key, 0);
    }
}
