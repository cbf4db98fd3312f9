package com.salescarousel.ops;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * How the SQS-driven functions walk a batch: each message under its own correlation id, its failure
 * reported alone ({@code ReportBatchItemFailures}), the batch's counts published once at the end.
 */
public final class SqsBatches {
    /** Takes one message; adds it to {@code failures} when it should come back. */
    public interface Taker {
        void take(SQSEvent.SQSMessage message, List<SQSBatchResponse.BatchItemFailure> failures);
    }

    private SqsBatches() {}

    public static SQSBatchResponse each(Invocations invocations, String service, SQSEvent event, Taker taker) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        try (var batch = invocations.open(service, null)) {
            for (SQSEvent.SQSMessage m : event.getRecords()) {
                batch.correlate(m.getMessageId());
                taker.take(m, failures);
            }
        }
        return new SQSBatchResponse(failures);
    }
}
