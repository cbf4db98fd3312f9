package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.wiring.SnapStartPriming;

/** The Lambda entry point behind the HTTP API (payload 2.0, JWT authorizer in front). */
public final class ProspectsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** What the handler takes from an object graph: this function's component, the local cloud's, a test's. */
    public interface Graph {
        ProspectsApi prospectsApi();
    }

    private final ProspectsApi api;
    /** Held here because the CRaC context holds its resources weakly. */
    private final ProspectsApiPriming priming;

    /**
     * Lambda's constructor: the graph (and with it every SDK client) is built here, once per
     * container, from the environment, and the SnapStart priming hook is registered.
     */
    public ProspectsApiHandler() {
        this(ProspectsApiComponent.fromEnvironment());
        SnapStartPriming.register(priming);
    }

    /** The local cloud and tests pass their own graph; nothing is registered with CRaC. */
    public ProspectsApiHandler(Graph graph) {
        this.api = graph.prospectsApi();
        this.priming = new ProspectsApiPriming(this);
    }

    /** What SnapStart runs before the snapshot; the benchmark calls it too. */
    public ProspectsApiPriming priming() {
        return priming;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event);
    }
}
