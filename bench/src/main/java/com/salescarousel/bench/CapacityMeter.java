package com.salescarousel.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Added to the benchmark's DynamoDB client only: asks every read (and single-item write) for
 * {@code ReturnConsumedCapacity=TOTAL} and sums what DynamoDB reports, per operation. Beside the
 * reported figure it computes the units from the items that came back, by DynamoDB's rules (item
 * sizes summed per request, rounded up to 4 KB, halved when eventually consistent), as a check on
 * the emulator. Production code is unchanged: only this client carries the interceptor.
 */
public final class CapacityMeter implements ExecutionInterceptor {

    /** One operation's totals. */
    public static final class Op {
        public long requests;
        /** Responses that carried a ConsumedCapacity at all. */
        public long reportedResponses;
        public double reportedUnits;
        /** Read units computed from returned item sizes (reads only; -1 contributions are skipped). */
        public double computedUnits;
        public long itemsReturned;
        public long itemsScanned;
        public long bytesReturned;
        /** Queries and Scans that found nothing, and the units DynamoDB reported for them. */
        public long emptyResponses;
        public double emptyReportedUnits;

        Op copy() {
            Op o = new Op();
            o.requests = requests;
            o.reportedResponses = reportedResponses;
            o.reportedUnits = reportedUnits;
            o.computedUnits = computedUnits;
            o.itemsReturned = itemsReturned;
            o.itemsScanned = itemsScanned;
            o.bytesReturned = bytesReturned;
            o.emptyResponses = emptyResponses;
            o.emptyReportedUnits = emptyReportedUnits;
            return o;
        }
    }

    private final Map<String, Op> ops = new TreeMap<>();

    public synchronized void reset() {
        ops.clear();
    }

    public synchronized Map<String, Op> snapshot() {
        Map<String, Op> out = new TreeMap<>();
        ops.forEach((k, v) -> out.put(k, v.copy()));
        return out;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (r instanceof QueryRequest q) return q.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof ScanRequest s) return s.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof GetItemRequest g) return g.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof BatchGetItemRequest b) return b.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof PutItemRequest p) return p.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof UpdateItemRequest u) return u.toBuilder().returnConsumedCapacity(total).build();
        if (r instanceof DeleteItemRequest d) return d.toBuilder().returnConsumedCapacity(total).build();
        return r;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        SdkRequest req = context.request();
        SdkResponse res = context.response();
        String name = req.getClass().getSimpleName().replace("Request", "");
        if (req instanceof QueryRequest q) name += q.indexName() == null ? " (table)" : " (" + q.indexName() + ")";
        Op op;
        synchronized (this) {
            op = ops.computeIfAbsent(name, k -> new Op());
        }
        synchronized (op) {
            op.requests++;
            switch (res) {
                case QueryResponse q -> {
                    QueryRequest qr = (QueryRequest) req;
                    reported(op, q.consumedCapacity());
                    long bytes = sizes(q.items());
                    op.itemsReturned += q.count();
                    op.itemsScanned += q.scannedCount();
                    op.bytesReturned += bytes;
                    empty(op, q.scannedCount(), q.consumedCapacity());
                    // A projection or filter hides what was read; then there is no honest computed figure.
                    if (qr.projectionExpression() == null && qr.filterExpression() == null && !"COUNT".equals(qr.selectAsString())) {
                        op.computedUnits += units(bytes, Boolean.TRUE.equals(qr.consistentRead()) && qr.indexName() == null);
                    }
                }
                case ScanResponse s -> {
                    ScanRequest sr = (ScanRequest) req;
                    reported(op, s.consumedCapacity());
                    long bytes = sizes(s.items());
                    op.itemsReturned += s.count();
                    op.itemsScanned += s.scannedCount();
                    op.bytesReturned += bytes;
                    empty(op, s.scannedCount(), s.consumedCapacity());
                    if (sr.projectionExpression() == null && sr.filterExpression() == null) {
                        op.computedUnits += units(bytes, Boolean.TRUE.equals(sr.consistentRead()));
                    }
                }
                case GetItemResponse g -> {
                    reported(op, g.consumedCapacity());
                    long bytes = g.hasItem() ? size(g.item()) : 0;
                    op.itemsReturned += g.hasItem() ? 1 : 0;
                    op.bytesReturned += bytes;
                    GetItemRequest gr = (GetItemRequest) req;
                    if (gr.projectionExpression() == null) op.computedUnits += units(bytes, Boolean.TRUE.equals(gr.consistentRead()));
                }
                case BatchGetItemResponse b -> {
                    if (b.consumedCapacity() != null) b.consumedCapacity().forEach(c -> reported(op, c));
                    BatchGetItemRequest br = (BatchGetItemRequest) req;
                    for (var e : b.responses().entrySet()) {
                        KeysAndAttributes ka = br.requestItems().get(e.getKey());
                        boolean consistent = ka != null && Boolean.TRUE.equals(ka.consistentRead());
                        for (var item : e.getValue()) {
                            long bytes = size(item);
                            op.itemsReturned++;
                            op.bytesReturned += bytes;
                            op.computedUnits += units(bytes, consistent); // BatchGetItem rounds per item
                        }
                    }
                }
                case PutItemResponse p -> reported(op, p.consumedCapacity());
                case UpdateItemResponse u -> reported(op, u.consumedCapacity());
                case DeleteItemResponse d -> reported(op, d.consumedCapacity());
                default -> { }
            }
        }
    }

    private static void empty(Op op, Integer scanned, ConsumedCapacity c) {
        if (scanned != null && scanned == 0) {
            op.emptyResponses++;
            if (c != null && c.capacityUnits() != null) op.emptyReportedUnits += c.capacityUnits();
        }
    }

    private static void reported(Op op, ConsumedCapacity c) {
        if (c == null || c.capacityUnits() == null) return;
        op.reportedResponses++;
        op.reportedUnits += c.capacityUnits();
    }

    /** One read: whole 4 KB units of the bytes read (at least one), halved when eventually consistent. */
    static double units(long bytes, boolean strongly) {
        long fours = Math.max(1, (bytes + 4095) / 4096);
        return strongly ? fours : fours / 2.0;
    }

    static long sizes(List<Map<String, AttributeValue>> items) {
        long n = 0;
        for (var item : items) n += size(item);
        return n;
    }

    /** DynamoDB's item size: each attribute's name (UTF-8) plus its value. */
    public static long size(Map<String, AttributeValue> item) {
        long n = 0;
        for (var e : item.entrySet()) n += utf8(e.getKey()) + size(e.getValue());
        return n;
    }

    static long size(AttributeValue v) {
        if (v.s() != null) return utf8(v.s());
        if (v.n() != null) return numberSize(v.n());
        if (v.b() != null) return v.b().asByteArray().length;
        if (v.bool() != null || v.nul() != null) return 1;
        if (v.hasSs()) return v.ss().stream().mapToLong(CapacityMeter::utf8).sum();
        if (v.hasNs()) return v.ns().stream().mapToLong(CapacityMeter::numberSize).sum();
        if (v.hasBs()) return v.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
        if (v.hasL()) return 3 + v.l().stream().mapToLong(x -> 1 + size(x)).sum();
        if (v.hasM()) return 3 + v.m().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + size(e.getValue())).sum();
        return 0;
    }

    /** About one byte per two significant digits, plus one. */
    static long numberSize(String n) {
        String digits = n.replaceAll("[^0-9]", "").replaceAll("^0+", "").replaceAll("0+$", "");
        return (Math.max(1, digits.length()) + 1) / 2 + 1;
    }

    static long utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
