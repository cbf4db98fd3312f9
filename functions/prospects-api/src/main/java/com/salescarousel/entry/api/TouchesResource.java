package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import com.salescarousel.touch.TouchEdits;
import com.salescarousel.touch.TouchLog;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/prospects/{id}/touches}: logging a touch, the history newest first, undo and note edits. */
final class TouchesResource {
    /** More than any screen shows; the history is a Query on one prospect's touches. */
    private static final int HISTORY = 200;

    private final Reps reps;
    private final TouchLog touches;
    private final TouchEdits edits;

    @Inject
    TouchesResource(Reps reps, TouchLog touches, TouchEdits edits) {
        this.reps = reps;
        this.touches = touches;
        this.edits = edits;
    }

    /** 201 with the touch and the moved prospect; a replayed idempotency key answers 200 with the first. */
    APIGatewayV2HTTPResponse log(ApiRequest req, Caller caller) {
        String id = req.id("id", "prospect");
        var touch = Requests.touch(req.body());
        var logged = touches.log(reps.profileOf(caller), id, touch);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touch", Views.touch(logged.touch()));
        body.put("prospect", Views.prospect(logged.prospect()));
        return ApiResponse.json(logged.replayed() ? 200 : 201, body, Map.of("etag", ApiResponse.etag(logged.prospect().version())));
    }

    /** Undo: the touch goes, the prospect is recomputed without it; 200 with the prospect as it now is. */
    APIGatewayV2HTTPResponse takeBack(ApiRequest req, Caller caller) {
        String id = req.id("id", "prospect");
        var prospect = edits.takeBack(reps.profileOf(caller), id, req.id("touchId", "touch"));
        return ApiResponse.json(200, Map.of("prospect", Views.prospect(prospect)), Map.of("etag", ApiResponse.etag(prospect.version())));
    }

    /** A touch's note, changed: 200 with the touch and the prospect (whose last note may follow). */
    APIGatewayV2HTTPResponse editNote(ApiRequest req, Caller caller) {
        String id = req.id("id", "prospect");
        String touchId = req.id("touchId", "touch");
        var edited = edits.editNote(reps.profileOf(caller), id, touchId, Requests.touchNote(req.body()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touch", Views.touch(edited.touch()));
        body.put("prospect", Views.prospect(edited.prospect()));
        return ApiResponse.json(200, body, Map.of("etag", ApiResponse.etag(edited.prospect().version())));
    }

    APIGatewayV2HTTPResponse history(ApiRequest req, Caller caller) {
        var items = touches.history(caller.repId(), req.id("id", "prospect"), HISTORY).stream().map(Views::touch).toList();
        return ApiResponse.json(200, Map.of("items", items));
    }
}
