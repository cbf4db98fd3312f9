package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.cadence.TierSettings;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import javax.inject.Inject;

/** {@code /api/me} (the rep's own settings) and {@code /api/tiers} (the team's tiers; managers change them). */
final class SettingsResource {
    private final Reps reps;
    private final TierSettings tiers;

    @Inject
    SettingsResource(Reps reps, TierSettings tiers) {
        this.reps = reps;
        this.tiers = tiers;
    }

    APIGatewayV2HTTPResponse me(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Views.profile(reps.profileOf(caller)));
    }

    APIGatewayV2HTTPResponse changeMe(ApiRequest req, Caller caller) {
        var change = SettingsRequests.me(req.body());
        var current = reps.profileOf(caller);
        return ApiResponse.json(200, Views.profile(
                reps.update(current, change.name(), change.timeZone(), change.digestHour(), change.skipWeekends(), change.timeOff())));
    }

    APIGatewayV2HTTPResponse tiers(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Views.tiers(tiers.of(caller.org())));
    }

    APIGatewayV2HTTPResponse replaceTiers(ApiRequest req, Caller caller) {
        return ApiResponse.json(200, Views.tiers(tiers.replace(caller, SettingsRequests.tiers(req.body()))));
    }
}
