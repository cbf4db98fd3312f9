package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.rep.Caller;
import com.salescarousel.signal.OrgSignals;
import com.salescarousel.signal.ScoringRule;
import javax.inject.Inject;

/**
 * {@code /api/org/scoring}, {@code /api/org/webhook} and {@code /api/org/webhook-secret}: the team's signal
 * settings, for its managers. The secret is in the one answer that rotates it, and nowhere else.
 */
final class OrgSignalsResource {
    private final OrgSignals org;

    @Inject
    OrgSignalsResource(OrgSignals org) {
        this.org = org;
    }

    APIGatewayV2HTTPResponse scoring(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, SignalViews.scoring(org.scoring(caller)));
    }

    APIGatewayV2HTTPResponse replaceScoring(ApiRequest req, Caller caller) {
        org.scoring(caller); // a rep learns nothing about the body: 403 before it is read
        return ApiResponse.json(200, SignalViews.scoring(org.replaceScoring(caller, ScoringRule.parse(req.body()))));
    }

    APIGatewayV2HTTPResponse hook(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, SignalViews.hook(org.hook(caller)));
    }

    APIGatewayV2HTTPResponse rotate(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, SignalViews.rotated(org.rotate(caller)));
    }
}
