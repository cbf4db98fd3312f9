package com.salescarousel.faults;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The real DynamoDB client, except that its next {@code conflicts} TransactWriteItems calls are cancelled
 * the way DynamoDB cancels a transaction that met another one on the same item: TransactionCanceledException
 * with a {@code TransactionConflict} reason (nothing written).
 */
final class ConflictingDynamoDb {
    private ConflictingDynamoDb() {}

    static DynamoDbClient wrap(DynamoDbClient real, AtomicInteger conflicts) {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class},
                (proxy, method, args) -> {
                    if ("transactWriteItems".equals(method.getName()) && conflicts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw cancelled(items(args[0]));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static int items(Object arg) {
        TransactWriteItemsRequest r = arg instanceof TransactWriteItemsRequest req ? req
                : TransactWriteItemsRequest.builder().applyMutation((Consumer<TransactWriteItemsRequest.Builder>) arg).build();
        return r.transactItems().size();
    }

    private static TransactionCanceledException cancelled(int items) {
        List<CancellationReason> reasons = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            reasons.add(CancellationReason.builder().code(i == 0 ? "TransactionConflict" : "None")
                    .message(i == 0 ? "Transaction is ongoing for the item" : null).build());
        }
        return TransactionCanceledException.builder().cancellationReasons(reasons)
                .message("Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]").statusCode(400)
                .build();
    }
}
