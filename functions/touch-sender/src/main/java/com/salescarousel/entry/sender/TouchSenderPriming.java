package com.salescarousel.entry.sender;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.salescarousel.wiring.SnapStartPriming;
import java.util.List;

/**
 * SnapStart priming: before the snapshot, run one SQS message through the whole handler: JSON
 * decoding, the sender, and one DynamoDB GetItem (endpoint rules, signing, the HTTP client, the JSON
 * protocol) for a send record that cannot exist, which the sender answers with "unknown, dropped"
 * and no write.
 *
 * <p>SES is not called: the client has no automatic retries and its one operation we use sends an
 * e-mail, so there is no safe read to prime it with; it is built (constructor) but its first request
 * stays cold. A read writes nothing, needs no permission the function lacks, and has the same answer
 * whatever the table holds. The connection opened here is not reused after restore
 * (HttpURLConnection drops idle keep-alive connections by wall-clock age).
 */
public final class TouchSenderPriming extends SnapStartPriming {
    static final String BODY = "{\"repId\":\"snapstart-priming\",\"sendId\":\"snapstart-priming\"}";

    private final TouchSenderHandler handler;

    TouchSenderPriming(TouchSenderHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void warm() {
        prime();
    }

    /** Public for the benchmark; returns how many messages failed (0 when everything worked). */
    public int prime() {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("snapstart-priming");
        m.setBody(BODY);
        SQSEvent e = new SQSEvent();
        e.setRecords(List.of(m));
        SQSBatchResponse r = handler.handleRequest(e, null);
        return r.getBatchItemFailures().size();
    }
}
