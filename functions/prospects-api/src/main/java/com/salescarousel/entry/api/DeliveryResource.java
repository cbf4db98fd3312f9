package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.push.PushSubscriptions;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import com.salescarousel.send.TouchMails;
import java.util.Map;
import javax.inject.Inject;

/**
 * What goes out for the rep and to the rep: a templated touch e-mail queued
 * ({@code /api/prospects/{id}/send}), the outbox of recent sends ({@code /api/outbox}), and the
 * devices the morning digest is pushed to ({@code /api/push}, {@code /api/push/subscription}).
 */
final class DeliveryResource {
    private static final int OUTBOX = 50;

    private final Reps reps;
    private final TouchMails mails;
    private final PushSubscriptions push;

    @Inject
    DeliveryResource(Reps reps, TouchMails mails, PushSubscriptions push) {
        this.reps = reps;
        this.mails = mails;
        this.push = push;
    }

    /** 202: the sender does the work, and the outbox shows how it went. */
    APIGatewayV2HTTPResponse send(ApiRequest req, Caller caller) {
        String id = req.id("id", "prospect");
        var send = Requests.send(req.body());
        var queued = mails.queue(reps.profileOf(caller), id, send.templateId(), send.relevantInfo(), send.idempotencyKey());
        return ApiResponse.json(202, Views.send(queued));
    }

    APIGatewayV2HTTPResponse outbox(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Map.of("items", mails.recent(caller.repId(), OUTBOX).stream().map(Views::send).toList()));
    }

    APIGatewayV2HTTPResponse push(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Map.of("publicKey", push.publicKey(), "subscriptions", push.count(caller.repId())));
    }

    APIGatewayV2HTTPResponse subscribe(ApiRequest req, Caller caller) {
        push.subscribe(caller.repId(), req.body());
        return ApiResponse.noContent();
    }

    APIGatewayV2HTTPResponse unsubscribe(ApiRequest req, Caller caller) {
        push.unsubscribe(caller.repId(), req.body());
        return ApiResponse.noContent();
    }
}
