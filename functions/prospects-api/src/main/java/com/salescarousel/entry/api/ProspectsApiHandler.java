package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.ops.Invocations;
import com.salescarousel.ops.JsonLogs;
import com.salescarousel.wiring.SnapStartPriming;
import java.util.Map;

/** The Lambda entry point behind the HTTP API (payload 2.0, JWT authorizer in front). */
public final class ProspectsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /** The Service dimension of its metrics and the service of its log lines. */
    public static final String SERVICE = "prospects-api";
    /** A caller's own id for the request, kept through to the logs when sent. */
    public static final String CORRELATION_HEADER = "x-correlation-id";

    /** What the handler takes from an object graph: this function's component, the local cloud's, a test's. */
    public interface Graph {
        ProspectsApi prospectsApi();

        /** Where a request's counts go, published once per request. */
        Invocations invocations();
    }

    private final ProspectsApi api;
    private final Invocations invocations;
    /** Held here because the CRaC context holds its resources weakly. */
    private final ProspectsApiPriming priming;

    /**
     * Lambda's constructor: the graph (and with it every SDK client) is built here, once per
     * container, from the environment, and the SnapStart priming hook is registered.
     */
    public ProspectsApiHandler() {
        this(ProspectsApiComponent.fromEnvironment());
        JsonLogs.install(SERVICE);
        SnapStartPriming.register(priming);
    }

    /** The local cloud and tests pass their own graph; nothing is registered with CRaC. */
    public ProspectsApiHandler(Graph graph) {
        this.api = graph.prospectsApi();
        this.invocations = graph.invocations();
        this.priming = new ProspectsApiPriming(this);
    }

    /** What SnapStart runs before the snapshot; the benchmark calls it too. */
    public ProspectsApiPriming priming() {
        return priming;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Invocations.Invocation request = invocations.open(SERVICE, correlationId(event, context));
        try {
            return api.handle(event);
        } finally {
            request.close();
        }
    }

    /** The caller's {@code x-correlation-id} (trimmed to 100 characters), else API Gateway's request id, else Lambda's. */
    static String correlationId(APIGatewayV2HTTPEvent event, Context context) {
        Map<String, String> headers = event == null ? null : event.getHeaders();
        if (headers != null) {
            for (var h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(CORRELATION_HEADER) && h.getValue() != null && !h.getValue().isBlank()) {
                    String v = h.getValue().strip();
                    return v.length() > 100 ? v.substring(0, 100) : v;
                }
            }
        }
        if (event != null && event.getRequestContext() != null && event.getRequestContext().getRequestId() != null) {
            return event.getRequestContext().getRequestId();
        }
        return context == null ? null : context.getAwsRequestId();
    }
}
