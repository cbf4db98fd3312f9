package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.ops.Activity;
import com.salescarousel.ops.Measure;
import com.salescarousel.problem.Problem;
import com.salescarousel.rep.Caller;
import com.salescarousel.signal.SignalWebhook;
import com.salescarousel.signal.WebhookSignature;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/**
 * {@code POST /hooks/signals/{org}}: the public webhook for marketing tools. No token: the body's
 * signature under the org's secret stands in for one. 413 over 64 KB, 401 unsigned (nothing written),
 * 400 naming every bad field, 202 queued, 200 for an event id already taken.
 */
final class SignalHook {
    private final SignalWebhook hook;
    private final Activity activity;

    @Inject
    SignalHook(SignalWebhook hook, Activity activity) {
        this.hook = hook;
        this.activity = activity;
    }

    APIGatewayV2HTTPResponse receive(ApiRequest req, Caller none) {
        byte[] body = req.rawBody();
        // The path segment as sent (percent-encoded); "+" is a plus there, not a space.
        String org = URLDecoder.decode(req.path("org").replace("+", "%2B"), StandardCharsets.UTF_8);
        var receipt = hook.receive(org, req.header(WebhookSignature.HEADER).orElse(null), body);
        if (receipt.status() == SignalWebhook.Receipt.Status.ACCEPTED) activity.add(Measure.SIGNALS_RECEIVED);
        return switch (receipt.status()) {
            case UNSIGNED -> ApiResponse.problem(new Problem(401, "Unauthorized", receipt.why(), List.of()));
            case DUPLICATE -> ApiResponse.json(200, answer(receipt.eventId(), "duplicate"));
            case ACCEPTED -> ApiResponse.json(202, answer(receipt.eventId(), "accepted"));
        };
    }

    private static Map<String, Object> answer(String id, String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("status", status);
        return m;
    }
}
