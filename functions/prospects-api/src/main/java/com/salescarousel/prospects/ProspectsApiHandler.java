package com.salescarousel.prospects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.push.PushSettings;
import com.salescarousel.send.UnsubscribeTokens;
import com.salescarousel.wiring.QueueSettings;
import com.salescarousel.wiring.Settings;
import java.time.Clock;

/** The Lambda entry point behind the HTTP API (payload 2.0, JWT authorizer in front). */
public final class ProspectsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ProspectsApi api;

    /** Lambda's constructor: the graph is built here, once per container, from the environment. */
    public ProspectsApiHandler() {
        this(ProspectsApiComponent.create(Settings.fromEnvironment(), QueueSettings.fromEnvironment(),
                UnsubscribeTokens.fromEnvironment(), PushSettings.fromEnvironment(), Clock.systemUTC()).api());
    }

    /** The local cloud and tests pass their own wiring. */
    public ProspectsApiHandler(ProspectsApi api) {
        this.api = api;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event);
    }
}
