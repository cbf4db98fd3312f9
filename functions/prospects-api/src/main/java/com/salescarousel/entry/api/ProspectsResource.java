package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.erasure.Erasure;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectBook;
import com.salescarousel.prospect.ProspectStore.ProspectFilter;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/prospects} and {@code /api/prospects/{id}}: the rep's prospects. */
final class ProspectsResource {
    private static final int DEFAULT_PAGE = 25, MAX_PAGE = 100;

    private final Reps reps;
    private final ProspectBook book;
    private final Erasure erasure;

    @Inject
    ProspectsResource(Reps reps, ProspectBook book, Erasure erasure) {
        this.reps = reps;
        this.book = book;
        this.erasure = erasure;
    }

    /** A replayed idempotency key answers 200 with the prospect the first request made. */
    APIGatewayV2HTTPResponse create(ApiRequest req, Caller caller) {
        var create = Requests.create(req.body());
        if (!create.invalid().isEmpty()) book.refuseNew(caller.repId(), caller.org(), create.draft(), create.invalid());
        var added = book.addOnce(reps.profileOf(caller), create.draft(), create.idempotencyKey());
        Prospect p = added.prospect();
        return ApiResponse.json(added.replayed() ? 200 : 201, Views.prospect(p),
                Map.of("location", "/api/prospects/" + p.id(), "etag", ApiResponse.etag(p.version())));
    }

    APIGatewayV2HTTPResponse list(ApiRequest req, Caller caller) {
        var page = req.page(DEFAULT_PAGE, MAX_PAGE);
        var filter = new ProspectFilter(req.queryText("tier").orElse(null), req.queryText("q").orElse(null));
        var found = book.list(caller, filter, page.limit(), page.afterId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", found.items().stream().map(Views::prospect).toList());
        body.put("cursor", found.nextAfterId() == null ? null : ApiRequest.encodeCursor(found.nextAfterId()));
        return ApiResponse.json(200, body);
    }

    APIGatewayV2HTTPResponse get(ApiRequest req, Caller caller) {
        return answer(200, book.get(caller.repId(), req.id("id", "prospect")));
    }

    APIGatewayV2HTTPResponse change(ApiRequest req, Caller caller) {
        String id = req.id("id", "prospect");
        var patch = Requests.patch(req.body());
        // Bad fields come first (all of them, with the tier), then the version the change was made from.
        // An unknown prospect is 404 before the rep's profile is read, so a refused request writes nothing.
        if (!patch.invalid().isEmpty()) book.get(caller.repId(), id);
        long expected = !patch.invalid().isEmpty() ? 0 : req.expectedVersion(patch.bodyVersion(),
                "send the version you last saw in If-Match (or as \"version\"), so another device's change is not overwritten");
        return answer(200, book.change(reps.profileOf(caller), id, expected, patch.change(), patch.invalid()));
    }

    /** Erases the person: the prospect and everything kept about them (DESIGN 7.5). */
    APIGatewayV2HTTPResponse remove(ApiRequest req, Caller caller) {
        erasure.erase(caller.repId(), req.id("id", "prospect"));
        return ApiResponse.noContent();
    }

    /** A prospect with its version as the ETag, for the next If-Match. */
    static APIGatewayV2HTTPResponse answer(int status, Prospect p) {
        return ApiResponse.json(status, Views.prospect(p), Map.of("etag", ApiResponse.etag(p.version())));
    }
}
