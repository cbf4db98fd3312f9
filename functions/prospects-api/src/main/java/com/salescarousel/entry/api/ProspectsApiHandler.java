package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import com.salescarousel.wiring.SnapStartPriming;
import java.time.Clock;

/** The Lambda entry point behind the HTTP API (payload 2.0, JWT authorizer in front). */
public final class ProspectsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ProspectsApi api;
    /** Held here because the CRaC context holds its resources weakly; null when not registered. */
    private final ProspectsApiPriming priming;

    /**
     * Lambda's constructor: the graph (and with it every SDK client) is built here, once per
     * container, from the environment, and the SnapStart priming hook is registered.
     */
    public ProspectsApiHandler() {
        this.api = ProspectsApiComponent.create(Settings.fromEnvironment(), QueueSettings.fromEnvironment(),
                UnsubscribeTokens.fromEnvironment(), PushSettings.fromEnvironment(), Clock.systemUTC()).api();
        this.priming = SnapStartPriming.register(new ProspectsApiPriming(this));
    }

    /** The local cloud and tests pass their own wiring (no priming hook). */
    public ProspectsApiHandler(ProspectsApi api) {
        this.api = api;
        this.priming = null;
    }

    /** What SnapStart runs before the snapshot; the benchmark calls it too. */
    public ProspectsApiPriming priming() {
        return priming != null ? priming : new ProspectsApiPriming(this);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event);
    }
}
