package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.ops.Activity;
import com.salescarousel.ops.Measure;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import com.salescarousel.signal.SignalBook;
import com.salescarousel.signal.SignalRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/prospects/{id}/signals} (a rep records one by hand; the list) and {@code /timeline}. */
final class SignalsResource {
    /** More than any screen shows; each list is a Query on one prospect's key range. */
    private static final int HISTORY = 200;

    private final Reps reps;
    private final SignalBook signals;
    private final Clock clock;
    private final Activity activity;

    @Inject
    SignalsResource(Reps reps, SignalBook signals, Clock clock, Activity activity) {
        this.activity = activity;
        this.reps = reps;
        this.signals = signals;
        this.clock = clock;
    }

    /** 201 with the signal and the prospect it moved; a replayed idempotency key answers 200 with the first. */
    APIGatewayV2HTTPResponse record(ApiRequest req, Caller caller) {
        String id = req.id("id", "prospect");
        SignalRequest signal = SignalRequest.parse(req.body(), clock.instant());
        var recorded = signals.record(reps.profileOf(caller), id, signal);
        if (!recorded.replayed()) activity.add(Measure.SIGNALS_RECEIVED);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signal", SignalViews.signal(recorded.signal()));
        body.put("prospect", Views.prospect(recorded.prospect()));
        return ApiResponse.json(recorded.replayed() ? 200 : 201, body, Map.of("etag", ApiResponse.etag(recorded.prospect().version())));
    }

    APIGatewayV2HTTPResponse history(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, SignalViews.items(signals.history(caller.repId(), req.id("id", "prospect"), HISTORY).stream()
                .map(SignalViews::signal).toList()));
    }

    APIGatewayV2HTTPResponse timeline(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, SignalViews.items(signals.timeline(caller.repId(), req.id("id", "prospect"), HISTORY).stream()
                .map(SignalViews::entry).toList()));
    }
}
