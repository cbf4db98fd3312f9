package com.salescarousel.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Every DynamoDB client in the bench JVM carries this one (the SDK loads it from the bench jar's
 * {@code software/amazon/awssdk/services/dynamodb/execution.interceptors}), so the production graph's
 * own client is measured unchanged. It asks for {@code ReturnConsumedCapacity=TOTAL} and sums per
 * operation what DynamoDB Local reports; for TransactWriteItems it also computes the write units by
 * DynamoDB's rule (2 units per KB of each item, rounded up per item).
 */
public final class DynamoDbCalls implements ExecutionInterceptor {
    private static final Map<String, double[]> OPS = new TreeMap<>(); // op -> calls, reported units, computed units

    static synchronized void reset() {
        OPS.clear();
    }

    static synchronized String line() {
        StringBuilder b = new StringBuilder();
        OPS.forEach((op, v) -> b.append(String.format(Locale.ROOT, "%s x%.0f = %.1f units reported%s; ", op, v[0], v[1],
                v[2] > 0 ? String.format(Locale.ROOT, " / %.0f computed", v[2]) : "")));
        return b.toString();
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        if (r instanceof TransactWriteItemsRequest t) {
            double units = 0;
            for (var item : t.transactItems()) {
                if (item.put() != null) units += 2 * Math.ceil(CapacityMeter.size(item.put().item()) / 1024.0);
                else units += 2; // a delete or condition check of a small item
            }
            add("TransactWriteItems", 0, 0, units);
            return t.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (r instanceof QueryRequest q) return q.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        if (r instanceof BatchGetItemRequest g) return g.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        if (r instanceof GetItemRequest g) return g.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        if (r instanceof BatchWriteItemRequest w) return w.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        return r;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Object res = context.response();
        String op = context.request().getClass().getSimpleName().replace("Request", "");
        double units = switch (res) {
            case TransactWriteItemsResponse t -> sum(t.consumedCapacity());
            case BatchGetItemResponse g -> sum(g.consumedCapacity());
            case BatchWriteItemResponse w -> sum(w.consumedCapacity());
            case QueryResponse q -> q.consumedCapacity() == null ? 0 : q.consumedCapacity().capacityUnits();
            case GetItemResponse g -> g.consumedCapacity() == null ? 0 : g.consumedCapacity().capacityUnits();
            default -> 0;
        };
        add(op, 1, units, 0);
    }

    private static double sum(java.util.List<ConsumedCapacity> c) {
        return c == null ? 0 : c.stream().mapToDouble(x -> x.capacityUnits() == null ? 0 : x.capacityUnits()).sum();
    }

    private static synchronized void add(String op, int calls, double reported, double computed) {
        double[] v = OPS.computeIfAbsent(op, k -> new double[3]);
        v[0] += calls;
        v[1] += reported;
        v[2] += computed;
    }
}
