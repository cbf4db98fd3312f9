package com.salescarousel.bench;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Counts every AWS call made in the benchmark's JVM while {@code carousel.bench.meter=on}, by who made it
 * (the thread: the signal-intake worker, the sender's worker, else the HTTP server, i.e. the webhook and
 * the API), service and operation, with the capacity DynamoDB reports (it asks for
 * {@code ReturnConsumedCapacity=TOTAL}). The SDK loads it for every client from
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}, a resource of the bench jar
 * only, so the local cloud's production graph is measured unmodified. Off, it does nothing.
 */
public final class SignalCalls implements ExecutionInterceptor {
    /** One (who, service, operation)'s totals. */
    public static final class Count {
        public long calls;
        public double units;
        /** GetItem/Query calls DynamoDB Local reported 0 units for (found nothing): DynamoDB bills them the minimum. */
        public long emptyReads;
    }

    private static final Map<String, Count> COUNTS = new TreeMap<>();

    static boolean on() {
        return "on".equals(System.getProperty("carousel.bench.meter"));
    }

    public static synchronized void reset() {
        COUNTS.clear();
    }

    /** Key "who service operation" → totals; a copy. */
    public static synchronized Map<String, Count> snapshot() {
        Map<String, Count> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> {
            Count c = new Count();
            c.calls = v.calls;
            c.units = v.units;
            c.emptyReads = v.emptyReads;
            out.put(k, c);
        });
        return out;
    }

    static String who() {
        String t = Thread.currentThread().getName();
        if (t.contains("carousel-signals")) return "intake";
        if (t.contains("carousel-send")) return "sender";
        return "webhook";
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!on()) return context.request();
        SdkRequest r = context.request();
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (r instanceof GetItemRequest g) return g.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof QueryRequest q) return q.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof PutItemRequest p) return p.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof UpdateItemRequest u) return u.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof TransactWriteItemsRequest t) return t.toBuilder().returnConsumedCapacity(total).build();
        return r;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (!on()) return;
        String key = who() + " " + attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + " "
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        double units = units(context.response());
        synchronized (SignalCalls.class) {
            Count c = COUNTS.computeIfAbsent(key, k -> new Count());
            c.calls++;
            c.units += units;
            if (units == 0 && (context.response() instanceof GetItemResponse || context.response() instanceof QueryResponse)) c.emptyReads++;
        }
    }

    private static double units(SdkResponse r) {
        if (r instanceof GetItemResponse g) return units(g.consumedCapacity());
        if (r instanceof QueryResponse q) return units(q.consumedCapacity());
        if (r instanceof PutItemResponse p) return units(p.consumedCapacity());
        if (r instanceof UpdateItemResponse u) return units(u.consumedCapacity());
        if (r instanceof TransactWriteItemsResponse t && t.consumedCapacity() != null) {
            return t.consumedCapacity().stream().mapToDouble(SignalCalls::units).sum();
        }
        return 0;
    }

    private static double units(ConsumedCapacity c) {
        return c == null || c.capacityUnits() == null ? 0 : c.capacityUnits();
    }
}
